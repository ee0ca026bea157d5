package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.cases.action.FileCase;

/**
 * 立案 (S1, Art 54): approved by the 负责人 with two certified handlers (R1); the matter must be in this
 * authority's catalog (R42), the act within limitation (R6) and the cited version in force (R7); late filing warns (R5).
 */
final class FileCaseStep extends InvestigationStep<FileCase> {
    FileCaseStep() {
        super(ActionType.FILE, CaseState.LEAD);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (c.matter() == null || c.authority() == null || !ctx.catalog().containsKey(c.matter().code())
                || !Objects.equals(c.matter().authorityCode(), c.authority().code())) {
            String matter = c.matter() == null ? Texts.tr("investigation.noMatter") : c.matter().name();
            String authority = c.authority() == null ? "" : c.authority().name();
            v.add(Violation.error("R42", "rule.R42.notInCatalog", matter, authority));
        }
        if (Limitation.expiredOn(c, on)) {
            v.add(Violation.error("R6", "rule.R6.limitationExpired", c.actDate(), Limitation.period(c).years(),
                    Limitation.lastDay(c).orElseThrow()));
        }
        MatterVersion.replacedOn(c.matter()).ifPresent(replaced -> {
            if (c.actDate() != null && !c.actDate().isBefore(replaced)) {
                v.add(Violation.error("R7", "rule.R7.versionNotInForce", c.matter().penaltyProvision(), replaced, c.actDate()));
            } else if (!on.isBefore(replaced)) {
                v.add(Violation.warning("R7", "rule.R7.laterVersion", c.matter().penaltyProvision(), replaced));
            }
        });
        filingDue(c, ctx).filter(on::isAfter).ifPresent(due ->
                v.add(Violation.warning("R5", "rule.R5.lateFiling", c.discoveredOn(), ctx.settings().filingDays(), due)));
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, FileCase a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>(Gates.leadApproval(ctx, a.approvedBy(), Texts.label(type())));
        v.addAll(Gates.certifiedOfficers(c, a.date(), a.handlers(), ctx));
        if (filingDue(c, ctx).filter(a.date()::isAfter).isPresent() && Gates.blank(a.lateReason())) {
            v.add(Violation.warning("R5", "rule.R5.lateReasonMissing"));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, FileCase a) {
        return CaseState.FILED;
    }

    /** R5: discovery + settings.filingDays working days (provisional when a year's holidays are missing). */
    static Optional<LocalDate> filingDue(CaseRecord c, RuleContext ctx) {
        if (c.discoveredOn() == null || ctx.settings().filingDays() < 1) {
            return Optional.empty();
        }
        return Optional.of(ctx.calendar().workingDaysDeadline(c.discoveredOn(), ctx.settings().filingDays(),
                Texts.tr("deadline.filing")).date());
    }
}
