package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.CASE_SEARCH;
import static org.zhifa.workstation.store.jooq.Tables.CASE_SEARCH_GRAM;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep1;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.zhifa.workstation.store.jooq.tables.CaseSearch;
import org.zhifa.workstation.store.jooq.tables.records.CaseSearchRecord;

/**
 * The character-pair index of the case list's keyword search (migration V8, docs/decisions/0006-case-list-search.md):
 * every pair of neighbouring characters of a case's 案由 and party name, and each text's last character alone, as
 * {@code gram = code(c1) * 65536 + code(c2)}, stored with the case id in one key {@code gram * 2^31 + id}, and the
 * number of cases per gram. A text containing a keyword contains each of the keyword's pairs: the cases of its rarest
 * pair that also have its next rarest pairs are a small superset of the matches, which the list then checks.
 */
public final class CaseSearchIndex {
    /** A rarest gram with more cases than this is not worth intersecting: the keyword's matches are common. */
    static final long INTERSECT_LIMIT = 60_000;
    /** How many further grams are checked against the rarest one. */
    private static final int CHECKED_GRAMS = 3;
    private static final long CHAR = 1L << 16;
    private static final int ID_BITS = 31;
    private static final long ID_MASK = (1L << ID_BITS) - 1;

    private CaseSearchIndex() {
    }

    /** The grams of the texts of one case (null texts are skipped), without repetition. */
    public static Set<Long> grams(String... texts) {
        Set<Long> grams = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            String t = text.toLowerCase(Locale.ROOT);
            for (int i = 0; i < t.length(); i++) {
                grams.add(t.charAt(i) * CHAR + (i + 1 < t.length() ? t.charAt(i + 1) : 0));
            }
        }
        return grams;
    }

    /** The stored key of a gram of a case. */
    public static long key(long gram, long caseId) {
        if (caseId < 0 || caseId > ID_MASK) {
            throw new StoreException("case id out of the search index's range: " + caseId);
        }
        return (gram << ID_BITS) | caseId;
    }

    /** Stores the grams of a newly inserted case and counts it under each. */
    static void index(DSLContext ctx, long caseId, String cause, String partyName) {
        Set<Long> grams = grams(cause, partyName);
        if (grams.isEmpty()) {
            return;
        }
        InsertValuesStep1<CaseSearchRecord, Long> insert = ctx.insertInto(CASE_SEARCH, CASE_SEARCH.GRAM_CASE);
        List<Query> counts = new ArrayList<>();
        for (long g : grams) {
            insert = insert.values(key(g, caseId));
            counts.add(ctx.insertInto(CASE_SEARCH_GRAM, CASE_SEARCH_GRAM.GRAM, CASE_SEARCH_GRAM.CASES).values(g, 1L)
                    .onDuplicateKeyUpdate().set(CASE_SEARCH_GRAM.CASES, CASE_SEARCH_GRAM.CASES.plus(1L)));
        }
        insert.execute();
        ctx.batch(counts).execute();
    }

    /**
     * The cases whose 案由 or party name may contain the keyword, when fewer than {@code limit}: those of its rarest
     * gram that also have its next rarest ones (for one character, those of every gram starting with it). Empty when
     * more may match: the keyword is then better found by reading the list in order, where its matches come early.
     */
    static Optional<List<Long>> candidates(DSLContext ctx, String keyword, int limit) {
        String k = keyword.toLowerCase(Locale.ROOT);
        if (k.length() == 1) {
            long first = k.charAt(0) * CHAR;
            Long cases = ctx.select(DSL.sum(CASE_SEARCH_GRAM.CASES).cast(Long.class)).from(CASE_SEARCH_GRAM)
                    .where(CASE_SEARCH_GRAM.GRAM.between(first, first + CHAR - 1)).fetchOne(0, Long.class);
            return cases == null || cases < limit ? Optional.of(ids(ctx, first, first + CHAR - 1, List.of(), limit))
                    : Optional.empty();
        }
        Set<Long> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < k.length(); i++) {
            grams.add(k.charAt(i) * CHAR + k.charAt(i + 1));
        }
        Map<Long, Long> counts = ctx.select(CASE_SEARCH_GRAM.GRAM, CASE_SEARCH_GRAM.CASES).from(CASE_SEARCH_GRAM)
                .where(CASE_SEARCH_GRAM.GRAM.in(grams)).fetchMap(CASE_SEARCH_GRAM.GRAM, CASE_SEARCH_GRAM.CASES);
        if (counts.size() < grams.size()) {
            return Optional.of(List.of()); // a pair no case has
        }
        List<Long> rarestFirst = grams.stream().sorted(Comparator.comparing(counts::get)).toList();
        long rarest = rarestFirst.getFirst();
        if (counts.get(rarest) > INTERSECT_LIMIT) {
            return Optional.empty();
        }
        List<Long> checked = rarestFirst.subList(1, Math.min(rarestFirst.size(), 1 + CHECKED_GRAMS));
        List<Long> ids = ids(ctx, rarest, rarest, counts.get(rarest) < limit ? List.of() : checked, limit);
        return ids.size() < limit ? Optional.of(ids) : Optional.empty();
    }

    /** Up to {@code limit} distinct cases under the grams {@code first}..{@code last} that have every checked gram. */
    private static List<Long> ids(DSLContext ctx, long first, long last, List<Long> checked, int limit) {
        Condition c = CASE_SEARCH.GRAM_CASE.between(first << ID_BITS, (last << ID_BITS) | ID_MASK);
        for (int i = 0; i < checked.size(); i++) {
            CaseSearch other = CASE_SEARCH.as("g" + i);
            // the same case under the other gram: the key moved by the difference of the grams
            c = c.and(DSL.exists(DSL.selectOne().from(other).where(other.GRAM_CASE.eq(
                    CASE_SEARCH.GRAM_CASE.plus((checked.get(i) - first) << ID_BITS)))));
        }
        Set<Long> ids = new LinkedHashSet<>();
        long from = first << ID_BITS;
        // a range of several grams may list a case more than once: read on until the limit of distinct cases
        while (ids.size() < limit) {
            List<Long> keys = ctx.select(CASE_SEARCH.GRAM_CASE).from(CASE_SEARCH)
                    .where(c).and(CASE_SEARCH.GRAM_CASE.ge(from))
                    .orderBy(CASE_SEARCH.GRAM_CASE).limit(limit).fetch(CASE_SEARCH.GRAM_CASE);
            keys.forEach(key -> ids.add(key & ID_MASK));
            if (keys.size() < limit) {
                break;
            }
            from = keys.getLast() + 1;
        }
        return List.copyOf(ids);
    }
}
