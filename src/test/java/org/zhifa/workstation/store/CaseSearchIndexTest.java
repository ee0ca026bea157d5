package org.zhifa.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.sample.DemoTownshipLoader;

/**
 * The candidates of the character-pair index always include every case whose 案由 or party name contains the keyword,
 * down to tiny limits that force the intersection of several pairs; and the per-gram counts are the rows' counts.
 */
class CaseSearchIndexTest {
    @TempDir
    Path dir;

    private record Row(long id, String cause, String party) {
        boolean matches(String k) {
            String lower = k.toLowerCase(Locale.ROOT);
            return cause.toLowerCase(Locale.ROOT).contains(lower)
                    || (party != null && party.toLowerCase(Locale.ROOT).contains(lower));
        }
    }

    @Test
    void candidatesIncludeEveryMatchAtAnyLimit() {
        try (Database db = Database.open(dir)) {
            Stores stores = Stores.over(db);
            new DemoTownshipLoader(stores, new CaseService(stores).importer(), o -> { }).load();
            List<Row> rows = db.read(tx -> tx.dsl().fetch("SELECT c.id, c.cause, p.name FROM case_file c "
                    + "LEFT JOIN party p ON p.id = c.party_id").map(r -> new Row(r.get(0, Long.class), r.get(1, String.class),
                    r.get(2, String.class))));
            Set<String> keywords = new LinkedHashSet<>(List.of("不存在", "案", "z"));
            for (Row r : rows) {
                keywords.add(r.cause());
                keywords.add(r.cause().substring(0, Math.min(4, r.cause().length())));
                keywords.add(r.cause().substring(r.cause().length() / 2));
                if (r.party() != null) {
                    keywords.add(r.party());
                    keywords.add(r.party().substring(0, 1));
                }
            }
            int intersected = 0;
            for (String k : keywords) {
                Set<Long> expected = new LinkedHashSet<>();
                rows.stream().filter(r -> r.matches(k)).forEach(r -> expected.add(r.id()));
                for (int limit : new int[] {2, 3, 5, 1000}) {
                    int l = limit;
                    Optional<List<Long>> found = db.read(tx -> CaseSearchIndex.candidates(tx.dsl(), k, l));
                    if (found.isPresent()) {
                        assertThat(found.get()).as("%s at %d", k, limit).containsAll(expected).hasSizeLessThan(limit);
                        intersected += limit < 5 && k.length() > 2 && expected.size() > 0 ? 1 : 0;
                    } else {
                        assertThat(limit).as("%s: only a small limit may give up", k).isLessThan(1000);
                    }
                }
            }
            assertThat(intersected).as("the intersection path was taken").isPositive();

            Map<Long, Long> counted = new HashMap<>();
            rows.forEach(r -> CaseSearchIndex.grams(r.cause(), r.party()).forEach(g -> counted.merge(g, 1L, Long::sum)));
            Map<Long, Long> stored = db.read(tx -> tx.dsl().fetch("SELECT gram, cases FROM case_search_gram")
                    .intoMap(r -> r.get(0, Long.class), r -> r.get(1, Long.class)));
            assertThat(stored).isEqualTo(counted);
        }
    }
}
