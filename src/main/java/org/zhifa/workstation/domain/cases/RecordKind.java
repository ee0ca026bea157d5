package org.zhifa.workstation.domain.cases;

/** 笔录 kinds of the investigation. */
public enum RecordKind {
    INSPECTION, INQUIRY
}
