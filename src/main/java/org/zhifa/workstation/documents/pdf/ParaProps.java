package org.zhifa.workstation.documents.pdf;

import org.w3c.dom.Element;
import org.zhifa.workstation.documents.template.WordXml;

/** Effective paragraph properties (twips unless noted), merged from the layers of pPr elements. */
final class ParaProps implements Cloneable {
    String jc;
    Integer indLeft;
    Integer indRight;
    Integer indFirstLine;
    Integer indHanging;
    /** Hundredths of a character. */
    Integer firstLineChars;
    Integer leftChars;
    Integer rightChars;
    Integer hangingChars;
    Integer before;
    Integer after;
    /** Hundredths of a line. */
    Integer beforeLines;
    Integer afterLines;
    Integer line;
    String lineRule;
    boolean pageBreakBefore;
    boolean keepNext;
    boolean snapToGrid = true;

    ParaProps merge(Element pPr) {
        if (pPr == null) {
            return this;
        }
        Element j = WordXml.child(pPr, "jc");
        if (j != null && WordXml.val(j) != null) {
            jc = WordXml.val(j);
        }
        Element ind = WordXml.child(pPr, "ind");
        if (ind != null) {
            indLeft = firstInt(ind, indLeft, "left", "start");
            indRight = firstInt(ind, indRight, "right", "end");
            Integer fl = intOrNull(ind, "firstLine");
            Integer hg = intOrNull(ind, "hanging");
            if (fl != null || hg != null) {
                indFirstLine = fl;
                indHanging = hg;
            }
            Integer flc = intOrNull(ind, "firstLineChars");
            Integer hgc = intOrNull(ind, "hangingChars");
            if (flc != null || hgc != null) {
                firstLineChars = flc;
                hangingChars = hgc;
            }
            leftChars = firstInt(ind, leftChars, "leftChars", "startChars");
            rightChars = firstInt(ind, rightChars, "rightChars", "endChars");
        }
        Element sp = WordXml.child(pPr, "spacing");
        if (sp != null) {
            before = firstInt(sp, before, "before");
            after = firstInt(sp, after, "after");
            beforeLines = firstInt(sp, beforeLines, "beforeLines");
            afterLines = firstInt(sp, afterLines, "afterLines");
            Integer l = intOrNull(sp, "line");
            if (l != null) {
                line = l;
                String rule = WordXml.attr(sp, "lineRule");
                lineRule = rule == null ? "auto" : rule;
            }
        }
        Boolean pb = WordXml.toggle(pPr, "pageBreakBefore");
        if (pb != null) {
            pageBreakBefore = pb;
        }
        Boolean keep = WordXml.toggle(pPr, "keepNext");
        if (keep != null) {
            keepNext = keep;
        }
        Boolean snap = WordXml.toggle(pPr, "snapToGrid");
        if (snap != null) {
            snapToGrid = snap;
        }
        return this;
    }

    private static Integer intOrNull(Element e, String name) {
        String v = WordXml.attr(e, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(v.strip()));
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static Integer firstInt(Element e, Integer current, String... names) {
        for (String n : names) {
            Integer v = intOrNull(e, n);
            if (v != null) {
                return v;
            }
        }
        return current;
    }

    @Override
    public ParaProps clone() {
        try {
            return (ParaProps) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
