package org.zhifa.workstation.domain.procedure.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.decision.DecisionFixtures.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.Deliberate;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.cases.action.WaiveHearing;
import org.zhifa.workstation.domain.cases.action.WaiveRepresentation;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;

/** 法制审核 (R15) and 集体讨论 (R16) before the decision. */
class ReviewRulesTest {

    /** A company's 建筑垃圾 case, 从轻 (voluntarily reduced harm: 50,000–150,000), fine proposed, both rights waived in writing. */
    private static CaseRecord companyReady(String amount, boolean hearingRight) {
        CaseRecord c = underReview(ProcedureFixtures.LARGE_FINE_MATTER, ProcedureFixtures.COMPANY, d("2025-03-03"),
                conclusion(d("2025-03-10"), fine(amount), Circumstance.VOLUNTARILY_REDUCED_HARM));
        return given(c, CaseState.NOTICED, notice(d("2025-03-11"), fine(amount), hearingRight),
                new WaiveRepresentation(d("2025-03-12"), A, true), new WaiveHearing(d("2025-03-12"), A, true));
    }

    /** The plain adult case with both rights waived, ready to decide on 03-13. */
    private static CaseRecord plainReady(CaseRecord underReview) {
        return given(underReview, CaseState.NOTICED, notice(d("2025-03-11"), fine("500"), false),
                new WaiveRepresentation(d("2025-03-12"), A, true));
    }

    @Test
    @DisplayName("R15 罚款达到审核标准（组织10万元）、经过听证、涉及重大公共利益或疑难复杂的，须经有资格的审核人员同意后方可决定")
    void r15_legalReviewRequiredBeforeDecision() {
        CaseRecord at = companyReady("100000", true);
        Outcome none = attempt(at, decide(d("2025-03-13"), fine("100000")));
        assertThat(rules(none)).containsExactly("R15");
        assertThat(none.blocking().getFirst().message()).contains("100000");
        CaseRecord below = companyReady("99999.99", false);
        assertThat(attempt(below, decide(d("2025-03-13"), fine("99999.99"))).accepted()).isTrue();

        CaseRecord approved = given(at, CaseState.NOTICED, submit(d("2025-03-12")), opinion(d("2025-03-12"), REVIEWER, ReviewConclusion.APPROVE));
        assertThat(attempt(approved, decide(d("2025-03-13"), fine("100000"))).accepted()).isTrue();
        CaseRecord supplement = given(at, CaseState.NOTICED, submit(d("2025-03-12")), opinion(d("2025-03-12"), REVIEWER, ReviewConclusion.SUPPLEMENT));
        assertThat(rules(attempt(supplement, decide(d("2025-03-13"), fine("100000"))))).containsExactly("R15");
        CaseRecord byUnqualified = given(at, CaseState.NOTICED, submit(d("2025-03-12")),
                opinion(d("2025-03-12"), UNQUALIFIED, ReviewConclusion.APPROVE));
        assertThat(rules(attempt(byUnqualified, decide(d("2025-03-13"), fine("100000"))))).containsExactly("R15");
        CaseRecord byOldReviewer = given(at, CaseState.NOTICED, submit(d("2025-03-12")),
                opinion(d("2025-03-12"), OLD_REVIEWER.code(), ReviewConclusion.APPROVE));
        assertThat(attempt(byOldReviewer, decide(d("2025-03-13"), fine("100000"))).accepted())
                .as("reviewing since 2020, before 2021-07-15").isTrue();

        CaseRecord submitted = given(at, CaseState.NOTICED, submit(d("2025-03-12")));
        assertThat(rules(attempt(submitted, opinion(d("2025-03-12"), UNQUALIFIED, ReviewConclusion.APPROVE))))
                .as("the opinion itself is rejected").containsExactly("R15");
        assertThat(rules(attempt(submitted, opinion(d("2025-03-12"), A, ReviewConclusion.APPROVE)))).containsExactly("R15");
        assertThat(attempt(submitted, opinion(d("2025-03-12"), OLD_REVIEWER.code(), ReviewConclusion.APPROVE)).accepted()).isTrue();
        assertThat(rules(attempt(at, opinion(d("2025-03-12"), REVIEWER, ReviewConclusion.APPROVE))))
                .as("not submitted for review").containsExactly("R15");

        // A hearing makes the review due again: an approval before the hearing does not count.
        CaseRecord heard = given(plainUnderReview(), CaseState.UNDER_REVIEW, submit(d("2025-03-10")),
                opinion(d("2025-03-11"), REVIEWER, ReviewConclusion.APPROVE));
        heard = given(heard, CaseState.HEARING, notice(d("2025-03-11"), fine("500"), true),
                new RequestHearing(d("2025-03-12"), A, null),
                new ScheduleHearing(d("2025-03-13"), A, d("2025-03-24"), C, 1, true),
                new HoldHearing(d("2025-03-24"), A, C, false, true));
        Outcome early = attempt(heard, decide(d("2025-03-25"), fine("500")));
        assertThat(rules(early)).containsExactly("R15");
        assertThat(early.blocking().getFirst().message()).contains("2025-03-24");
        CaseRecord reviewedAgain = given(heard, CaseState.HEARING, submit(d("2025-03-25")),
                opinion(d("2025-03-25"), REVIEWER, ReviewConclusion.APPROVE));
        assertThat(attempt(reviewedAgain, decide(d("2025-03-26"), fine("500"))).accepted()).isTrue();

        CaseRecord major = plainReady(underReview(ProcedureFixtures.MATTER, ProcedureFixtures.ADULT, d("2025-03-03"),
                conclusion(d("2025-03-10"), fine("500"), null, false, true, false)));
        assertThat(rules(attempt(major, decide(d("2025-03-13"), fine("500"))))).containsExactly("R15");
        CaseRecord difficult = plainReady(underReview(ProcedureFixtures.MATTER, ProcedureFixtures.ADULT, d("2025-03-03"),
                conclusion(d("2025-03-10"), fine("500"), null, false, false, true)));
        assertThat(rules(attempt(difficult, decide(d("2025-03-13"), fine("500"))))).containsExactly("R15");
        assertThat(rules(attempt(plainReady(plainUnderReview()), decide(d("2025-03-13"), fine("500"))))).isEmpty();
    }

