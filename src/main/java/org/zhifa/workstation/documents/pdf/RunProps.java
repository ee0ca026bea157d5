package org.zhifa.workstation.documents.pdf;

import org.w3c.dom.Element;
import org.zhifa.workstation.documents.template.WordXml;

/** Effective run properties, merged from the layers of rPr elements (later layers win). */
final class RunProps implements Cloneable {
    String eastAsiaFont;
    String asciiFont;
    float size = 10.5f;
    boolean bold;
    boolean italic;
    boolean underline;
    boolean strike;
    boolean hidden;
    String color;
    String vertAlign;

    RunProps merge(Element rPr) {
        if (rPr == null) {
            return this;
        }
        Element fonts = WordXml.child(rPr, "rFonts");
        if (fonts != null) {
            String ea = WordXml.attr(fonts, "eastAsia");
            String ascii = WordXml.attr(fonts, "ascii");
            String hAnsi = WordXml.attr(fonts, "hAnsi");
            if (ea != null) {
                eastAsiaFont = ea;
            }
            if (ascii != null) {
                asciiFont = ascii;
            } else if (hAnsi != null) {
                asciiFont = hAnsi;
            }
        }
        Element sz = WordXml.child(rPr, "sz");
        if (sz != null && WordXml.val(sz) != null) {
            try {
                size = Float.parseFloat(WordXml.val(sz)) / 2f;
            } catch (NumberFormatException e) {
                // keep the inherited size
            }
        }
        Boolean b = WordXml.toggle(rPr, "b");
        if (b != null) {
            bold = b;
        }
        Boolean i = WordXml.toggle(rPr, "i");
        if (i != null) {
            italic = i;
        }
        Element u = WordXml.child(rPr, "u");
        if (u != null) {
            String v = WordXml.val(u);
            underline = v == null || !"none".equals(v);
        }
        Boolean s = WordXml.toggle(rPr, "strike");
        if (s != null) {
            strike = s;
        }
        Boolean h = WordXml.toggle(rPr, "vanish");
        if (h != null) {
            hidden = h;
        }
        Element c = WordXml.child(rPr, "color");
        if (c != null && WordXml.val(c) != null) {
            color = WordXml.val(c);
        }
        Element va = WordXml.child(rPr, "vertAlign");
        if (va != null) {
            vertAlign = WordXml.val(va);
        }
        return this;
    }

    /** The font name used to choose the face: the East-Asian font, else the Latin one. */
    String fontName() {
        return eastAsiaFont != null ? eastAsiaFont : asciiFont;
    }

    @Override
    public RunProps clone() {
        try {
            return (RunProps) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
