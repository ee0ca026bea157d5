package org.zhifa.workstation.review.checks;

import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.text.Texts;

/** How a finding names its place: an action and its date, a part of the case header, or a document's field. */
final class Places {
    private Places() {
    }

    /** "询问/检查笔录（2025-03-04）". */
    static String action(CaseAction a) {
        return Texts.tr("review.place.action", Texts.label(a.type()), a.date());
    }

    /** "案件信息：当事人". */
    static String header(String part) {
        return Texts.tr("review.place.header", part);
    }

    /** "行政处罚决定书（八都镇综执罚决〔2025〕3号）：罚款金额". */
    static String document(DocumentText d, String field) {
        String title = d.title() == null || d.title().isBlank() ? d.docType() : d.title();
        return d.number() == null || d.number().isBlank()
                ? Texts.tr("review.place.document", title, field)
                : Texts.tr("review.place.documentNumbered", title, d.number(), field);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
