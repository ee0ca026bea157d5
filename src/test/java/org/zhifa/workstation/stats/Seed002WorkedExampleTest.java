package org.zhifa.workstation.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.stats.StatsFixtures.A;
import static org.zhifa.workstation.stats.StatsFixtures.d;
import static org.zhifa.workstation.stats.StatsFixtures.fine;
import static org.zhifa.workstation.stats.StatsFixtures.newCase;
import static org.zhifa.workstation.stats.StatsFixtures.terms;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.domain.stats.StatisticsSettings;
import org.zhifa.workstation.store.Stores;

/**
 * Seed 002 (冷水滩区 2023) as a worked example: a year built to the district's published counts — 立案 1281, 结案 1205,
 * 首违不罚 45, 轻罚 (从轻/减轻) 353, hearings 10, 法制审核 322 of which 321 passed, 罚没金额 639.96万元 — written
 * through the repository (not replayed), and the statistics must publish 结案率 94.06 % (truncated; rounding would
 * give 94.07), and the shares of 结案 the report gives: 3.7 % and 29.3 % (rounded half up).
 *
 * <p>The 1205 closed cases each carry a decision: 45 首违不罚, 300 从轻 (¥200 on 出店经营 with a mandatory 从轻
 * ground), 53 减轻 (¥50, below the ¥100 minimum, with a ground), and 807 ordinary penalties: 777 at ¥500 on 出店经营,
 * 20 at ¥200,000 on 建筑垃圾 (10 of them after a hearing), and 10 at ¥50,000 plus ¥144,845 of 违法所得 confiscated.
 * Sum: 60,000 + 2,650 + 388,500 + 4,000,000 + 500,000 + 1,448,450 = 6,399,600 yuan = 639.96万元. The other 76 cases
 * are filed and still open. 322 of the cases got a 法制审核意见 in 2023, all 同意 but one 不同意.
 */
class Seed002WorkedExampleTest {
    @TempDir
    Path dir;

    @Test
    void reproducesThePublishedFigures() throws Exception {
        Stores stores = StatsFixtures.open(dir);
        List<CaseRecord> cases = new ArrayList<>();
        int n = 0;
        LocalDate jan = d("2023-01-02");
        for (int i = 0; i < 45; i++) {
            cases.add(newCase(no(++n)).filed(day(jan, n)).noPenalty(day(jan, n).plusDays(20), NoPenaltyGround.FIRST_OFFENSE)
                    .closed(day(jan, n).plusDays(30)).build());
        }
        for (int i = 0; i < 300; i++) {
            cases.add(newCase(no(++n)).filed(day(jan, n)).concluded(day(jan, n).plusDays(10), fine("200"),
                            Circumstance.VOLUNTARILY_REDUCED_HARM)
                    .decided(day(jan, n).plusDays(20), fine("200")).closed(day(jan, n).plusDays(30)).build());
        }
        for (int i = 0; i < 53; i++) {
            cases.add(newCase(no(++n)).filed(day(jan, n)).concluded(day(jan, n).plusDays(10), fine("50"),
                            Circumstance.MERITORIOUS_COOPERATION)
                    .decided(day(jan, n).plusDays(20), fine("50")).closed(day(jan, n).plusDays(30)).build());
        }
        for (int i = 0; i < 777; i++) {
            cases.add(newCase(no(++n)).filed(day(jan, n)).decided(day(jan, n).plusDays(20), fine("500"))
                    .closed(day(jan, n).plusDays(30)).build());
        }
        for (int i = 0; i < 20; i++) {
            var b = newCase(no(++n)).matter(ProcedureFixtures.LARGE_FINE_MATTER).party(ProcedureFixtures.COMPANY)
                    .filed(day(jan, n));
            if (i < 10) {
                b.then(new HoldHearing(day(jan, n).plusDays(15), A, "O04", false, true));
            }
            cases.add(b.decided(day(jan, n).plusDays(20), fine("200000")).closed(day(jan, n).plusDays(30)).build());
        }
        for (int i = 0; i < 10; i++) {
            cases.add(newCase(no(++n)).matter(ProcedureFixtures.LARGE_FINE_MATTER).party(ProcedureFixtures.COMPANY)
                    .filed(day(jan, n)).decided(day(jan, n).plusDays(20),
                            terms(EnumSet.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS), "50000", "144845"))
                    .closed(day(jan, n).plusDays(30)).build());
        }
        for (int i = 0; i < 76; i++) {
            cases.add(newCase(no(++n)).filed(day(jan, n)).build());
        }
        // 322 legal reviews in 2023: 321 同意, 1 不同意
        for (int i = 0; i < 322; i++) {
            CaseRecord c = cases.get(45 + i);
            LocalDate on = c.filedOn().plusDays(15);
            cases.set(45 + i, withAction(c, new RecordReviewOpinion(on, "O12", "O12",
                    i == 0 ? ReviewConclusion.REJECT : ReviewConclusion.APPROVE, List.of("事实清楚，证据充分，程序合法"), null)));
        }
        assertThat(cases).hasSize(1281);
        long start = System.nanoTime();
        StatsFixtures.insert(stores, cases);
        long inserted = System.nanoTime();

