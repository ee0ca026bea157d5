package org.zhifa.workstation.documents.pdf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zhifa.workstation.documents.template.WordXml;

/**
 * The styles part of a document (styles.xml): document defaults and the styles by id, with their basedOn chains,
 * so that effective paragraph and run properties can be computed the way Word does: defaults → table style →
 * paragraph style → run style → direct formatting.
 */
final class WordStyles {
    private final Element defaultRPr;
    private final Element defaultPPr;
    private final Map<String, Element> styles = new HashMap<>();
    private String defaultParagraphStyle;
    private String defaultTableStyle;

    private WordStyles(Document dom) {
        Element root = dom == null ? null : dom.getDocumentElement();
        Element docDefaults = root == null ? null : WordXml.child(root, "docDefaults");
        this.defaultRPr = WordXml.path(docDefaults, "rPrDefault", "rPr");
        this.defaultPPr = WordXml.path(docDefaults, "pPrDefault", "pPr");
        if (root != null) {
            for (Element s : WordXml.children(root, "style")) {
                String id = WordXml.attr(s, "styleId");
                if (id == null) {
                    continue;
                }
                styles.put(id, s);
                boolean isDefault = "1".equals(WordXml.attr(s, "default")) || "true".equals(WordXml.attr(s, "default"));
                String type = WordXml.attr(s, "type");
                if (isDefault && "paragraph".equals(type)) {
                    defaultParagraphStyle = id;
                }
                if (isDefault && "table".equals(type)) {
                    defaultTableStyle = id;
                }
            }
        }
    }

    static WordStyles of(XWPFDocument doc) {
        XWPFStyles st = doc.getStyles();
        if (st == null || st.getPackagePart() == null) {
            return new WordStyles(null);
        }
        try (InputStream in = st.getPackagePart().getInputStream()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return new WordStyles(f.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            return new WordStyles(null);
        }
    }

    Element defaultRPr() {
        return defaultRPr;
    }

    Element defaultPPr() {
        return defaultPPr;
    }

    /** The paragraph style id of a paragraph (its pStyle, else the default paragraph style). */
    String paragraphStyleOf(Element pPr) {
        String id = WordXml.val(WordXml.child(pPr, "pStyle"));
        return id != null ? id : defaultParagraphStyle;
    }

    String tableStyleOf(Element tblPr) {
        String id = WordXml.val(WordXml.child(tblPr, "tblStyle"));
        return id != null ? id : defaultTableStyle;
    }

    /** The style and its bases, base first. */
    List<Element> chain(String styleId) {
        List<Element> out = new ArrayList<>();
        String id = styleId;
        int guard = 0;
        while (id != null && guard++ < 20) {
            Element s = styles.get(id);
            if (s == null) {
                break;
            }
            out.addFirst(s);
            id = WordXml.val(WordXml.child(s, "basedOn"));
        }
        return out;
    }

    /** The pPr elements of a style chain, base first. */
    List<Element> pPrs(String styleId) {
        List<Element> out = new ArrayList<>();
        for (Element s : chain(styleId)) {
            Element p = WordXml.child(s, "pPr");
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The rPr elements of a style chain, base first. */
    List<Element> rPrs(String styleId) {
        List<Element> out = new ArrayList<>();
        for (Element s : chain(styleId)) {
            Element r = WordXml.child(s, "rPr");
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The tblPr elements of a table style chain, base first. */
    List<Element> tblPrs(String styleId) {
        List<Element> out = new ArrayList<>();
        for (Element s : chain(styleId)) {
            Element t = WordXml.child(s, "tblPr");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The tcPr elements of a table style chain, base first. */
    List<Element> tcPrs(String styleId) {
        List<Element> out = new ArrayList<>();
        for (Element s : chain(styleId)) {
            Element t = WordXml.child(s, "tcPr");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }
}
