package org.zhifa.workstation.review;

/** The two layers of the 案卷评查 rubric (domain.md §6): veto items, and the scored 卷面 and 内容 parts. */
public enum RubricLayer {
    /** 否决项: any finding makes the file 不合格, whatever the score. */
    VETO,
    /** 卷面 (20 points by default): binding, order, numbers, amounts, the party's data, records. */
    FORM,
    /** 内容 (80 points by default): authority, facts, evidence, procedure, law, discretion, documents. */
    CONTENT
}
