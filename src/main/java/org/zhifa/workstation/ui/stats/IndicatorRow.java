package org.zhifa.workstation.ui.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.stats.AnnualStatistics;
import org.zhifa.workstation.stats.Indicators;

/**
 * One line of the 统计指标 table: the indicator, its unit, this year, the year before, the change and the change in
 * per cent, as shown; a section line carries only its heading.
 */
public record IndicatorRow(String indicator, String unit, String current, String previous, String change,
                           String changeRate, boolean section) {

    /** The lines of the 统计年报 in the order of domain.md §9 (penalty types present in either year only). */
    public static List<IndicatorRow> of(AnnualStatistics s) {
        Lines l = new Lines(s);
        l.section("stats.section.cases");
        l.count("stats.row.filed", Indicators::filed);
        l.count("stats.row.concluded", Indicators::concluded);
        l.percent("stats.row.closureRate", Indicators::closureRate);
        l.section("stats.section.decisions");
        for (PenaltyType t : s.typeOrder().reversed()) {
            if (s.current().decisionsOf(t) + s.previous().decisionsOf(t) > 0) {
                l.count(Texts.label(t), i -> i.decisionsOf(t), false);
            }
        }
        l.count("stats.row.decisions", Indicators::decisions);
        l.count("stats.row.general", Indicators::generalDecisions);
        l.count("stats.row.onSite", Indicators::onSiteDecisions);
        l.section("stats.section.amounts");
        l.money("stats.row.fines", Indicators::finesYuan);
        l.money("stats.row.confiscated", Indicators::confiscatedYuan);
        l.money("stats.row.amount", Indicators::amountYuan);
        l.section("stats.section.leniency");
        l.count("stats.row.noPenalty", Indicators::noPenalty);
        l.count("stats.row.firstOffense", Indicators::firstOffense);
        l.count("stats.row.lenient", Indicators::lenient);
        l.count("stats.row.mitigated", Indicators::mitigated);
        l.count("stats.row.light", Indicators::light);
        l.percent("stats.row.firstOffenseShare", Indicators::firstOffenseShare);
        l.percent("stats.row.lightShare", Indicators::lightShare);
        l.section("stats.section.procedure");
        l.count("stats.row.hearings", Indicators::hearings);
        l.count("stats.row.reviewsPassed", Indicators::reviewsPassed);
        l.count("stats.row.reviewsRejected", Indicators::reviewsRejected);
        l.count("stats.row.transfers", Indicators::transfers);
        l.count("stats.row.transfersJudicial", Indicators::transfersJudicial);
        l.section("stats.section.enforcement");
        l.count("stats.row.seizureCases", Indicators::seizureCases);
        l.count("stats.row.seizureOrders", Indicators::seizureOrders);
        l.count("stats.row.surcharges", Indicators::surcharges);
        l.count("stats.row.courtEnforcements", Indicators::courtEnforcements);
        l.section("stats.section.challenges");
        l.count("stats.row.reconsiderations", Indicators::reconsiderations);
        l.count("stats.row.reconsiderationsCorrected", Indicators::reconsiderationsCorrected);
        l.count("stats.row.litigations", Indicators::litigations);
        l.count("stats.row.litigationsLost", Indicators::litigationsLost);
        l.section("stats.section.staff");
        l.people("stats.row.officers", Indicators::officers);
        l.people("stats.row.certified", Indicators::certified);
        l.percent("stats.row.certificationRate", Indicators::certificationRate);
        return List.copyOf(l.rows);
    }

    /** "+3", "-2", "0". */
    static String signed(BigDecimal change) {
        return change.signum() > 0 ? "+" + change.toPlainString() : change.toPlainString();
    }

    /** The change in per cent of the year before, two decimals; "—" when the year before had nothing. */
    static String rate(BigDecimal current, BigDecimal previous) {
        if (previous == null || current == null || previous.signum() == 0) {
            return Texts.tr("statsPage.none");
        }
        return signed(current.subtract(previous).multiply(BigDecimal.valueOf(100))
                .divide(previous, 2, RoundingMode.HALF_UP)) + "%";
    }

    /** Collects the lines of one statistics. */
    private static final class Lines {
        private final AnnualStatistics s;
        private final List<IndicatorRow> rows = new ArrayList<>();

        Lines(AnnualStatistics s) {
            this.s = s;
        }

        void section(String key) {
            rows.add(new IndicatorRow(Texts.tr(key), "", "", "", "", "", true));
        }

        void count(String key, ToLongFunction<Indicators> value) {
            count(Texts.tr(key), value, false);
        }

        void people(String key, ToLongFunction<Indicators> value) {
            count(Texts.tr(key), value, true);
        }

        void count(String name, ToLongFunction<Indicators> value, boolean people) {
            BigDecimal now = BigDecimal.valueOf(value.applyAsLong(s.current()));
            BigDecimal before = BigDecimal.valueOf(value.applyAsLong(s.previous()));
            add(name, Texts.tr(people ? "stats.unit.people" : "stats.unit.cases"), now, before, rate(now, before));
        }

        void money(String key, Function<Indicators, BigDecimal> yuan) {
            BigDecimal now = Indicators.tenThousand(yuan.apply(s.current()));
            BigDecimal before = Indicators.tenThousand(yuan.apply(s.previous()));
            add(Texts.tr(key), Texts.tr("stats.unit.tenThousand"), now, before,
                    rate(yuan.apply(s.current()), yuan.apply(s.previous())));
        }

        /** A rate: its change in percentage points, no change rate. */
        void percent(String key, Function<Indicators, BigDecimal> value) {
            BigDecimal now = value.apply(s.current());
            BigDecimal before = value.apply(s.previous());
            String none = Texts.tr("statsPage.none");
            rows.add(new IndicatorRow(Texts.tr(key), Texts.tr("stats.unit.percent"),
                    now == null ? none : now.toPlainString(), before == null ? none : before.toPlainString(),
                    now == null || before == null ? none : signed(now.subtract(before)), none, false));
        }

        private void add(String name, String unit, BigDecimal now, BigDecimal before, String rate) {
            rows.add(new IndicatorRow(name, unit, now.toPlainString(), before.toPlainString(),
                    signed(now.subtract(before)), rate, false));
        }
    }
}
