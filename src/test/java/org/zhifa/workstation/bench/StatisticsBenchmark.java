package org.zhifa.workstation.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseSort;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.stats.AnnualStatistics;
import org.zhifa.workstation.stats.AnnualStatisticsService;
import org.zhifa.workstation.stats.PublicDisclosureService;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;

/**
 * Times the annual statistics and the case list on a data directory written by {@link GenerateCases}: each operation
 * runs {@code WARMUP} times unmeasured, then {@code RUNS} times; the minimum, median and maximum are printed. The
 * database is opened the way the program opens it ({@link Database#open}, the production URL and settings).
 *
 * <pre>
 *   java ... org.zhifa.workstation.bench.StatisticsBenchmark DATA_DIR [YEAR=2025] [RUNS=7]
 * </pre>
 */
public final class StatisticsBenchmark {
    private static final int WARMUP = 2;
    private static final long SLOW_MS = 5_000;

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-data");
        int year = args.length > 1 ? Integer.parseInt(args[1]) : 2025;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        long open0 = System.nanoTime();
        try (Database db = Database.open(dir)) {
            System.out.printf("open (Flyway validate) %d ms%n", (System.nanoTime() - open0) / 1_000_000);
            Stores stores = Stores.over(db);
            AnnualStatisticsService stats = new AnnualStatisticsService(stores);
            CaseService cases = new CaseService(stores);
            int total = cases.count(CaseQuery.all());
            System.out.printf("cases in the store: %,d%n", total);

            AnnualStatistics s = stats.compute(year, null);
            System.out.printf("year %d: filed %,d, concluded %,d, decisions %,d, 罚没 %s 万元; year before: filed %,d%n", year,
                    s.current().filed(), s.current().concluded(), s.current().decisions(), s.current().amountTenThousand(),
                    s.previous().filed());

            time("annual statistics, all authorities (" + year + " and " + (year - 1) + ")", runs,
                    () -> stats.compute(year, null));
            time("annual statistics, one authority (BADU)", runs, () -> stats.compute(year, "BADU"));
            time("annual statistics + XLSX", runs, () -> stats.workbook(stats.compute(year, null)));

            time("charts: by month and by matter area (" + year + ")", runs, () -> stats.breakdown(year, null));

            CaseQuery page = new CaseQuery("", Set.of(), CaseSort.DISCOVERED_ON, true, 0, 50);
            CaseSummary newest = cases.list(page.withKeyword("BN-" + year)).getFirst();
            String name = newest.partyName();
            String prefix = newest.caseNo().substring(0, newest.caseNo().length() - 3);
            System.out.printf("keywords from the newest generated case: full name %s, case-number prefix %s%n", name, prefix);
            time("case list, first page (newest first, limit 50)", runs, () -> cases.list(page));
            time("case list, state CLOSED (limit 50)", runs, () -> cases.list(page.withStates(Set.of(CaseState.CLOSED))));
            time("case list, state HEARING (rare; limit 50)", runs, () -> cases.list(page.withStates(Set.of(CaseState.HEARING))));
            time("case list, states CLOSED + DECIDED + EXECUTED", runs, () -> cases.list(
                    page.withStates(Set.of(CaseState.CLOSED, CaseState.DECIDED, CaseState.EXECUTED))));
            time("case list, page 100 (offset 4950)", runs,
                    () -> cases.list(new CaseQuery("", Set.of(), CaseSort.DISCOVERED_ON, true, 4950, 50)));
            time("case list, page 100 of state CLOSED", runs,
                    () -> cases.list(new CaseQuery("", Set.of(CaseState.CLOSED), CaseSort.DISCOVERED_ON, true, 4950, 50)));
            time("case list, keyword = a case number (no match)", runs, () -> cases.list(page.withKeyword("BN-2023-0500000x")));
            time("case list, keyword = a case number", runs, () -> cases.list(page.withKeyword(newest.caseNo())));
            time("case list, keyword = a case-number prefix (" + prefix + ")", runs,
                    () -> cases.list(page.withKeyword(prefix)));
            time("case list, keyword = a full name (" + name + ")", runs, () -> cases.list(page.withKeyword(name)));
            time("case list, keyword = an organisation (龙泉市八都镇萧记五金店)", runs,
                    () -> cases.list(page.withKeyword("龙泉市八都镇萧记五金店")));
            time("case list, keyword = part of a name (张记建材)", runs, () -> cases.list(page.withKeyword("张记建材")));
            time("case list, keyword = a surname (张)", runs, () -> cases.list(page.withKeyword("张")));
            time("case list, keyword = a rare character (萧)", runs, () -> cases.list(page.withKeyword("萧")));
            time("case list, keyword = a full name (absent)", runs, () -> cases.list(page.withKeyword("张不存在")));
            time("case list, keyword = a matter area (市容)", runs, () -> cases.list(page.withKeyword("市容")));
            time("case list, keyword 张 + state CLOSED", runs,
                    () -> cases.list(page.withKeyword("张").withStates(Set.of(CaseState.CLOSED))));
            time("case list, full name + state CLOSED", runs,
                    () -> cases.list(page.withKeyword(name).withStates(Set.of(CaseState.CLOSED))));
            time("case count, all (the list's total)", runs, () -> cases.count(CaseQuery.all()));
            time("case count, state CLOSED", runs, () -> cases.count(page.withStates(Set.of(CaseState.CLOSED))));
            time("case count, full name", runs, () -> cases.count(page.withKeyword(name)));
            time("case count, keyword 张", runs, () -> cases.count(page.withKeyword("张")));
            time("case list, sort by party name", runs, () -> cases.list(page.withSort(CaseSort.PARTY_NAME, false)));

            PublicDisclosureService disclosure = new PublicDisclosureService(stores);
            time("公示 register (all unpublished decisions)", Math.min(runs, 3),
                    () -> disclosure.register(java.time.LocalDate.of(year, 12, 31), null));
        }
    }

    /**
     * Runs the work {@link #WARMUP} times, then {@code runs} times, and prints min / median / max. A query slower than
     * {@link #SLOW_MS} in its first run is run once only (and says so): minutes per run are not worth repeating.
     */
    private static void time(String label, int runs, Supplier<?> work) {
        long first = System.nanoTime();
        Object last = work.get();
        long firstMs = (System.nanoTime() - first) / 1_000_000;
        if (firstMs > SLOW_MS) {
            System.out.printf("%-58s single run %6d ms%s%n", label, firstMs, size(last));
            return;
        }
        for (int i = 1; i < WARMUP; i++) {
            work.get();
        }
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            last = work.get();
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        Collections.sort(ms);
        System.out.printf("%-58s min %6d ms  median %6d ms  max %6d ms%s%n", label, ms.getFirst(), ms.get(ms.size() / 2),
                ms.getLast(), size(last));
    }

    private static String size(Object result) {
        return result instanceof List<?> l ? " (" + l.size() + " rows)" : "";
    }
}
