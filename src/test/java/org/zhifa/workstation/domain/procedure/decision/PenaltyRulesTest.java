package org.zhifa.workstation.domain.procedure.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.decision.DecisionFixtures.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.cases.action.WaiveRepresentation;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/** The content of the decision: R4, R9, R10, R11, R20, R23, R41, R42, R43, R45. */
class PenaltyRulesTest {

    /** Filed 03-03, concluded 03-10, notice 03-11 (no hearing right), 陈述申辩 waived in writing 03-12: decide on 03-13. */
    private static CaseRecord ready(CatalogMatter matter, ConcludeInvestigation conclusion, PenaltyTerms proposal) {
        CaseRecord c = underReview(matter, ProcedureFixtures.ADULT, d("2025-03-03"), conclusion);
        return given(c, CaseState.NOTICED, notice(d("2025-03-11"), proposal, false),
                new WaiveRepresentation(d("2025-03-12"), A, true));
    }

    private static CaseRecord ready(PenaltyTerms proposal, Circumstance... cs) {
        return ready(ProcedureFixtures.MATTER, conclusion(d("2025-03-10"), proposal, cs), proposal);
    }

    private static Outcome decideOn(CaseRecord c, PenaltyTerms p) {
        return attempt(c, decide(d("2025-03-13"), p));
    }

    @Test
    @DisplayName("R4 告知书和处罚决定的日期不得早于立案日期")
    void r4_noticeAndDecisionNotBeforeFiling() {
        CaseRecord lead = ProcedureFixtures.lead(d("2025-03-01"), ProcedureFixtures.MATTER, ProcedureFixtures.ADULT);
        CaseRecord neverFiled = given(lead, CaseState.UNDER_REVIEW, record(d("2025-03-05")),
                conclusion(d("2025-03-06"), fine("500")));
        assertThat(rules(attempt(neverFiled, notice(d("2025-03-11"), fine("500"), false)))).containsExactly("R4");
        // An imported history whose 立案 is dated 03-20, after the investigation.
        CaseRecord filedLate = given(lead, CaseState.UNDER_REVIEW, file(d("2025-03-20")), record(d("2025-03-05")),
                conclusion(d("2025-03-06"), fine("500")));
        Outcome early = attempt(filedLate, notice(d("2025-03-19"), fine("500"), false));
        assertThat(rules(early)).containsExactly("R4");
        assertThat(early.blocking().getFirst().message()).contains("2025-03-19").contains("2025-03-20");
        assertThat(attempt(filedLate, notice(d("2025-03-20"), fine("500"), false)).accepted()).isTrue();
        CaseRecord noticedBefore = given(filedLate, CaseState.NOTICED, notice(d("2025-03-07"), fine("500"), false),
                new WaiveRepresentation(d("2025-03-08"), A, true));
        assertThat(blockedBy(attempt(noticedBefore, decide(d("2025-03-19"), fine("500"))), "R4")).isTrue();
        assertThat(blockedBy(attempt(noticedBefore, decide(d("2025-03-20"), fine("500"))), "R4")).isFalse();
    }

