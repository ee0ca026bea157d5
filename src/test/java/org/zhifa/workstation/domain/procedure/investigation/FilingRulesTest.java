package org.zhifa.workstation.domain.procedure.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.A;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.ADULT;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.B;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.LEAD;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.MATTER;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.blockedBy;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.lead;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.attempt;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.codes;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.context;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.d;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.file;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.matter;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.settings;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.withLimitationYears;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.DeclineFiling;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.PowerSource;
import org.zhifa.workstation.domain.procedure.NextStep;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/** The gates of 立案: R5, R6, R7 (catalog side), R42 (filing side) and the 负责人 approval. */
class FilingRulesTest {

    private static boolean warnsWith(Outcome o, String rule) {
        return o.accepted() && o.warnings().stream().anyMatch(v -> v.rule().equals(rule));
    }

    @Test
    @DisplayName("R5 立案超过发现后7个工作日（跨国庆、含调休）只警告不阻止；写明逾期理由仍警告但理由被保存")
    void r5_lateFilingWarnsAcrossNationalDay() {
        CaseRecord c = lead(d("2025-09-26"), MATTER, ADULT); // Friday; 09-28 and 10-11 are 调休 working days
        RuleContext ctx = context();

        Outcome onTime = attempt(ctx, c, file(d("2025-10-13")));
        assertThat(onTime.accepted()).isTrue();
        assertThat(onTime.warnings()).extracting(Violation::rule).doesNotContain("R5");

        Outcome late = attempt(ctx, c, file(d("2025-10-14")));
        assertThat(warnsWith(late, "R5")).isTrue();
        assertThat(late.result().state()).isEqualTo(CaseState.FILED);
        assertThat(late.warnings()).extracting(Violation::message).anyMatch(m -> m.contains("2025-10-13"));

        FileCase withReason = new FileCase(d("2025-10-14"), A.code(), LEAD.code(), codes(A, B), "举报人补充材料延迟");
        Outcome explained = attempt(ctx, c, withReason);
        assertThat(warnsWith(explained, "R5")).as("a reason silences nothing").isTrue();
        assertThat(explained.warnings()).hasSizeLessThan(late.warnings().size());
        assertThat(explained.result().last(FileCase.class).orElseThrow().lateReason()).isEqualTo("举报人补充材料延迟");

        RuleContext fifteenDays = context(settings(15, true));
        assertThat(attempt(fifteenDays, c, file(d("2025-10-14"))).warnings()).extracting(Violation::rule).doesNotContain("R5");
    }

    @Test
    @DisplayName("R6 追责时效：行为日+2年的同一日可立案，次日阻止；5年事项；2月29日→2月28日；仍可不予立案")
    void r6_limitationBoundaries() {
        RuleContext ctx = context();
        CaseRecord c = lead(d("2023-03-01"), MATTER, ADULT);
        assertThat(attempt(ctx, c, file(d("2025-03-01"))).accepted()).as("same calendar date").isTrue();
        assertThat(attempt(ctx, c, file(d("2025-02-28"))).accepted()).isTrue();
        assertThat(blockedBy(attempt(ctx, c, file(d("2025-03-02"))), "R6")).as("one day later").isTrue();

        CaseRecord leap = lead(d("2024-02-29"), MATTER, ADULT);
        assertThat(attempt(ctx, leap, file(d("2026-02-28"))).accepted()).isTrue();
        assertThat(blockedBy(attempt(ctx, leap, file(d("2026-03-01"))), "R6")).isTrue();

        CatalogMatter fiveYears = withLimitationYears(MATTER, 5);
        RuleContext ctx5 = context(fiveYears);
        assertThat(attempt(ctx5, lead(d("2021-03-01"), fiveYears, ADULT), file(d("2026-03-01"))).accepted()).isTrue();
        assertThat(blockedBy(attempt(ctx5, lead(d("2021-03-01"), fiveYears, ADULT), file(d("2026-03-02"))), "R6")).isTrue();
        assertThat(blockedBy(attempt(ctx, lead(d("2021-03-01"), MATTER, ADULT), file(d("2026-03-01"))), "R6")).isTrue();

        Outcome declined = attempt(ctx, c, new DeclineFiling(d("2025-03-02"), A.code(), LEAD.code(), "超过追责时效"));
        assertThat(declined.result().state()).isEqualTo(CaseState.NOT_FILED);

        NextStep fileStep = ProcedureEngine.standard().nextSteps(c, d("2025-03-02"), ctx).stream()
                .filter(s -> s.type() == ActionType.FILE).findFirst().orElseThrow();
        assertThat(fileStep.blocking()).extracting(Violation::rule).contains("R6");
    }

