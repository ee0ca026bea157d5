package org.zhifa.workstation.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhifa.workstation.stats.StatsFixtures.A;
import static org.zhifa.workstation.stats.StatsFixtures.B;
import static org.zhifa.workstation.stats.StatsFixtures.LEAD;
import static org.zhifa.workstation.stats.StatsFixtures.d;
import static org.zhifa.workstation.stats.StatsFixtures.fine;
import static org.zhifa.workstation.stats.StatsFixtures.newCase;
import static org.zhifa.workstation.stats.StatsFixtures.terms;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.TransferTarget;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.cases.action.FileChallenge;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.cases.action.Transfer;
import org.zhifa.workstation.domain.cases.action.WithdrawCase;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.domain.stats.PenaltySeverity;
import org.zhifa.workstation.domain.stats.StatisticsSettings;
import org.zhifa.workstation.store.Stores;

/**
 * The annual statistics on a data set whose figures are known in advance: twelve cases of 2023 (and two of 2022)
 * covering every indicator, among them decisions with several penalties (the R39 mixed fixture).
 */
class AnnualStatisticsServiceTest {
    private static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2024-01-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    Stores stores;

    @BeforeEach
    void data() {
        stores = StatsFixtures.open(dir);
        List<CaseRecord> cases = new ArrayList<>();
        // 2022: two cases filed, one decided with a fine of ¥800 and closed in 2023
        cases.add(newCase("P1").filed(d("2022-11-01")).decided(d("2022-12-01"), fine("800")).closed(d("2023-01-10")).build());
        cases.add(newCase("P2").filed(d("2022-12-20")).build());
        // 2023, R39 mixed fixture: each decision counts once, under its heaviest type
        cases.add(newCase("D1").filed(d("2023-01-05")).decided(d("2023-02-01"), fine("500")).closed(d("2023-03-01")).build());
        cases.add(newCase("D2").filed(d("2023-01-06")).decided(d("2023-02-02"),
                terms(EnumSet.of(PenaltyType.WARNING, PenaltyType.FINE), "1000", null)).closed(d("2023-03-02")).build());
        cases.add(newCase("D3").filed(d("2023-01-07")).decided(d("2023-02-03"),
                terms(EnumSet.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS), "2000", "300"))
                .closed(d("2023-03-03")).build());
        cases.add(newCase("D4").matter(ProcedureFixtures.LARGE_FINE_MATTER).party(ProcedureFixtures.COMPANY)
                .filed(d("2023-01-08"))
                .then(new Seize(d("2023-01-09"), A, LEAD, false, List.of(A, B), "车辆", "x"))
                .then(new Seize(d("2023-01-10"), A, LEAD, false, List.of(A, B), "工具", "x"))
                .then(new HoldHearing(d("2023-02-20"), A, "O04", false, true))
                .then(new RecordReviewOpinion(d("2023-02-25"), "O12", "O12", ReviewConclusion.APPROVE, List.of("同意"), null))
                .decided(d("2023-03-01"), terms(EnumSet.of(PenaltyType.FINE, PenaltyType.REVOKE_LICENSE,
                        PenaltyType.ORDER_SUSPENSION), "200000", null))
                .then(new FileChallenge(d("2023-04-01"), A, ChallengeKind.LITIGATION, d("2023-04-03"), false))
                .then(new ConcludeChallenge(d("2023-09-01"), A, ChallengeKind.LITIGATION, ChallengeResult.UPHELD))
                .build());
        cases.add(newCase("D5").onSite().decidedOnSite(d("2023-05-01"), terms(EnumSet.of(PenaltyType.WARNING), null, null))
                .closed(d("2023-05-01")).build());
        cases.add(newCase("D6").filed(d("2023-02-01"))
                .decided(d("2023-03-01"), terms(EnumSet.of(PenaltyType.OTHER), null, null)).closed(d("2023-04-01")).build());
        cases.add(newCase("D7").filed(d("2023-02-02")).noPenalty(d("2023-03-02"), NoPenaltyGround.FIRST_OFFENSE)
                .closed(d("2023-04-02")).build());
        cases.add(newCase("D8").filed(d("2023-02-03")).noPenalty(d("2023-03-03"), NoPenaltyGround.MINOR_CORRECTED)
                .closed(d("2024-01-05")).build());
        cases.add(newCase("D9").matter(ProcedureFixtures.LARGE_FINE_MATTER).party(ProcedureFixtures.COMPANY)
                .filed(d("2023-03-01")).concluded(d("2023-03-10"), fine("60000"), Circumstance.VOLUNTARILY_REDUCED_HARM)
                .then(new HoldHearing(d("2023-03-20"), A, "O04", true, true))
                .then(new RecordReviewOpinion(d("2023-03-25"), "O12", "O12", ReviewConclusion.SUPPLEMENT, List.of("补充"), null))
                .then(new RecordReviewOpinion(d("2023-03-28"), "O12", "O12", ReviewConclusion.REJECT, List.of("证据不足"), null))
                .decided(d("2023-04-10"), fine("60000")).build());
        cases.add(newCase("D10").matter(ProcedureFixtures.LARGE_FINE_MATTER).party(ProcedureFixtures.COMPANY)
                .filed(d("2023-03-02")).concluded(d("2023-03-11"), fine("30000"), Circumstance.MERITORIOUS_COOPERATION)
                .then(new RecordReviewOpinion(d("2023-03-26"), "O12", "O12", ReviewConclusion.APPROVE, List.of("同意"), null))
                .decided(d("2023-04-11"), fine("30000"))
                .then(new FileChallenge(d("2023-05-01"), A, ChallengeKind.RECONSIDERATION, d("2023-05-02"), false))
                .then(new ConcludeChallenge(d("2023-06-01"), A, ChallengeKind.RECONSIDERATION, ChallengeResult.REVOKED))
                .build());
        cases.add(newCase("T1").filed(d("2023-06-01"))
                .then(new Transfer(d("2023-06-10"), A, TransferTarget.JUDICIAL, "公安机关", "涉嫌犯罪", LEAD))
                .then(new WithdrawCase(d("2023-06-11"), A, LEAD, "已移送司法机关")).build());
        cases.add(newCase("T2").filed(d("2023-07-01"))
                .then(new Transfer(d("2023-07-10"), A, TransferTarget.COMPETENT_BODY, "市场监管局", "不属本机关管辖", LEAD))
                .then(new RecordReviewOpinion(d("2023-07-05"), "O12", "O12", ReviewConclusion.SUPPLEMENT, List.of("补正"), null))
                .build());
        StatsFixtures.insert(stores, cases);
    }

    private AnnualStatisticsService service() {
        return new AnnualStatisticsService(stores, StatisticsSettings::defaults, CLOCK);
    }

    @Test
    void r39_theKnownDataSetGivesItsFigures() {
        AnnualStatistics s = service().compute(2023, "BADU");
        Indicators c = s.current();
        assertThat(c.filed()).isEqualTo(11);
        assertThat(c.concluded()).as("P1, D1–D3, D6, D7 closed, T1 withdrawn; D5 was never filed").isEqualTo(7);
        assertThat(c.closureRate()).isEqualByComparingTo("63.63"); // 7 / 11 = 63.636…, truncated
        assertThat(c.decisionsOf(PenaltyType.FINE)).as("D1, D2 (警告+罚款), D9, D10").isEqualTo(4);
        assertThat(c.decisionsOf(PenaltyType.CONFISCATE_ILLEGAL_GAINS)).as("D3 (罚款+没收)").isEqualTo(1);
        assertThat(c.decisionsOf(PenaltyType.REVOKE_LICENSE)).as("D4 (罚款+停产停业+吊销)").isEqualTo(1);
        assertThat(c.decisionsOf(PenaltyType.ORDER_SUSPENSION)).isZero();
        assertThat(c.decisionsOf(PenaltyType.WARNING)).as("D5").isEqualTo(1);
        assertThat(c.decisionsOf(PenaltyType.OTHER)).as("D6").isEqualTo(1);
        assertThat(c.decisions()).isEqualTo(8);
        assertThat(c.generalDecisions()).isEqualTo(7);
        assertThat(c.onSiteDecisions()).isEqualTo(1);
        assertThat(c.finesYuan()).isEqualByComparingTo("293500");
        assertThat(c.confiscatedYuan()).isEqualByComparingTo("300");
        assertThat(c.amountTenThousand()).isEqualByComparingTo("29.38");
        assertThat(c.noPenalty()).isEqualTo(2);
        assertThat(c.firstOffense()).isEqualTo(1);
        assertThat(c.lenient()).as("D9: ¥60,000 in the 从轻 tier").isEqualTo(1);
        assertThat(c.mitigated()).as("D10: ¥30,000 below the ¥50,000 minimum with a ground").isEqualTo(1);
        assertThat(c.hearings()).as("D9's party stayed away").isEqualTo(1);
        assertThat(c.reviewsPassed()).isEqualTo(2);
        assertThat(c.reviewsRejected()).isEqualTo(1);
        assertThat(c.reviewsPending()).isEqualTo(1);
        assertThat(c.reviews()).isEqualTo(4);
        assertThat(c.transfers()).isEqualTo(2);
        assertThat(c.transfersJudicial()).isEqualTo(1);
        assertThat(c.seizureCases()).isEqualTo(1);
        assertThat(c.seizureOrders()).isEqualTo(2);
        assertThat(c.litigations()).isEqualTo(1);
        assertThat(c.litigationsLost()).isZero();
        assertThat(c.reconsiderations()).isEqualTo(1);
        assertThat(c.reconsiderationsCorrected()).isEqualTo(1);
        // staff on 2023-12-31: 7 officers and leads, 5 with a valid certificate (暂扣, 注销 do not count), 1 auxiliary
        assertThat(c.officers()).isEqualTo(7);
        assertThat(c.certified()).isEqualTo(5);
        assertThat(c.certificationRate()).isEqualByComparingTo("71.42");
        assertThat(c.auxiliaries()).isEqualTo(1);
        assertThat(c.reviewers()).as("the reviewers belong to the county").isZero();

        Indicators p = s.previous();
        assertThat(p.filed()).isEqualTo(2);
        assertThat(p.decisionsOf(PenaltyType.FINE)).isEqualTo(1);
        assertThat(p.finesYuan()).isEqualByComparingTo("800");
        assertThat(p.concluded()).isZero();
        assertThat(s.change(Indicators::filed)).isEqualTo(9);
        assertThat(s.changePercent(Indicators::filed)).isEqualByComparingTo("450.00");
        assertThat(s.changePercent(Indicators::concluded)).isNull();
    }

    @Test
    void theChartsFiguresByMonthAndAreaAddUpToTheIndicators() {
        StatisticsBreakdown b = service().breakdown(2023, "BADU");
        assertThat(b.months()).hasSize(12);
        assertThat(b.months().stream().mapToLong(StatisticsBreakdown.Month::filed).toArray())
                .as("D1–D4 in January, D6–D8 in February, D9–D10 in March, T1 June, T2 July")
                .containsExactly(4, 3, 2, 0, 0, 1, 1, 0, 0, 0, 0, 0);
        assertThat(b.months().stream().mapToLong(StatisticsBreakdown.Month::concluded).toArray())
                .as("P1 January, D1–D3 March, D6–D7 April, T1 withdrawn in June")
                .containsExactly(1, 0, 3, 2, 0, 1, 0, 0, 0, 0, 0, 0);
        assertThat(b.months().stream().mapToLong(StatisticsBreakdown.Month::decisions).toArray())
                .as("D1–D3 February, D4 D6 March, D9 D10 April, D5 on site in May")
                .containsExactly(0, 3, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(b.areas()).containsExactly(new StatisticsBreakdown.Area("占道经营", 8, 1),
                new StatisticsBreakdown.Area("建筑垃圾", 3, 0));
        assertThat(service().breakdown(2023, null).areas()).isEqualTo(b.areas());
        assertThat(service().breakdown(2023, "LQZF").areas()).isEmpty();
        assertThatThrownBy(() -> service().breakdown(2023, "NOPE")).isInstanceOf(StatisticsException.class);
    }

    @Test
    void r39_anotherSeverityOrderCountsTheSameDecisionsDifferently() {
        List<PenaltyType> order = new ArrayList<>(PenaltySeverity.defaults().lightestFirst());
        order.remove(PenaltyType.FINE);
        order.add(PenaltyType.FINE);
        AnnualStatisticsService finesHeaviest = new AnnualStatisticsService(stores,
                () -> StatisticsSettings.defaults().withSeverity(new PenaltySeverity(order)), CLOCK);
        Indicators c = finesHeaviest.compute(2023, "BADU").current();
        assertThat(c.decisionsOf(PenaltyType.FINE)).isEqualTo(6);
        assertThat(c.decisionsOf(PenaltyType.REVOKE_LICENSE)).isZero();
        assertThat(c.decisionsOf(PenaltyType.CONFISCATE_ILLEGAL_GAINS)).isZero();
        assertThat(c.decisions()).isEqualTo(8);
    }

    @Test
    void allAuthoritiesAndOneAuthority_andAnUnknownOneIsRefused() {
        AnnualStatistics all = service().compute(2023, null);
        assertThat(all.authorityName()).isEqualTo("全部执法主体");
        assertThat(all.current().filed()).isEqualTo(11);
        assertThat(all.current().reviewers()).isEqualTo(2);
        assertThat(all.current().qualifiedReviewers()).isEqualTo(1);
        assertThat(service().compute(2023, "LQZF").current().filed()).isZero();
        assertThatThrownBy(() -> service().compute(2023, "NOPE")).isInstanceOf(StatisticsException.class)
                .hasMessageContaining("NOPE");
    }

    @Test
    void rowsOfAnOlderDerivationAreRecomputedBeforeCounting() throws Exception {
        try (Connection c = StatsFixtures.jdbc(dir); var st = c.createStatement()) {
            st.executeUpdate("UPDATE case_file SET stats_version = 0, decision_kind = NULL, penalty_mask = 0, "
                    + "concluded_on = NULL, hearing_on = NULL, review_on = NULL, review_result = NULL");
        }
        AnnualStatisticsService s = service();
        assertThat(s.compute(2023, "BADU").current().decisions()).isEqualTo(8);
        assertThat(s.refreshStale()).isZero();
        assertThat(s.compute(2023, "BADU").current().reviews()).isEqualTo(4);
    }

    @Test
    void theWorkbookIsAnAnnualReportTableWithFormulasThatAgreeWithTheFigures() throws Exception {
        AnnualStatistics s = service().compute(2023, "BADU");
        byte[] xlsx = service().workbook(s);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("龙泉市八都镇人民政府2023年度行政执法统计年报（行政处罚）");
            assertThat(sheet.getMergedRegions()).anySatisfy(r -> assertThat(r.getFirstRow()).isZero());
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            Map<String, Row> rows = new HashMap<>();
            for (Row r : sheet) {
                Cell name = r.getCell(1);
                if (name != null && name.getCellType() == CellType.STRING) {
                    rows.put(name.getStringCellValue(), r);
                }
            }
            assertThat(value(eval, rows.get("立案"), 3)).isEqualTo(11);
            assertThat(value(eval, rows.get("立案"), 4)).isEqualTo(2);
            assertThat(value(eval, rows.get("立案"), 5)).as("增减").isEqualTo(9);
            assertThat(value(eval, rows.get("立案"), 6)).as("增减率").isEqualTo(4.5);
            Cell rate = rows.get("结案率").getCell(3);
            assertThat(rate.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(rate.getCellFormula()).startsWith("IF(").contains("TRUNC(");
            assertThat(value(eval, rows.get("结案率"), 3)).isEqualTo(63.63);
            assertThat(rows.get("处罚决定合计").getCell(3).getCellFormula()).startsWith("SUM(");
            assertThat(value(eval, rows.get("处罚决定合计"), 3)).isEqualTo(8);
            assertThat(value(eval, rows.get("罚没金额合计"), 3)).isEqualTo(29.38);
            assertThat(rows.get("罚没金额合计").getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(value(eval, rows.get("从轻、减轻处罚合计"), 3)).isEqualTo(2);
            assertThat(value(eval, rows.get("持证率"), 3)).isEqualTo(71.42);
            assertThat(value(eval, rows.get("吊销许可证件"), 3)).isEqualTo(1);
            assertThat(rows.get("立案").getCell(3).getCellStyle().getBorderTop())
                    .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        }
    }

    @Test
    void theJsonCarriesBothYearsAndTheChange() {
        String json = service().toJson(service().compute(2023, "BADU"));
        assertThat(json).contains("\"filed\" : 11").contains("\"closureRatePercent\" : 63.63")
                .contains("\"REVOKE_LICENSE\" : 1").contains("\"amountTenThousandYuan\" : 29.38")
                .contains("\"severityLightestFirst\"");
    }

    private static double value(FormulaEvaluator eval, Row row, int col) {
        Cell cell = row.getCell(col);
        if (cell.getCellType() == CellType.FORMULA) {
            return BigDecimal.valueOf(eval.evaluate(cell).getNumberValue()).setScale(6, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros().doubleValue();
        }
        return cell.getNumericCellValue();
    }
}
