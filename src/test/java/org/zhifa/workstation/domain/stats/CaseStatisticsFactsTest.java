package org.zhifa.workstation.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PaymentChannel;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.TransferTarget;
import org.zhifa.workstation.domain.cases.action.ApplyCourtEnforcement;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.FileChallenge;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.cases.action.Transfer;
import org.zhifa.workstation.domain.cases.action.WithdrawCase;
import org.zhifa.workstation.domain.cases.action.WithdrawPublication;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.catalog.TierLevel;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;

/** The facts the statistics store per case, derived from the actions alone. */
class CaseStatisticsFactsTest {
    private static final String A = "O02";
    private static final String LEAD = "O01";

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static CaseRecord caseWith(CaseAction... actions) {
        CaseRecord c = ProcedureFixtures.lead(d("2023-01-02"), ProcedureFixtures.LARGE_FINE_MATTER, ProcedureFixtures.COMPANY);
        for (CaseAction a : actions) {
            c = c.with(a, CaseState.FILED);
        }
        return c;
    }

    private static PenaltyTerms terms(Set<PenaltyType> types, String fine) {
        return new PenaltyTerms(types, fine == null ? null : new BigDecimal(fine), null, null, null);
    }

    @Test
    void aCaseWithoutActionsHasNoFacts() {
        assertThat(CaseStatisticsFacts.of(caseWith())).isEqualTo(CaseStatisticsFacts.NONE);
    }

