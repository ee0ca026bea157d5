package org.zhifa.workstation.domain.cases;

import java.util.Set;

/**
 * A filter for the case list: keyword (case number, cause, party name or matter name), states, sorting, paging.
 * An empty state set means every state.
 */
public record CaseQuery(String keyword, Set<CaseState> states, CaseSort sort, boolean descending, int offset, int limit) {

    public CaseQuery {
        keyword = keyword == null ? "" : keyword.strip();
        states = states == null ? Set.of() : Set.copyOf(states);
        sort = sort == null ? CaseSort.DISCOVERED_ON : sort;
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit > 0");
        }
    }

    public static CaseQuery all() {
        return new CaseQuery("", Set.of(), CaseSort.DISCOVERED_ON, true, 0, 10_000);
    }

    public CaseQuery withKeyword(String newKeyword) {
        return new CaseQuery(newKeyword, states, sort, descending, offset, limit);
    }

    public CaseQuery withStates(Set<CaseState> newStates) {
        return new CaseQuery(keyword, newStates, sort, descending, offset, limit);
    }

    public CaseQuery withSort(CaseSort newSort, boolean newDescending) {
        return new CaseQuery(keyword, states, newSort, newDescending, offset, limit);
    }
}