    @Test
    @DisplayName("R9 不予处罚条件矩阵：轻微+及时改正+无危害后果必须不罚；首违不罚须记录理由；无过错可不罚；违法事实不能成立以外须记录教育")
    void r9_noPenaltyConditionMatrix() {
        Outcome mandatory = decideOn(ready(fine("500"), Circumstance.NO_HARM, Circumstance.CORRECTED_PROMPTLY), fine("500"));
        assertThat(rules(mandatory)).containsExactly("R9");
        CaseRecord mustNotPenalise = underReview(ProcedureFixtures.MATTER, ProcedureFixtures.ADULT, d("2025-03-03"),
                conclusion(d("2025-03-10"), fine("500"), Circumstance.NO_HARM, Circumstance.CORRECTED_PROMPTLY));
        assertThat(rules(attempt(mustNotPenalise, notice(d("2025-03-11"), fine("500"), false)))).containsExactly("R9");
        assertThat(decideOn(ready(fine("500"), Circumstance.HARM_MINOR, Circumstance.CORRECTED_PROMPTLY), fine("500")).accepted())
                .as("harm, even minor: penalty allowed").isTrue();
        assertThat(decideOn(ready(fine("500"), Circumstance.NO_HARM), fine("500")).accepted()).as("not corrected").isTrue();
        assertThat(decideOn(ready(fine("500"), Circumstance.NO_HARM, Circumstance.CORRECTED_PROMPTLY, Circumstance.SERIOUS_HARM),
                fine("800"))).satisfies(o -> assertThat(rules(o)).doesNotContain("R9"));

        assertThat(noPenaltyOn(mustNotPenalise, NoPenaltyGround.MINOR_CORRECTED, null, true).accepted()).isTrue();
        assertThat(rules(noPenaltyOn(mustNotPenalise, NoPenaltyGround.MINOR_CORRECTED, null, false))).containsExactly("R9");
        CaseRecord minorHarm = reviewed(Circumstance.HARM_MINOR, Circumstance.CORRECTED_PROMPTLY);
        assertThat(rules(noPenaltyOn(minorHarm, NoPenaltyGround.MINOR_CORRECTED, null, true))).containsExactly("R9");

        CaseRecord first = reviewed(Circumstance.FIRST_OFFENSE, Circumstance.HARM_MINOR, Circumstance.CORRECTED_PROMPTLY);
        Outcome firstOk = noPenaltyOn(first, NoPenaltyGround.FIRST_OFFENSE, "初次违法，当场改正，未造成不良影响", true);
        assertThat(firstOk.accepted()).isTrue();
        assertThat(firstOk.warnings()).isEmpty();
        assertThat(firstOk.result().state()).isEqualTo(CaseState.NO_PENALTY);
        assertThat(rules(noPenaltyOn(first, NoPenaltyGround.FIRST_OFFENSE, " ", true))).containsExactly("R9");
        assertThat(rules(noPenaltyOn(first, NoPenaltyGround.FIRST_OFFENSE, "初次违法", false))).containsExactly("R9");
        CaseRecord notCorrected = reviewed(Circumstance.FIRST_OFFENSE, Circumstance.HARM_MINOR);
        assertThat(rules(noPenaltyOn(notCorrected, NoPenaltyGround.FIRST_OFFENSE, "初次违法", true))).containsExactly("R9");
        CaseRecord unlisted = underReview(ProcedureFixtures.LARGE_FINE_MATTER, ProcedureFixtures.COMPANY, d("2025-03-03"),
                conclusion(d("2025-03-10"), fine("50000"), Circumstance.FIRST_OFFENSE, Circumstance.HARM_MINOR, Circumstance.CORRECTED_PROMPTLY));
        Outcome unlistedOk = noPenaltyOn(unlisted, NoPenaltyGround.FIRST_OFFENSE, "初次违法，已清运", true);
        assertThat(unlistedOk.accepted()).isTrue();
        assertThat(warningRules(unlistedOk)).containsExactly("R9");

        CaseRecord plain = plainUnderReview();
        assertThat(noPenaltyOn(plain, NoPenaltyGround.NO_FAULT, "有证据证明系他人冒用", true).accepted()).isTrue();
        assertThat(rules(noPenaltyOn(plain, NoPenaltyGround.NO_FAULT, "有证据证明系他人冒用", false))).containsExactly("R9");
        assertThat(noPenaltyOn(plain, NoPenaltyGround.FACTS_NOT_ESTABLISHED, "证据不足", false).accepted()).isTrue();
        assertThat(rules(noPenaltyOn(plain, null, "证据不足", true))).containsExactly("R9");
    }

    private static CaseRecord reviewed(Circumstance... cs) {
        return underReview(ProcedureFixtures.MATTER, ProcedureFixtures.ADULT, d("2025-03-03"),
                conclusion(d("2025-03-10"), fine("500"), cs));
    }

    private static Outcome noPenaltyOn(CaseRecord c, NoPenaltyGround ground, String reason, boolean educated) {
        return attempt(c, noPenalty(d("2025-03-11"), ground, reason, educated));
    }

