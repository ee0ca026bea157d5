package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.CASE_SEARCH;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep2;
import org.zhifa.workstation.store.jooq.tables.records.CaseSearchRecord;

/**
 * The character-pair index of the case list's keyword search (migration V8, docs/decisions/0006-case-list-search.md):
 * every pair of neighbouring characters of a case's 案由 and party name, and each text's last character alone, as
 * {@code code(c1) * 65536 + code(c2)}. A text containing a keyword contains each of the keyword's pairs, so the cases
 * under any one pair are a superset of the matches; the list reads the smallest such set and checks it.
 */
public final class CaseSearchIndex {
    private static final long SHIFT = 65_536L;

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
                grams.add(t.charAt(i) * SHIFT + (i + 1 < t.length() ? t.charAt(i + 1) : 0));
            }
        }
        return grams;
    }

    /** Stores the grams of a newly inserted case. */
    static void index(DSLContext ctx, long caseId, String cause, String partyName) {
        Set<Long> grams = grams(cause, partyName);
        if (grams.isEmpty()) {
            return;
        }
        InsertValuesStep2<CaseSearchRecord, Long, Long> insert = ctx.insertInto(CASE_SEARCH, CASE_SEARCH.GRAM,
                CASE_SEARCH.CASE_ID);
        for (long g : grams) {
            insert = insert.values(g, caseId);
        }
        insert.execute();
    }

    /**
     * The cases whose 案由 or party name may contain the keyword: the cases of the first of the keyword's grams that has
     * fewer than {@code limit} of them; empty when every gram is that common (the keyword is then better found by
     * reading the list in order, where its matches come early).
     */
    static Optional<List<Long>> candidates(DSLContext ctx, String keyword, int limit) {
        String k = keyword.toLowerCase(Locale.ROOT);
        if (k.length() == 1) {
            long lo = k.charAt(0) * SHIFT;
            List<Long> ids = ctx.selectDistinct(CASE_SEARCH.CASE_ID).from(CASE_SEARCH)
                    .where(CASE_SEARCH.GRAM.between(lo, lo + SHIFT - 1)).limit(limit).fetch(CASE_SEARCH.CASE_ID);
            return ids.size() < limit ? Optional.of(ids) : Optional.empty();
        }
        Set<Long> tried = new LinkedHashSet<>();
        for (int i = 0; i + 1 < k.length(); i++) {
            long gram = k.charAt(i) * SHIFT + k.charAt(i + 1);
            if (!tried.add(gram)) {
                continue;
            }
            List<Long> ids = ctx.select(CASE_SEARCH.CASE_ID).from(CASE_SEARCH).where(CASE_SEARCH.GRAM.eq(gram))
                    .limit(limit).fetch(CASE_SEARCH.CASE_ID);
            if (ids.size() < limit) {
                return Optional.of(ids);
            }
        }
        return Optional.empty();
    }
}
