package org.zhifa.workstation.documents;

import org.zhifa.workstation.domain.text.Texts;

/**
 * The kinds of 文书 the workstation produces, one template each in {@code templates/} (file {@code NAME.docx}),
 * described in {@code templates/index.json} (Chinese title, archive order, procedure, 文号 code, required fields).
 * The constants are declared in the default archive order of the 卷宗 (domain.md §4); the Chinese title of a
 * constant is {@link #title()} (text key {@code documentType.NAME}, bundle documents_fields).
 */
public enum DocumentType {
    /** 卷宗封面. */
    FILE_COVER,
    /** 卷内目录. */
    FILE_INDEX,
    /** 案件来源登记表. */
    SOURCE_REGISTER,
    /** 立案审批表. */
    FILING_APPROVAL,
    /** 现场检查(勘验)笔录. */
    INSPECTION_RECORD,
    /** 询问笔录. */
    INQUIRY_RECORD,
    /** 证据材料清单 (the evidence list of the 卷宗). */
    EVIDENCE_LIST,
    /** 证据先行登记保存通知书. */
    PRESERVATION_NOTICE,
    /** 证据先行登记保存清单. */
    PRESERVATION_LIST,
    /** 先行登记保存证据处理决定书. */
    PRESERVATION_DECISION,
    /** 责令(限期)改正通知书. */
    CORRECTION_NOTICE,
    /** 案件调查终结报告. */
    INVESTIGATION_REPORT,
    /** 法制审核送审表. */
    REVIEW_SUBMISSION,
    /** 法制审核意见书. */
    REVIEW_OPINION,
    /** 集体讨论记录. */
    DELIBERATION_RECORD,
    /** 行政处罚事先告知书. */
    ADVANCE_NOTICE,
    /** 陈述申辩笔录. */
    REPRESENTATION_RECORD,
    /** 听证通知书. */
    HEARING_NOTICE,
    /** 听证笔录. */
    HEARING_RECORD,
    /** 行政处罚决定审批表. */
    DECISION_APPROVAL,
    /** 行政处罚决定书. */
    DECISION,
    /** 不予行政处罚决定书. */
    NO_PENALTY_DECISION,
    /** 当场行政处罚决定书 (简易程序; pre-printed serial, no 文号). */
    ON_SITE_DECISION,
    /** 送达回证. */
    SERVICE_RECEIPT,
    /** 催告书. */
    URGING_NOTICE,
    /** 结案审批表. */
    CLOSURE_APPROVAL,
    /** 备考表. */
    FILE_NOTE;

    /** The Chinese title (行政处罚决定书), the same as the "title" of templates/index.json. */
    public String title() {
        return Texts.tr("documentType." + name());
    }

    /** The template file name inside {@code templates/}: {@code NAME.docx}. */
    public String templateFile() {
        return name() + ".docx";
    }
}
