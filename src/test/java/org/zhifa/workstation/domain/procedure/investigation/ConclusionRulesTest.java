package org.zhifa.workstation.domain.procedure.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.A;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.ADULT;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.B;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.COMPANY;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.LARGE_FINE_MATTER;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.MATTER;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.blockedBy;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.lead;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.advance;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.attempt;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.bornOn;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.context;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.correction;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.d;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.file;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.investigating;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.noPenalty;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.penalty;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.record;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.RuleContext;

/** 调查终结: R8 minors, the PRE fine precondition and the content of the report. */
class ConclusionRulesTest {
    /** A conclusion to be dated later. */
    private interface Conclusion {
        ConcludeInvestigation on(LocalDate day);
    }

    private static final BigDecimal FINE = new BigDecimal("60000");
    private static final Party BORN_2011_06_15 = bornOn(d("2011-06-15"));
    private static final Party BORN_2007_06_15 = bornOn(d("2007-06-15"));

    /** Act and filing on the act date, one record, the conclusion the next day, under the given context. */
    private static Outcome conclude(RuleContext ctx, Party party, LocalDate act, Conclusion b) {
        CaseRecord c = advance(ctx, lead(act, LARGE_FINE_MATTER, party), file(act), record(act, A, B));
        return attempt(ctx, c, b.on(act.plusDays(1)));
    }

    @Test
    @DisplayName("R8 不满14周岁不予处罚：14周岁生日前一日、生日当日（已满自次日起）拟处罚阻止，次日起须从轻减轻")
    void r8_fourteenthBirthday() {
        RuleContext ctx = context();
        assertThat(blockedBy(conclude(ctx, BORN_2011_06_15, d("2025-06-14"), penaltyWithout()), "R8")).isTrue();
        assertThat(blockedBy(conclude(ctx, BORN_2011_06_15, d("2025-06-15"), penaltyWith()), "R8"))
                .as("on the birthday itself still under 14").isTrue();
        Outcome under14 = conclude(ctx, BORN_2011_06_15, d("2025-06-15"), ground(NoPenaltyGround.UNDER_14));
        assertThat(under14.accepted()).isTrue();
        assertThat(under14.result().state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(blockedBy(conclude(ctx, BORN_2011_06_15, d("2025-06-15"), ground(NoPenaltyGround.FIRST_OFFENSE)), "R8"))
                .as("the ground must be the age").isTrue();

        assertThat(blockedBy(conclude(ctx, BORN_2011_06_15, d("2025-06-16"), penaltyWithout()), "R8"))
                .as("14 from the day after: mitigation required").isTrue();
        assertThat(conclude(ctx, BORN_2011_06_15, d("2025-06-16"), penaltyWith()).accepted()).isTrue();
        assertThat(blockedBy(conclude(ctx, BORN_2011_06_15, d("2025-06-16"), ground(NoPenaltyGround.UNDER_14)), "R8")).isTrue();
    }

    @Test
    @DisplayName("R8 设置为生日当日即满周岁时：14周岁生日当日须从轻减轻而非不予处罚")
    void r8_birthdayCountsWhenTheSettingIsOff() {
        RuleContext ctx = context(settings(7, false));
        assertThat(conclude(ctx, BORN_2011_06_15, d("2025-06-15"), penaltyWith()).accepted()).isTrue();
        assertThat(blockedBy(conclude(ctx, BORN_2011_06_15, d("2025-06-15"), penaltyWithout()), "R8")).isTrue();
        assertThat(blockedBy(conclude(ctx, BORN_2011_06_15, d("2025-06-14"), penaltyWith()), "R8")).isTrue();
    }

    @Test
    @DisplayName("R8 18周岁生日前一日、当日须从轻减轻，次日起按成年人处理；单位当事人不适用")
    void r8_eighteenthBirthday() {
        RuleContext ctx = context();
        assertThat(blockedBy(conclude(ctx, BORN_2007_06_15, d("2025-06-14"), penaltyWithout()), "R8")).isTrue();
        assertThat(blockedBy(conclude(ctx, BORN_2007_06_15, d("2025-06-15"), penaltyWithout()), "R8")).isTrue();
        assertThat(conclude(ctx, BORN_2007_06_15, d("2025-06-16"), penaltyWithout()).accepted()).isTrue();
        assertThat(conclude(ctx, COMPANY, d("2025-06-16"), penaltyWithout()).accepted()).isTrue();
    }

    @Test
    @DisplayName("PRE 罚款以逾期不改正为前提的事项：未责令改正或改正期限未届满时不能拟处罚款")
    void pre_fineNeedsAnOverdueCorrectionOrder() {
        RuleContext ctx = context();
        LocalDate day = d("2025-06-03");
        CaseRecord c = investigating(day, MATTER, ADULT);
        assertThat(blockedBy(attempt(ctx, c, penalty(d("2025-06-11"), new BigDecimal("300"))), "PRE")).isTrue();
        assertThat(attempt(ctx, c, noPenalty(d("2025-06-11"), NoPenaltyGround.FIRST_OFFENSE)).accepted()).isTrue();

        CaseRecord ordered = advance(ctx, c, correction(day, d("2025-06-10")));
        assertThat(blockedBy(attempt(ctx, ordered, penalty(d("2025-06-10"), new BigDecimal("300"))), "PRE"))
                .as("on the last day of the correction period").isTrue();
        assertThat(attempt(ctx, ordered, penalty(d("2025-06-11"), new BigDecimal("300"))).accepted()).isTrue();
    }

    @Test
    @DisplayName("调查终结须有笔录或证据、处理意见完整")
    void conclusionNeedsEvidenceAndACompleteProposal() {
        RuleContext ctx = context();
        LocalDate day = d("2025-06-03");
        CaseRecord onlyOrder = advance(ctx, lead(day, LARGE_FINE_MATTER, ADULT), file(day), correction(day, d("2025-06-10")));
        assertThat(onlyOrder.state()).isEqualTo(CaseState.INVESTIGATING);
        assertThat(blockedBy(attempt(ctx, onlyOrder, penalty(d("2025-06-11"), FINE)), "PROC")).isTrue();

        CaseRecord c = investigating(day);
        ConcludeInvestigation noTypes = new ConcludeInvestigation(d("2025-06-04"), A.code(), InvestigationOutcome.PENALTY,
                null, new PenaltyTerms(Set.of(), null, null, null, null), Set.of(), null, false, false, false, null);
        assertThat(blockedBy(attempt(ctx, c, noTypes), "PROC")).isTrue();
        assertThat(blockedBy(attempt(ctx, c, noPenalty(d("2025-06-04"), null)), "PROC")).isTrue();
        assertThat(attempt(ctx, c, noPenalty(d("2025-06-04"), NoPenaltyGround.FACTS_NOT_ESTABLISHED)).accepted()).isTrue();
    }

    private static Conclusion penaltyWith() {
        return on -> penalty(on, FINE, Circumstance.MINOR_14_TO_18);
    }

    private static Conclusion penaltyWithout() {
        return on -> penalty(on, FINE);
    }

    private static Conclusion ground(NoPenaltyGround g) {
        return on -> noPenalty(on, g);
    }
}
