package org.zhifa.workstation.stats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.stats.CaseStatisticsFacts;
import org.zhifa.workstation.domain.stats.DecisionKind;
import org.zhifa.workstation.domain.stats.StatisticsSettings;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.store.StatisticsRepository;
import org.zhifa.workstation.store.StatisticsRepository.DecisionGroup;
import org.zhifa.workstation.store.StatisticsRepository.MonthFigures;
import org.zhifa.workstation.store.StatisticsRepository.StaffFigures;
import org.zhifa.workstation.store.StatisticsRepository.YearFigures;
import org.zhifa.workstation.store.Stores;

/**
 * The annual statistics (统计年报, domain.md §9) from the derived columns of {@code case_file}: a handful of SQL
 * aggregates over index ranges (both years at once), never a case loaded — except once, for rows written before the
 * derivation existed or by an older version of it, which are brought up to date first.
 *
 * <p>Counting (R39): a decision with several penalties counts once, under its heaviest type in the severity order of
 * the settings; the store groups decisions by their set of types, and the order is applied to those few groups
 * here, so a changed order needs no recomputation. 罚没金额 = the fines and confiscations decided in the year.
 * 结案率 = 结案 ÷ 立案 of the year, truncated to two decimals by default (seed 002: 1205 ÷ 1281 → 94.06 %).
 */
public final class AnnualStatisticsService {
    /** How many stale rows are refreshed per transaction. */
    private static final int REFRESH_BATCH = 500;

    private final Stores stores;
    private final StatisticsRepository repository;
    private final Supplier<StatisticsSettings> settings;
    private final Clock clock;

    public AnnualStatisticsService(Stores stores, Supplier<StatisticsSettings> settings, Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.repository = new StatisticsRepository(stores.cases());
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public AnnualStatisticsService(Stores stores) {
        this(stores, StatisticsSettings::defaults, Clock.systemDefaultZone());
    }

    /**
     * The statistics of a year for one authority (its code) or for all (null), with the year before.
     *
     * @throws StatisticsException for an unknown authority or an impossible year
     */
    public AnnualStatistics compute(int year, String authorityCode) {
        checkYear(year);
        refreshStale();
        StatisticsSettings s = settings.get();
        LocalDate today = LocalDate.now(clock);
        return stores.database().read(tx -> {
            String name;
            if (authorityCode == null) {
                name = Texts.tr("stats.allAuthorities");
            } else {
                if (!repository.authorityExists(tx, authorityCode)) {
                    throw new StatisticsException(Texts.tr("stats.error.authority", authorityCode));
                }
                name = stores.reference().authorities(tx).stream().filter(a -> a.code().equals(authorityCode))
                        .map(a -> a.name()).findFirst().orElse(authorityCode);
            }
            Map<Integer, YearFigures> figures = repository.figures(tx, authorityCode, year - 1, year);
            Indicators current = indicators(figures.get(year), staff(tx, authorityCode, year, today), s);
            Indicators previous = indicators(figures.get(year - 1), staff(tx, authorityCode, year - 1, today), s);
            return new AnnualStatistics(authorityCode, name, current, previous, s, today);
        });
    }

    /**
     * The figures by month and by matter area of a year, for one authority (its code) or all (null).
     *
     * @throws StatisticsException for an unknown authority or an impossible year
     */
    public StatisticsBreakdown breakdown(int year, String authorityCode) {
        checkYear(year);
        refreshStale();
        return stores.database().read(tx -> {
            if (authorityCode != null && !repository.authorityExists(tx, authorityCode)) {
                throw new StatisticsException(Texts.tr("stats.error.authority", authorityCode));
            }
            MonthFigures m = repository.months(tx, authorityCode, year);
            List<StatisticsBreakdown.Month> months = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                months.add(new StatisticsBreakdown.Month(i + 1, m.filed()[i], m.concluded()[i], m.decisions()[i]));
            }
            List<StatisticsBreakdown.Area> areas = repository.areas(tx, authorityCode, year).stream()
                    .map(a -> new StatisticsBreakdown.Area(a.area(), a.filed(), a.onSite())).toList();
            return new StatisticsBreakdown(year, months, areas);
        });
    }