    @Test
    @DisplayName("R10 同一违法行为不得给予两次以上罚款：本案已有罚款决定，或另案对同一当事人同一事项同一行为日期已罚款")
    void r10_noSecondFineForTheSameAct() {
        CaseRecord reopened = given(ready(fine("500")), CaseState.NOTICED, decide(d("2025-03-13"), fine("500")));
        Outcome second = attempt(reopened, decide(d("2025-03-14"), fine("400")));
        assertThat(rules(second)).containsExactly("R10");
        assertThat(second.blocking().getFirst().message()).contains("2025-03-13");

        CaseRecord c = ready(fine("500"));
        CaseRecord other = ProcedureFixtures.onSiteLead(d("2025-03-03"), ProcedureFixtures.MATTER, ProcedureFixtures.ADULT);
        CaseRecord fined = given(other, CaseState.SERVED, onSite(fine("100")));
        List<Violation> found = DoubleFine.check(c, List.of(c, fined));
        assertThat(found).extracting(Violation::rule).containsExactly("R10");
        assertThat(found.getFirst().message()).contains(fined.caseNo());
        assertThat(DoubleFine.check(c, List.of(given(other, CaseState.SERVED,
                onSite(terms(Set.of(PenaltyType.WARNING), null, null)))))).as("a warning is no fine").isEmpty();
        CaseRecord otherDay = ProcedureFixtures.onSiteLead(d("2025-03-04"), ProcedureFixtures.MATTER, ProcedureFixtures.ADULT);
        assertThat(DoubleFine.check(c, List.of(given(otherDay, CaseState.SERVED, onSite(fine("100")))))).as("another act").isEmpty();
        CaseRecord otherParty = ProcedureFixtures.onSiteLead(d("2025-03-03"), ProcedureFixtures.MATTER, ProcedureFixtures.COMPANY);
        assertThat(DoubleFine.check(c, List.of(given(otherParty, CaseState.SERVED, onSite(fine("100")))))).isEmpty();
    }

    private static DecideOnSite onSite(PenaltyTerms p) {
        return new DecideOnSite(d("2025-03-03"), A, List.of(A, B), p, "BD0001", "八都街", true, true, false, false,
                null, false, false, false);
    }

    @Test
    @DisplayName("R11 罚款在法定幅度内；低于最低限额须有减轻情节；超出基准档次须书面理由并经法制审核、集体讨论")
    void r11_amountWithinRangeAndTierDepartures() {
        Outcome above = decideOn(ready(fine("1000.01")), fine("1000.01"));
        assertThat(rules(above)).contains("R11", "R42");
        assertThat(decideOn(ready(fine("1000.00"), Circumstance.REPEAT_OFFENSE), fine("1000.00")).accepted()).isTrue();
        assertThat(rules(decideOn(ready(fine("99.99")), fine("99.99")))).containsExactly("R11");
        assertThat(decideOn(ready(fine("99.99"), Circumstance.VOLUNTARILY_REDUCED_HARM), fine("99.99")).accepted())
                .as("减轻 on an Art 32 ground").isTrue();
        assertThat(rules(decideOn(ready(fine("500"), Circumstance.VOLUNTARILY_REDUCED_HARM), fine("500"))))
                .as("从轻 is mandatory: 500 is above the 从轻 tier").containsExactly("R11");

        CaseRecord departure = ready(fine("800"));
        Outcome noReason = decideOn(departure, fine("800"));
        assertThat(rules(noReason)).containsExactly("R11");
        assertThat(noReason.blocking()).extracting(Violation::message).anyMatch(m -> m.contains("300元至700元"));
        Outcome reasonOnly = attempt(departure, decide(d("2025-03-13"), fine("800"), "经营面积大，占道时间长"));
        assertThat(rules(reasonOnly)).containsExactly("R11");
        assertThat(reasonOnly.blocking()).hasSize(2);
        CaseRecord reviewedAndDiscussed = given(departure, CaseState.NOTICED, submit(d("2025-03-12")),
                opinion(d("2025-03-12"), REVIEWER, ReviewConclusion.APPROVE), deliberation(d("2025-03-12"), true));
        assertThat(attempt(reviewedAndDiscussed, decide(d("2025-03-13"), fine("800"), "经营面积大，占道时间长")).accepted()).isTrue();
        ProcedureSettings s = ProcedureSettings.defaults();
        RuleContext local = context(new ProcedureSettings(s.filingDays(), s.representationDays(), s.hearingThresholdIndividual(),
                s.hearingThresholdOrganization(), s.reviewThresholdIndividual(), s.reviewThresholdOrganization(), false, false,
                s.onSiteFilingDays(), s.publicationServiceDays(), s.publicationDays(), s.reviewDays(), s.fullAgeStartsDayAfterBirthday()));
        assertThat(attempt(departure, decide(d("2025-03-13"), fine("800"), "经营面积大，占道时间长"), local).accepted())
                .as("no extra review or deliberation where the settings do not ask for it").isTrue();

        PenaltyTerms warning = terms(Set.of(PenaltyType.WARNING), null, null);
        assertThat(rules(decideOn(ready(warning), warning))).as("a lighter type than the matter provides").containsExactly("R11");
        assertThat(decideOn(ready(warning, Circumstance.MINOR_14_TO_18), warning).accepted()).isTrue();
    }

