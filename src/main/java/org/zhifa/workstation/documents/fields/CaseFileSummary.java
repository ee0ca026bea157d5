package org.zhifa.workstation.documents.fields;

import java.util.List;

/**
 * The assembled 卷宗 as the case-file builder knows it after paginating: the 卷内目录 entries and the totals that
 * the 卷宗封面 and the 备考表 carry (R38: the ranges are contiguous and the totals equal the 备考表).
 *
 * @param entries the documents in archive order with their page ranges (cover, 目录 and 备考表 not included)
 * @param pieces  how many documents (件) the file holds
 * @param pages   how many numbered pages the file holds
 */
public record CaseFileSummary(List<FileIndexEntry> entries, int pieces, int pages) {
    public CaseFileSummary {
        entries = List.copyOf(entries);
        if (pieces < 0 || pages < 0) {
            throw new IllegalArgumentException("negative totals");
        }
    }
}