    private static void checkYear(int year) {
        if (year < 1990 || year > 2200) {
            throw new StatisticsException(Texts.tr("stats.error.year", year));
        }
    }

    /** The XLSX 统计年报 of the statistics. */
    public byte[] workbook(AnnualStatistics statistics) {
        return StatisticsWorkbook.render(statistics);
    }

    /** The statistics as JSON (for {@code zhifa stats --json}). */
    public String toJson(AnnualStatistics statistics) {
        return StatisticsJson.write(statistics);
    }

    /** Brings rows written by an older derivation up to date; returns how many were refreshed. */
    public int refreshStale() {
        int total = 0;
        while (stores.database().read(tx -> repository.staleCount(tx)) > 0) {
            int n = stores.database().transaction(tx -> repository.refreshStale(tx, REFRESH_BATCH));
            total += n;
            if (n == 0) {
                break;
            }
        }
        return total;
    }

    private StaffFigures staff(org.zhifa.workstation.store.Tx tx, String authorityCode, int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return repository.staff(tx, authorityCode, end.isAfter(today) ? today : end);
    }

    /** The indicators of one year from its raw figures, under the settings' order and rounding. */
    static Indicators indicators(YearFigures f, StaffFigures staff, StatisticsSettings s) {
        Map<PenaltyType, Long> byType = new EnumMap<>(PenaltyType.class);
        for (PenaltyType t : PenaltyType.values()) {
            byType.put(t, 0L);
        }
        long general = 0;
        long onSite = 0;
        BigDecimal fines = BigDecimal.ZERO;
        BigDecimal confiscated = BigDecimal.ZERO;
        long noPenalty = 0;
        long firstOffense = 0;
        long lenient = 0;
        long mitigated = 0;
        for (DecisionGroup g : f.decisions()) {
            DecisionKind kind;
            try {
                kind = DecisionKind.valueOf(g.decisionKind());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (kind == DecisionKind.NO_PENALTY) {
                noPenalty += g.count();
                if (g.firstOffense()) {
                    firstOffense += g.count();
                }
                continue;
            }
            if (kind == DecisionKind.PENALTY) {
                general += g.count();
            } else {
                onSite += g.count();
            }
            PenaltyType heaviest = s.severity().heaviest(g.penaltyMask()).orElse(PenaltyType.OTHER);
            byType.merge(heaviest, g.count(), Long::sum);
            fines = fines.add(g.fines());
            confiscated = confiscated.add(g.confiscated());
            if ("LENIENT".equals(g.discretionTier())) {
                lenient += g.count();
            } else if ("MITIGATED".equals(g.discretionTier())) {
                mitigated += g.count();
            }
        }
        long passed = f.reviewsByResult().getOrDefault("APPROVE", 0L);
        long rejected = f.reviewsByResult().getOrDefault("REJECT", 0L);
        long pending = f.reviewsByResult().getOrDefault("SUPPLEMENT", 0L);
        long transfers = f.transfersByTarget().values().stream().mapToLong(Long::longValue).sum();
        long judicial = f.transfersByTarget().getOrDefault("JUDICIAL", 0L);
        return new Indicators(f.year(), f.filed(), f.concluded(),
                s.rateRounding().percent(f.concluded(), f.filed(), s.rateDecimals()), byType, general, onSite, fines,
                confiscated, noPenalty, firstOffense, lenient, mitigated,
                s.shareRounding().percent(firstOffense, f.concluded(), s.shareDecimals()),
                s.shareRounding().percent(lenient + mitigated, f.concluded(), s.shareDecimals()),
                f.hearings(), passed, rejected, pending, transfers, judicial, f.seizureCases(), f.seizureOrders(),
                f.surcharges(), f.courtEnforcements(), f.reconsiderations(), f.reconsiderationsCorrected(),
                f.litigations(), f.litigationsLost(), staff.officers(), staff.certified(),
                s.rateRounding().percent(staff.certified(), staff.officers(), s.rateDecimals()), staff.auxiliaries(),
                staff.reviewers(), staff.qualifiedReviewers());
    }

    /** The version of the derivation the statistics rely on (for the report's method note). */
    public static int factsVersion() {
        return CaseStatisticsFacts.VERSION;
    }
}
