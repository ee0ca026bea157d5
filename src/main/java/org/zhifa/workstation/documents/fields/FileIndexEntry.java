package org.zhifa.workstation.documents.fields;

import java.time.LocalDate;

/**
 * One line of the 卷内目录.
 *
 * @param title     the document's name (行政处罚决定书, 询问笔录（余建明）…)
 * @param number    its 文号, or null/blank when it has none
 * @param date      its date, or null
 * @param firstPage the first page number in the 卷宗
 * @param lastPage  the last page number (≥ firstPage)
 * @param remark    a remark (备注), or null
 */
public record FileIndexEntry(String title, String number, LocalDate date, int firstPage, int lastPage, String remark) {
    public FileIndexEntry {
        if (firstPage < 1 || lastPage < firstPage) {
            throw new IllegalArgumentException("bad page range " + firstPage + "-" + lastPage);
        }
    }
}