    @Test
    void r39_aDecisionKeepsAllItsTypesInTheMask() {
        CaseRecord c = caseWith(new FileCase(d("2023-01-03"), A, LEAD, List.of(A, "O03"), null),
                new Decide(d("2023-02-01"), A, terms(EnumSet.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS,
                        PenaltyType.REVOKE_LICENSE), "80000"), LEAD, "…", null, true));
        CaseStatisticsFacts f = CaseStatisticsFacts.of(c);
        assertThat(f.decisionKind()).isEqualTo(DecisionKind.PENALTY);
        assertThat(CaseStatisticsFacts.types(f.penaltyMask())).containsExactlyInAnyOrder(PenaltyType.FINE,
                PenaltyType.CONFISCATE_ILLEGAL_GAINS, PenaltyType.REVOKE_LICENSE);
        assertThat(f.penaltyMask()).isEqualTo(4 | 8 | 2048);
    }

    @Test
    void theMaskBitsAreFixedPerTypeName() {
        assertThat(CaseStatisticsFacts.bit(PenaltyType.WARNING)).isEqualTo(1);
        assertThat(CaseStatisticsFacts.bit(PenaltyType.OTHER)).isEqualTo(4096);
        int all = CaseStatisticsFacts.mask(EnumSet.allOf(PenaltyType.class));
        assertThat(Integer.bitCount(all)).isEqualTo(PenaltyType.values().length);
        assertThat(CaseStatisticsFacts.types(all)).containsExactlyInAnyOrder(PenaltyType.values());
    }

    @Test
    void theLatestDecisionCounts_anOnSiteDecisionIsItsOwnKind() {
        CaseRecord onSite = caseWith(new DecideOnSite(d("2023-03-01"), A, List.of(A, "O03"),
                terms(Set.of(PenaltyType.WARNING), null), "BD-DC-1", "八都街", true, true, false, false, null, false, false, false));
        assertThat(CaseStatisticsFacts.of(onSite).decisionKind()).isEqualTo(DecisionKind.ON_SITE);
        CaseRecord onSiteClosed = onSite.with(new CloseCase(d("2023-03-05"), A, LEAD, "结案"), CaseState.CLOSED);
        assertThat(CaseStatisticsFacts.of(onSiteClosed).concludedOn()).as("never filed: not a 结案 against 立案").isNull();
        CaseRecord noPenalty = caseWith(new DecideNoPenalty(d("2023-03-01"), A, NoPenaltyGround.FIRST_OFFENSE, LEAD, "首违", true));
        CaseStatisticsFacts f = CaseStatisticsFacts.of(noPenalty);
        assertThat(f.decisionKind()).isEqualTo(DecisionKind.NO_PENALTY);
        assertThat(f.firstOffense()).isTrue();
        assertThat(f.noPenaltyGround()).isEqualTo(NoPenaltyGround.FIRST_OFFENSE);
        assertThat(f.penaltyMask()).isZero();
        assertThat(f.discretionTier()).isNull();
        CaseRecord minor = caseWith(new DecideNoPenalty(d("2023-03-01"), A, NoPenaltyGround.MINOR_CORRECTED, LEAD, "轻微", true));
        assertThat(CaseStatisticsFacts.of(minor).firstOffense()).isFalse();
    }

    @Test
    void theTierComesFromTheDiscretionEngine() {
        ConcludeInvestigation lenient = new ConcludeInvestigation(d("2023-01-20"), A, InvestigationOutcome.PENALTY, null,
                terms(Set.of(PenaltyType.FINE), "60000"), EnumSet.of(Circumstance.VOLUNTARILY_REDUCED_HARM), null, false,
                false, false, null);
        CaseRecord c = caseWith(lenient, new Decide(d("2023-02-01"), A, terms(Set.of(PenaltyType.FINE), "60000"), LEAD,
                "…", null, true));
        assertThat(CaseStatisticsFacts.of(c).discretionTier()).isEqualTo(TierLevel.LENIENT);
        assertThat(CaseStatisticsFacts.of(c).lenient()).isTrue();
        CaseRecord below = caseWith(lenient, new Decide(d("2023-02-01"), A, terms(Set.of(PenaltyType.FINE), "30000"), LEAD,
                "…", null, true));
        assertThat(CaseStatisticsFacts.of(below).discretionTier()).as("below the statutory minimum with a ground")
                .isEqualTo(TierLevel.MITIGATED);
        CaseRecord ordinary = caseWith(new Decide(d("2023-02-01"), A, terms(Set.of(PenaltyType.FINE), "200000"), LEAD,
                "…", null, true));
        assertThat(CaseStatisticsFacts.of(ordinary).discretionTier()).isEqualTo(TierLevel.ORDINARY);
        assertThat(CaseStatisticsFacts.of(ordinary).lenient()).isFalse();
    }

    @Test
    void eventsCarryTheirOwnDays() {
        CaseRecord c = caseWith(
                new FileCase(d("2023-01-03"), A, LEAD, List.of(A, "O03"), null),
                new Seize(d("2023-01-04"), A, LEAD, false, List.of(A, "O03"), "车辆", "x"),
                new Seize(d("2023-01-05"), A, LEAD, false, List.of(A, "O03"), "工具", "x"),
                new HoldHearing(d("2023-01-20"), A, "O04", false, true),
                new RecordReviewOpinion(d("2023-01-25"), "O12", "O12", ReviewConclusion.SUPPLEMENT, List.of("补充证据"), null),
                new RecordReviewOpinion(d("2023-01-28"), "O12", "O12", ReviewConclusion.APPROVE, List.of("同意"), null),
                new Decide(d("2023-02-01"), A, terms(Set.of(PenaltyType.FINE), "200000"), LEAD, "…", null, true),
                new Publish(d("2023-02-03"), A),
                new RecordPayment(d("2023-04-10"), A, new BigDecimal("200000"), new BigDecimal("6000"), PaymentChannel.BANK, "B1"),
                new FileChallenge(d("2023-03-01"), A, ChallengeKind.RECONSIDERATION, d("2023-03-02"), false),
                new ConcludeChallenge(d("2023-04-20"), A, ChallengeKind.RECONSIDERATION, ChallengeResult.CHANGED),
                new ApplyCourtEnforcement(d("2023-09-01"), A, "龙泉市人民法院"),
                new CloseCase(d("2023-10-01"), A, LEAD, "结案"));
        CaseStatisticsFacts f = CaseStatisticsFacts.of(c);
        assertThat(f.seizureOn()).isEqualTo(d("2023-01-04"));
        assertThat(f.seizureCount()).isEqualTo(2);
        assertThat(f.hearingOn()).isEqualTo(d("2023-01-20"));
        assertThat(f.reviewOn()).isEqualTo(d("2023-01-28"));
        assertThat(f.reviewResult()).isEqualTo(ReviewConclusion.APPROVE);
        assertThat(f.publishedOn()).isEqualTo(d("2023-02-03"));
        assertThat(f.surchargeOn()).isEqualTo(d("2023-04-10"));
        assertThat(f.reconsiderationOn()).isEqualTo(d("2023-03-01"));
        assertThat(f.reconsiderationCorrectedOn()).isEqualTo(d("2023-04-20"));
        assertThat(f.withdrawalDueFrom()).as("published, then changed on review").isEqualTo(d("2023-04-20"));
        assertThat(f.courtEnforcementOn()).isEqualTo(d("2023-09-01"));
        assertThat(f.concludedOn()).isEqualTo(d("2023-10-01"));
        assertThat(f.litigationOn()).isNull();

        CaseRecord withdrawn = c.with(new WithdrawPublication(d("2023-04-21"), A, "复议变更"), CaseState.CLOSED);
        assertThat(CaseStatisticsFacts.of(withdrawn).withdrawalDueFrom()).isNull();
    }

    @Test
    void aHearingThePartyStayedAwayFromIsNotCounted_andAWithdrawnCaseIsConcluded() {
        CaseRecord c = caseWith(new FileCase(d("2023-01-03"), A, LEAD, List.of(A, "O03"), null),
                new HoldHearing(d("2023-01-20"), A, "O04", true, true),
                new Transfer(d("2023-02-01"), A, TransferTarget.JUDICIAL, "公安机关", "涉嫌犯罪", LEAD),
                new WithdrawCase(d("2023-02-02"), A, LEAD, "已移送"));
        CaseStatisticsFacts f = CaseStatisticsFacts.of(c);
        assertThat(f.hearingOn()).isNull();
        assertThat(f.transferTarget()).isEqualTo(TransferTarget.JUDICIAL);
        assertThat(f.transferredOn()).isEqualTo(d("2023-02-01"));
        assertThat(f.concludedOn()).isEqualTo(d("2023-02-02"));
    }

    @Test
    void aCaseWithoutAMatterHasNoTierButStillItsFacts() {
        CaseRecord c = ProcedureFixtures.lead(d("2023-01-02"), null, ProcedureFixtures.ADULT)
                .with(new Decide(d("2023-02-01"), A, terms(Set.of(PenaltyType.FINE), "100"), LEAD, "…", null, true), CaseState.DECIDED);
        CaseStatisticsFacts f = CaseStatisticsFacts.of(c);
        assertThat(f.decisionKind()).isEqualTo(DecisionKind.PENALTY);
        assertThat(f.discretionTier()).isNull();
    }
}
