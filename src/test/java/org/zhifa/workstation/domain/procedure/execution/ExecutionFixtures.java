package org.zhifa.workstation.domain.procedure.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PaymentChannel;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.FileChallenge;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;

/**
 * Cases for the execution part. General-procedure cases are built up to the decision directly (the filing and
 * decision steps belong to other parts); everything from here on goes through an engine holding this part's steps.
 */
final class ExecutionFixtures {
    static final String LEAD = ProcedureFixtures.LEAD.code();
    static final String A = ProcedureFixtures.A.code();
    static final String B = ProcedureFixtures.B.code();
    static final ProcedureEngine ENGINE = new ProcedureEngine(ExecutionSteps.steps(), ExecutionSteps.deadlineRules());

    private ExecutionFixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static PenaltyTerms fine(String amount) {
        return new PenaltyTerms(Set.of(PenaltyType.FINE), new BigDecimal(amount), null, null, null);
    }

    static PenaltyTerms warning() {
        return new PenaltyTerms(Set.of(PenaltyType.WARNING), null, null, null, null);
    }

    /** A complete on-site decision by officers A and B, not collected on site. */
    static DecideOnSite onSite(LocalDate date, PenaltyTerms penalty) {
        return new DecideOnSite(date, A, List.of(A, B), penalty, "BD-DC-0001", "八都镇八都街", true, true, false,
                false, null, false, false, false);
    }

    static DecideOnSite onSiteBy(LocalDate date, List<String> officers) {
        return new DecideOnSite(date, A, officers, fine("100"), "BD-DC-0001", "八都镇八都街", true, true, false,
                false, null, false, false, false);
    }

    /** An on-site decision with the fine collected in cash. */
    static DecideOnSite collected(LocalDate date, String fine, boolean hardToCollect, boolean remote,
                                  boolean requested, String receipt) {
        return new DecideOnSite(date, A, List.of(A, B), fine(fine), "BD-DC-0001", "八都镇八都街", true, true, false,
                true, receipt, hardToCollect, remote, requested);
    }

    static CaseRecord onSiteLead(LocalDate day, Party party) {
        return ProcedureFixtures.onSiteLead(day, ProcedureFixtures.ON_SITE_MATTER, party);
    }

    static CaseRecord onSiteLead(LocalDate day, CatalogMatter matter) {
        return ProcedureFixtures.onSiteLead(day, matter, ProcedureFixtures.ADULT);
    }

    /** A general-procedure case decided on the day (filed a week before). */
    static CaseRecord decided(LocalDate decidedOn, PenaltyTerms penalty, boolean remedyClauseComplete) {
        LocalDate filed = decidedOn.minusDays(7);
        return ProcedureFixtures.lead(filed, ProcedureFixtures.MATTER, ProcedureFixtures.ADULT)
                .with(new FileCase(filed, A, LEAD, List.of(A, B), null), CaseState.FILED)
                .with(new Decide(decidedOn, A, penalty, LEAD, "依据裁量基准适用一般档", null, remedyClauseComplete),
                        CaseState.DECIDED);
    }

    static CaseRecord decided(LocalDate decidedOn, String fine) {
        return decided(decidedOn, fine(fine), true);
    }

    /** A 不予处罚 decision, not yet served. */
    static CaseRecord noPenalty(LocalDate decidedOn) {
        LocalDate filed = decidedOn.minusDays(7);
        return ProcedureFixtures.lead(filed, ProcedureFixtures.MATTER, ProcedureFixtures.ADULT)
                .with(new FileCase(filed, A, LEAD, List.of(A, B), null), CaseState.FILED)
                .with(new DecideNoPenalty(decidedOn, A, NoPenaltyGround.FIRST_OFFENSE, LEAD, "首次违法且及时改正", true),
                        CaseState.NO_PENALTY);
    }

    /** A general decision of the fine on {@code decidedOn}, served in person on {@code servedOn}. */
    static CaseRecord served(LocalDate decidedOn, LocalDate servedOn, String fine, boolean remedyClauseComplete) {
        return advance(decided(decidedOn, fine(fine), remedyClauseComplete), personal(servedOn));
    }

    static ServeDecision personal(LocalDate date) {
        return new ServeDecision(date, A, ServiceMethod.PERSONAL, "徐建国", false, false, 0);
    }

    static ServeDecision serve(LocalDate date, ServiceMethod method, boolean consent, boolean channel, int failed) {
        return new ServeDecision(date, A, method, method == ServiceMethod.PUBLICATION ? null : "徐建国", consent,
                channel, failed);
    }

    static RecordPayment bank(LocalDate date, String amount, String surcharge) {
        return new RecordPayment(date, A, new BigDecimal(amount), new BigDecimal(surcharge), PaymentChannel.BANK,
                "BANK-001");
    }

    static FileChallenge challenge(LocalDate date, ChallengeKind kind, LocalDate copy, boolean stay) {
        return new FileChallenge(date, A, kind, copy, stay);
    }

    static ConcludeChallenge concluded(LocalDate date, ChallengeKind kind, ChallengeResult result) {
        return new ConcludeChallenge(date, A, kind, result);
    }

    static RuleContext ctx() {
        return ProcedureFixtures.context();
    }

    static RuleContext ctx(ProcedureSettings settings) {
        return ProcedureFixtures.context(settings);
    }

    static Outcome attempt(CaseRecord c, CaseAction a) {
        return ENGINE.apply(c, a, ctx());
    }

    static CaseRecord advance(CaseRecord c, CaseAction... actions) {
        CaseRecord current = c;
        for (CaseAction a : actions) {
            Outcome o = ENGINE.apply(current, a, ctx());
            assertThat(o.blocking()).as("%s on %s", a.type(), a.date()).isEmpty();
            current = o.result();
        }
        return current;
    }

    static boolean blockedBy(Outcome o, String rule) {
        return ProcedureFixtures.blockedBy(o, rule);
    }

    static boolean warnedBy(Outcome o, String rule) {
        return o.accepted() && o.warnings().stream().anyMatch(v -> v.rule().equals(rule));
    }

    /** The one deadline item of the key. */
    static DeadlineItem deadline(CaseRecord c, String key) {
        return deadline(c, key, ctx());
    }

    static DeadlineItem deadline(CaseRecord c, String key, RuleContext ctx) {
        List<DeadlineItem> items = ENGINE.deadlines(c, ctx).stream().filter(i -> i.key().equals(key)).toList();
        assertThat(items).as("deadline items " + key).hasSize(1);
        return items.getFirst();
    }

    static boolean hasDeadline(CaseRecord c, String key) {
        return ENGINE.deadlines(c, ctx()).stream().anyMatch(i -> i.key().equals(key));
    }

    /** MATTER with the two-officer exception of a special law. */
    static CatalogMatter twoOfficerExemptMatter() {
        CatalogMatter m = ProcedureFixtures.ON_SITE_MATTER;
        return new CatalogMatter(m.code(), m.name(), m.area(), m.authorityCode(), m.powerSource(),
                m.violatedProvision(), m.penaltyProvision(), m.penaltyTypes(), m.statutoryText(), m.fineKind(),
                m.fineMin(), m.fineMax(), m.fineUnit(), m.finePrecondition(), m.limitationYears(), true,
                m.seizureAllowed(), m.noPenaltyListed(), m.firstOffenseListed(), m.verification(), m.note(),
                m.benchmarkName(), m.benchmarkVersion(), m.tiers());
    }
}