    @Test
    @DisplayName("R16 情节复杂的案件须经负责人集体讨论并签署记录后方可决定")
    void r16_complexCaseNeedsSignedDeliberation() {
        CaseRecord complex = underReview(ProcedureFixtures.MATTER, ProcedureFixtures.ADULT, d("2025-03-03"),
                conclusion(d("2025-03-10"), fine("500"), null, true, false, false));
        CaseRecord ready = plainReady(complex);
        assertThat(rules(attempt(ready, decide(d("2025-03-13"), fine("500"))))).containsExactly("R16");
        CaseRecord unsigned = given(ready, CaseState.NOTICED, deliberation(d("2025-03-12"), false));
        assertThat(rules(attempt(unsigned, decide(d("2025-03-13"), fine("500"))))).containsExactly("R16");
        CaseRecord signed = given(ready, CaseState.NOTICED, deliberation(d("2025-03-12"), true));
        assertThat(attempt(signed, decide(d("2025-03-13"), fine("500"))).accepted()).isTrue();

        Outcome alone = attempt(complex, new Deliberate(d("2025-03-11"), LEAD, LEAD, List.of(LEAD), "同意", true));
        assertThat(rules(alone)).containsExactly("R16");
        assertThat(rules(attempt(complex, new Deliberate(d("2025-03-11"), LEAD, LEAD, List.of(C), " ", true)))).containsExactly("R16");
        Outcome unsignedStep = attempt(complex, deliberation(d("2025-03-11"), false));
        assertThat(unsignedStep.accepted()).isTrue();
        assertThat(warningRules(unsignedStep)).containsExactly("R16");
    }
}