        AnnualStatisticsService service = new AnnualStatisticsService(stores, StatisticsSettings::defaults,
                Clock.fixed(java.time.Instant.parse("2024-01-12T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        AnnualStatistics s = service.compute(2023, "BADU");
        long computed = System.nanoTime();
        Indicators y = s.current();
        assertThat(y.filed()).isEqualTo(1281);
        assertThat(y.concluded()).isEqualTo(1205);
        assertThat(y.closureRate()).isEqualByComparingTo("94.06");
        assertThat(y.firstOffense()).isEqualTo(45);
        assertThat(y.noPenalty()).isEqualTo(45);
        assertThat(y.light()).isEqualTo(353);
        assertThat(y.lenient()).isEqualTo(300);
        assertThat(y.mitigated()).isEqualTo(53);
        assertThat(y.firstOffenseShare()).isEqualByComparingTo("3.7");
        assertThat(y.lightShare()).isEqualByComparingTo("29.3");
        assertThat(y.hearings()).isEqualTo(10);
        assertThat(y.reviews()).isEqualTo(322);
        assertThat(y.reviewsPassed()).isEqualTo(321);
        assertThat(y.reviewsRejected()).isEqualTo(1);
        assertThat(y.amountYuan()).isEqualByComparingTo("6399600");
        assertThat(y.amountTenThousand()).isEqualByComparingTo("639.96");
        assertThat(y.decisions()).isEqualTo(1160);
        assertThat(y.decisionsOf(PenaltyType.FINE)).isEqualTo(1150);
        assertThat(y.decisionsOf(PenaltyType.CONFISCATE_ILLEGAL_GAINS)).isEqualTo(10);

        AnnualStatisticsService rounding = new AnnualStatisticsService(stores,
                () -> StatisticsSettings.defaults().withRateRounding(org.zhifa.workstation.domain.stats.RateRounding.HALF_UP, 2),
                Clock.systemDefaultZone());
        assertThat(rounding.compute(2023, "BADU").current().closureRate()).as("the rounding setting")
                .isEqualByComparingTo("94.07");

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(service.workbook(s)))) {
            Sheet sheet = wb.getSheetAt(0);
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluated(sheet, eval, "结案率")).isEqualTo(94.06);
            assertThat(evaluated(sheet, eval, "罚没金额合计")).isEqualTo(639.96);
            assertThat(evaluated(sheet, eval, "首违不罚占结案比例")).isEqualTo(3.7);
            assertThat(evaluated(sheet, eval, "从轻、减轻处罚占结案比例")).isEqualTo(29.3);
            assertThat(evaluated(sheet, eval, "法制审核合计")).isEqualTo(322);
        }
        System.out.printf("seed 002 worked example: %d cases inserted in %d ms, statistics in %d ms%n", cases.size(),
                (inserted - start) / 1_000_000, (computed - inserted) / 1_000_000);
    }

    private static double evaluated(Sheet sheet, FormulaEvaluator eval, String indicator) {
        for (Row r : sheet) {
            Cell name = r.getCell(1);
            if (name != null && name.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && name.getStringCellValue().equals(indicator)) {
                Cell c = r.getCell(3);
                double v = c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                        ? eval.evaluate(c).getNumberValue() : c.getNumericCellValue();
                return BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().doubleValue();
            }
        }
        throw new AssertionError("no row " + indicator);
    }

    private static CaseRecord withAction(CaseRecord c, org.zhifa.workstation.domain.cases.CaseAction a) {
        List<org.zhifa.workstation.domain.cases.CaseAction> actions = new ArrayList<>(c.actions());
        actions.add(2, a);
        return new CaseRecord(c.caseNo(), c.authority(), c.matter(), c.party(), c.procedure(), c.state(), c.source(),
                c.cause(), c.facts(), c.actDate(), c.actPlace(), c.discoveredOn(), c.filedOn(), c.decidedOn(), c.closedOn(),
                c.fineAmount(), c.confiscatedAmount(), c.revision(), c.officers(), actions);
    }

    /** Spread over January to October. */
    private static LocalDate day(LocalDate jan, int n) {
        return jan.plusDays(n % 290);
    }

    private static String no(int n) {
        return "LST-2023-%04d".formatted(n);
    }
}
