package org.zhifa.workstation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseSort;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.store.CaseSearchIndex;
import org.zhifa.workstation.store.Database;

/**
 * The case list's keyword and state filters (ADR 0006) give exactly the rows of a plain filter over the whole list,
 * in the same order, whichever path (character-pair index, case-number index, reading in order, per-state merge)
 * the store takes.
 */
class CaseListSearchTest {
    @TempDir
    Path dataDir;

    private static boolean matches(CaseSummary r, String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        return r.caseNo().toLowerCase(Locale.ROOT).startsWith(k) || contains(r.cause(), k) || contains(r.partyName(), k)
                || contains(r.matterName(), k) || contains(r.area(), k);
    }

    private static boolean contains(String value, String k) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(k);
    }

    @Test
    void filteredPagesEqualAPlainFilterOfTheWholeList() {
        try (Workstation ws = Workstation.open(dataDir)) {
            ws.demoLoader().load();
            CaseService cases = ws.cases();
            List<CaseSummary> all = cases.list(CaseQuery.all());
            assertThat(all).hasSizeGreaterThan(10);
            Set<String> keywords = new LinkedHashSet<>(List.of("不存在的关键字", "x", "", "八都", "badu", "2025"));
            for (CaseSummary r : all) {
                keywords.add(r.caseNo());
                keywords.add(r.caseNo().substring(0, r.caseNo().length() - 2).toLowerCase(Locale.ROOT));
                keywords.add(r.partyName());
                keywords.add(r.partyName().substring(0, 1));
                keywords.add(r.cause().substring(Math.min(2, r.cause().length() - 1)));
                if (r.area() != null) {
                    keywords.add(r.area());
                }
            }
            List<Set<CaseState>> stateSets = new ArrayList<>();
            stateSets.add(Set.of());
            all.stream().map(CaseSummary::state).distinct().forEach(s -> stateSets.add(Set.of(s)));
            stateSets.add(EnumSet.of(CaseState.CLOSED, CaseState.DECIDED, CaseState.INVESTIGATING));
            stateSets.add(EnumSet.allOf(CaseState.class));
            int nonEmpty = 0;
            for (String keyword : keywords) {
                for (Set<CaseState> states : stateSets) {
                    List<CaseSummary> expected = all.stream()
                            .filter(r -> keyword.isBlank() || matches(r, keyword.strip()))
                            .filter(r -> states.isEmpty() || states.contains(r.state())).toList();
                    CaseQuery q = CaseQuery.all().withKeyword(keyword).withStates(states);
                    assertThat(cases.list(q)).as("%s %s", keyword, states).isEqualTo(expected);
                    assertThat(cases.count(q)).as("count %s %s", keyword, states).isEqualTo(expected.size());
                    CaseQuery secondPage = new CaseQuery(keyword, states, CaseSort.DISCOVERED_ON, true, 2, 3);
                    assertThat(cases.list(secondPage)).as("page %s %s", keyword, states)
                            .isEqualTo(expected.subList(Math.min(2, expected.size()), Math.min(5, expected.size())));
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
            assertThat(nonEmpty).isGreaterThan(keywords.size());
        }
    }

    @Test
    void theMigrationFillsTheSameGramsAsTheStore() throws Exception {
        try (Workstation ws = Workstation.open(dataDir)) {
            ws.demoLoader().load();
        }
        String url = "jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            Set<Long> stored = keys(st);
            Set<Long> computed = new TreeSet<>();
            try (ResultSet rs = st.executeQuery("SELECT c.id, c.cause, p.name FROM case_file c LEFT JOIN party p ON p.id = c.party_id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    CaseSearchIndex.grams(rs.getString(2), rs.getString(3)).forEach(g -> computed.add(CaseSearchIndex.key(g, id)));
                }
            }
            assertThat(stored).isEqualTo(computed).isNotEmpty();

            Set<String> counts = counts(st);
            st.execute("DELETE FROM case_search");
            st.execute("DELETE FROM case_search_gram");
            for (String statement : backfillStatements()) {
                st.execute(statement);
            }
            assertThat(keys(st)).isEqualTo(stored);
            assertThat(counts(st)).isEqualTo(counts).isNotEmpty();
        }
    }

    private static Set<Long> keys(Statement st) throws Exception {
        Set<Long> keys = new TreeSet<>();
        try (ResultSet rs = st.executeQuery("SELECT gram_case FROM case_search")) {
            while (rs.next()) {
                keys.add(rs.getLong(1));
            }
        }
        return keys;
    }

    private static Set<String> counts(Statement st) throws Exception {
        Set<String> counts = new TreeSet<>();
        try (ResultSet rs = st.executeQuery("SELECT gram, cases FROM case_search_gram")) {
            while (rs.next()) {
                counts.add(rs.getLong(1) + ":" + rs.getLong(2));
            }
        }
        return counts;
    }

    /** The migration's statements that fill the tables, in order. */
    private static List<String> backfillStatements() throws Exception {
        try (InputStream in = CaseListSearchTest.class.getResourceAsStream("/db/migration/V8__case_search.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Stream.of(sql.split(";")).filter(s -> s.contains("INSERT INTO"))
                    .map(s -> s.substring(s.indexOf("INSERT INTO"))).toList();
        }
    }
}