    @Test
    @DisplayName("R7 事项注明仅适用于某日以前的行为：此后发生的行为不能按该版本立案；行为在前、立案在后提示核对新版本")
    void r7_catalogVersionInForceOnActDate() {
        CatalogMatter old = matter("BZ-001", PowerSource.DELEGATION, false, false, "BADU",
                "引用2012年修订的《殡葬管理条例》，仅适用于2026年3月30日以前发生的行为");
        RuleContext ctx = context(old);

        assertThat(blockedBy(attempt(ctx, lead(d("2026-03-30"), old, ADULT), file(d("2026-03-30"))), "R7")).isTrue();

        Outcome before = attempt(ctx, lead(d("2026-03-29"), old, ADULT), file(d("2026-03-30")));
        assertThat(warnsWith(before, "R7")).as("lighter later version must be checked").isTrue();

        Outcome sameDay = attempt(ctx, lead(d("2026-03-27"), old, ADULT), file(d("2026-03-27")));
        assertThat(sameDay.accepted()).isTrue();
        assertThat(sameDay.warnings()).extracting(Violation::rule).doesNotContain("R7");
    }

    @Test
    @DisplayName("R42 立案：事项须在本机关执法事项目录内，否则阻止")
    void r42_matterMustBeInTheAuthoritysCatalog() {
        LocalDate day = d("2025-06-03");
        CatalogMatter notListed = matter("XX-404", PowerSource.DELEGATION, false, false, "BADU", null);
        Outcome o = attempt(context(), lead(day, notListed, ADULT), file(day));
        assertThat(blockedBy(o, "R42")).isTrue();
        assertThat(o.blocking()).extracting(Violation::message).anyMatch(m -> m.contains("不在本机关"));

        CatalogMatter otherAuthority = matter("SC-001", PowerSource.STATUTORY, false, false, "LQ-SCJ", null);
        assertThat(blockedBy(attempt(context(otherAuthority), lead(day, otherAuthority, ADULT), file(day)), "R42")).isTrue();

        assertThat(attempt(context(), lead(day, MATTER, ADULT), file(day)).accepted()).isTrue();
    }

    @Test
    @DisplayName("立案须经负责人批准；不予立案须负责人批准并写明理由")
    void filingAndDecliningNeedTheLeadsApproval() {
        LocalDate day = d("2025-06-03");
        CaseRecord c = lead(day, MATTER, ADULT);
        Outcome byOfficer = attempt(context(), c, new FileCase(day, A.code(), B.code(), codes(A, B), null));
        assertThat(blockedBy(byOfficer, "PROC")).isTrue();
        assertThat(blockedBy(attempt(context(), c, new FileCase(day, A.code(), null, codes(A, B), null)), "PROC")).isTrue();

        assertThat(blockedBy(attempt(context(), c, new DeclineFiling(day, A.code(), A.code(), "不属于违法行为")), "PROC")).isTrue();
        assertThat(blockedBy(attempt(context(), c, new DeclineFiling(day, A.code(), LEAD.code(), " ")), "PROC")).isTrue();
        assertThat(attempt(context(), c, new DeclineFiling(day, A.code(), LEAD.code(), "不属于违法行为")).accepted()).isTrue();
    }
}