    @Test
    @DisplayName("R20 处罚决定不得重于告知书：增加处罚种类或提高金额须重新告知")
    void r20_decisionNotHeavierThanNotice() {
        PenaltyTerms proposed = fine("2000");
        CaseRecord c = ready(WARN_OR_FINE, conclusion(d("2025-03-10"), proposed), proposed);
        Outcome higher = decideOn(c, fine("2000.01"));
        assertThat(rules(higher)).containsExactly("R20");
        assertThat(higher.blocking().getFirst().message()).contains("2000.01").contains("重新");
        assertThat(rules(decideOn(c, terms(Set.of(PenaltyType.WARNING, PenaltyType.FINE), "2000", null)))).containsExactly("R20");
        assertThat(rules(decideOn(c, new PenaltyTerms(Set.of(PenaltyType.FINE, PenaltyType.CONFISCATE_PROPERTY),
                new BigDecimal("2000"), null, new BigDecimal("100"), null)))).containsExactly("R20");
        assertThat(decideOn(c, terms(Set.of(PenaltyType.WARNING), null, null)).accepted()).as("a warning instead of the fine").isTrue();
        assertThat(decideOn(c, fine("1500")).accepted()).isTrue();
        assertThat(decideOn(c, fine("2000")).accepted()).isTrue();
    }

    @Test
    @DisplayName("R23 处罚决定须有裁量说明和完整的复议诉讼告知")
    void r23_discretionStatementAndRemedyClause() {
        CaseRecord c = ready(fine("500"));
        assertThat(rules(attempt(c, new Decide(d("2025-03-13"), A, fine("500"), LEAD, " ", null, true)))).containsExactly("R23");
        assertThat(rules(attempt(c, new Decide(d("2025-03-13"), A, fine("500"), LEAD, STATEMENT, null, false)))).containsExactly("R23");
        Outcome silent = attempt(c, new Decide(d("2025-03-13"), A, fine("500"), LEAD, "适用一般档，罚款500元。", null, true));
        assertThat(silent.accepted()).isTrue();
        assertThat(warningRules(silent)).containsExactly("R23");
        String sentence = CaseDiscretion.assess(c, new BigDecimal("500"), null).sentence();
        assertThat(sentence).startsWith("依据《八都镇综合行政执法裁量基准（演示）》（2025版）第SRHW-009项")
                .endsWith("当事人无法定从轻、减轻或者从重情节，适用一般档（300元至700元），拟处罚款500元。");
        Outcome prefilled = attempt(c, new Decide(d("2025-03-13"), A, fine("500"), LEAD, sentence, null, true));
        assertThat(prefilled.accepted()).isTrue();
        assertThat(prefilled.warnings()).isEmpty();
        assertThat(rules(attempt(c, new Decide(d("2025-03-13"), A, fine("500"), A, STATEMENT, null, true))))
                .as("approved by an officer who is not the 负责人").containsExactly("PROC");
    }

