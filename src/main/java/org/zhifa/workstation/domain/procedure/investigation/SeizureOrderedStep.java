package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.catalog.PowerSource;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.Seize;

/**
 * 查封/扣押 (行政强制法 Arts 17–19, 24; R13): only where the matter gives the measure to this authority and never for
 * an entrusted (委托) matter; prior 负责人 approval, or in an emergency a report within 24 hours (a reminder);
 * two certified officers (R1); the AV record of the whole measure with its metadata (R14).
 */
final class SeizureOrderedStep extends InvestigationStep<Seize> {
    SeizureOrderedStep() {
        super(ActionType.SEIZURE_ORDERED, CaseState.FILED, CaseState.INVESTIGATING);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (c.matter() != null && c.matter().powerSource() == PowerSource.ENTRUSTMENT) {
            v.add(Violation.error("R13", "rule.R13.entrustedMatter"));
        } else if (c.matter() == null || !c.matter().seizureAllowed()) {
            v.add(Violation.error("R13", "rule.R13.notAuthorised"));
        }
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, Seize a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (!Gates.isLead(ctx, a.approvedBy())) {
            v.add(a.emergency() ? Violation.warning("R13", "rule.R13.emergencyReport")
                    : Violation.error("R13", "rule.R13.approvalRequired"));
        }
        if (Gates.blank(a.items())) {
            v.add(Violation.error("PROC", "investigation.itemsMissing"));
        }
        if (Gates.blank(a.recordingSha256())) {
            v.add(Violation.error("R14", "rule.R14.recordingMissing"));
        } else {
            AddEvidence av = RecordingCheck.find(c, a.recordingSha256()).orElse(null);
            if (av == null) {
                v.add(Violation.error("R14", "rule.R14.recordingNotFound", a.recordingSha256()));
            } else {
                List<String> missing = RecordingCheck.missing(av.recording());
                if (!missing.isEmpty()) {
                    v.add(Violation.error("R14", "rule.R14.recordingIncomplete", RecordingCheck.join(missing)));
                }
            }
        }
        v.addAll(Gates.certifiedOfficers(c, a.date(), a.officers(), ctx));
        v.addAll(Gates.notRecused(c, Gates.people(a.officers(), a.approvedBy(), a.actor()), ctx));
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, Seize a) {
        return investigating(c);
    }
}
