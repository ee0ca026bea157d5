package org.zhifa.workstation.ui.support;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.party.PartyKind;

/** The demo township in a fresh data directory, and facts about it that tests pick their keywords from. */
public final class DemoData {
    private DemoData() {
    }

    /** Opens a workstation on {@code dir} and loads the demo township. */
    public static Workstation open(Path dir) {
        Workstation ws = Workstation.open(dir);
        try {
            ws.demoLoader().load();
            return ws;
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /** True when the text contains a CJK ideograph. */
    public static boolean isChinese(String text) {
        return text != null && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** True when the keyword matches the row the way the case service matches it. */
    public static boolean matches(CaseSummary row, String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        return row.caseNo().toLowerCase(Locale.ROOT).startsWith(k) || contains(row.cause(), k) || contains(row.partyName(), k)
                || contains(row.matterName(), k) || contains(row.area(), k);
    }

    private static boolean contains(String value, String keyword) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(keyword);
    }

    /** A surname (first character of an individual party) that several but not all cases match. */
    public static String sharedSurname(Workstation ws) {
        List<CaseSummary> all = ws.cases().list(CaseQuery.all());
        Map<String, Long> bySurname = all.stream()
                .filter(r -> r.partyKind() == PartyKind.INDIVIDUAL && isChinese(r.partyName()))
                .collect(Collectors.groupingBy(r -> r.partyName().substring(0, 1), Collectors.counting()));
        return bySurname.entrySet().stream()
                .filter(e -> ws.cases().count(CaseQuery.all().withKeyword(e.getKey())) < all.size())
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new AssertionError("the demo data has no individual party with a Chinese name"));
    }

    /** A case whose party name matches only a few cases (the fewest), to search for it. */
    public static CaseSummary caseWithDistinctParty(Workstation ws) {
        List<CaseSummary> all = ws.cases().list(CaseQuery.all());
        Function<CaseSummary, Integer> hits = r -> ws.cases().count(CaseQuery.all().withKeyword(r.partyName()));
        return all.stream()
                .filter(r -> isChinese(r.partyName()))
                .min(Comparator.comparing(hits).thenComparing(CaseSummary::caseNo))
                .orElseThrow(() -> new AssertionError("the demo data has no party with a Chinese name"));
    }
}