    @Test
    @DisplayName("R41 认定违法所得的，处罚决定须没收违法所得且金额一致")
    void r41_illegalGainsConfiscated() {
        PenaltyTerms proposal = terms(Set.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS), "500", "800");
        CaseRecord c = ready(ProcedureFixtures.MATTER,
                conclusion(d("2025-03-10"), proposal, new BigDecimal("800"), false, false, false), proposal);
        Outcome missing = decideOn(c, fine("500"));
        assertThat(rules(missing)).containsExactly("R41");
        assertThat(missing.blocking().getFirst().message()).contains("800");
        assertThat(decideOn(c, proposal).accepted()).isTrue();
        assertThat(rules(decideOn(c, terms(Set.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS), "500", "700"))))
                .containsExactly("R41");
    }

    @Test
    @DisplayName("R42 事项不在本机关目录、处罚种类不在处罚依据内或罚款超过法定上限的决定无效，不能作出")
    void r42_voidDecisionBlocked() {
        assertThat(rules(decideOn(ready(NOT_IN_CATALOG, conclusion(d("2025-03-10"), fine("500")), fine("500")), fine("500"))))
                .containsExactly("R42");
        Outcome other = decideOn(ready(OTHER_AUTHORITY, conclusion(d("2025-03-10"), fine("500")), fine("500")), fine("500"));
        assertThat(rules(other)).containsExactly("R42");
        assertThat(other.blocking().getFirst().message()).contains("LQ-SCJG");
        PenaltyTerms property = new PenaltyTerms(Set.of(PenaltyType.FINE, PenaltyType.CONFISCATE_PROPERTY),
                new BigDecimal("500"), null, new BigDecimal("100"), null);
        Outcome notProvided = decideOn(ready(ProcedureFixtures.MATTER, conclusion(d("2025-03-10"), property), property), property);
        assertThat(rules(notProvided)).containsExactly("R42");
        assertThat(notProvided.blocking().getFirst().message()).contains("没收非法财物");
        assertThat(blockedBy(decideOn(ready(fine("1200")), fine("1200")), "R42")).isTrue();
        assertThat(decideOn(ready(fine("500")), fine("500")).accepted()).isTrue();
    }

    @Test
    @DisplayName("R43 移送司法机关后退回的案件：人民法院已判处罚金的不得再罚款；已缴罚款折抵罚金")
    void r43_fineAfterCriminalFineAndOffset() {
        assertThat(JudicialReturn.check(fine("500"), new BigDecimal("3000"))).extracting(Violation::rule).containsExactly("R43");
        assertThat(JudicialReturn.check(terms(Set.of(PenaltyType.WARNING), null, null), new BigDecimal("3000"))).isEmpty();
        assertThat(JudicialReturn.check(fine("500"), null)).isEmpty();
        assertThat(JudicialReturn.offset(new BigDecimal("500"), new BigDecimal("3000"))).isEqualByComparingTo("500");
        assertThat(JudicialReturn.offset(new BigDecimal("5000"), new BigDecimal("3000"))).isEqualByComparingTo("3000");
        assertThat(JudicialReturn.offset(null, new BigDecimal("3000"))).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("R45 听证后新取得的证据未经听证质证，作出决定时提示")
    void r45_evidenceAfterHearingWarns() {
        CaseRecord heard = given(plainUnderReview(), CaseState.HEARING, notice(d("2025-03-11"), fine("500"), true),
                new RequestHearing(d("2025-03-12"), A, null),
                new ScheduleHearing(d("2025-03-13"), A, d("2025-03-24"), C, 1, true),
                new HoldHearing(d("2025-03-24"), A, C, false, true));
        CaseRecord reviewed = given(heard, CaseState.HEARING, submit(d("2025-03-25")), opinion(d("2025-03-25"), REVIEWER, ReviewConclusion.APPROVE));
        Outcome clean = attempt(reviewed, decide(d("2025-03-26"), fine("500")));
        assertThat(clean.accepted()).isTrue();
        assertThat(clean.warnings()).isEmpty();
        CaseRecord later = given(heard, CaseState.HEARING,
                new AddEvidence(d("2025-03-25"), A, EvidenceKind.DOCUMENTARY, "营业执照复印件", "经营主体", "license.pdf", "ab12", null),
                submit(d("2025-03-25")), opinion(d("2025-03-25"), REVIEWER, ReviewConclusion.APPROVE));
        Outcome warned = attempt(later, decide(d("2025-03-26"), fine("500")));
        assertThat(warned.accepted()).isTrue();
        assertThat(warningRules(warned)).containsExactly("R45");
        assertThat(warned.warnings().getFirst().message()).contains("营业执照复印件");
    }
}
