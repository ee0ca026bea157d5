package org.zhifa.workstation.documents.template;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small DOM helpers over WordprocessingML (the live DOM view POI's XmlBeans objects give through
 * {@code getDomNode()}). Reading and editing at this level works for every element, whatever the schema classes of
 * poi-ooxml-lite happen to contain.
 */
public final class WordXml {
    /** The WordprocessingML main namespace. */
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";

    private WordXml() {
    }

    /** Whether the node is the w: element with this local name. */
    public static boolean is(Node n, String localName) {
        return n instanceof Element && W.equals(n.getNamespaceURI()) && localName.equals(n.getLocalName());
    }

    /** The element children of a node, in order (a copy: safe to edit the node while iterating). */
    public static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The w: element children with this local name. */
    public static List<Element> children(Node parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, localName)) {
                out.add((Element) c);
            }
        }
        return out;
    }

    /** The first w: child with this local name, or null. */
    public static Element child(Node parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, localName)) {
                return (Element) c;
            }
        }
        return null;
    }

    /** Follows a path of w: child names; null when a step is missing. */
    public static Element path(Node start, String... names) {
        Node n = start;
        for (String name : names) {
            n = child(n, name);
            if (n == null) {
                return null;
            }
        }
        return (Element) n;
    }

    /** Every w: descendant with this local name, in document order. */
    public static List<Element> descendants(Node root, String localName) {
        List<Element> out = new ArrayList<>();
        collect(root, localName, out);
        return out;
    }

    private static void collect(Node n, String localName, List<Element> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                if (is(e, localName)) {
                    out.add(e);
                }
                collect(e, localName, out);
            }
        }
    }

    /** The w:val (or another w: attribute) of an element; null when absent. */
    public static String attr(Element e, String localName) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, localName);
        if (v == null || v.isEmpty()) {
            return e.hasAttributeNS(W, localName) ? v : null;
        }
        return v;
    }

    public static String val(Element e) {
        return attr(e, "val");
    }

    /** An integer attribute (twips, half-points …); the default when absent or not a number. */
    public static int intAttr(Element e, String localName, int dflt) {
        String v = attr(e, localName);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return (int) Math.round(Double.parseDouble(v.strip()));
        } catch (NumberFormatException ex) {
            return dflt;
        }
    }

    /** A toggle property such as w:b: present and not "0"/"false"/"off". Null when the element is absent. */
    public static Boolean toggle(Element props, String localName) {
        Element e = child(props, localName);
        if (e == null) {
            return null;
        }
        String v = val(e);
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    /** The nearest ancestor w:p of a node (not the node itself), or null. */
    public static Element enclosingParagraph(Node n) {
        for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
            if (is(p, "p")) {
                return (Element) p;
            }
        }
        return null;
    }

    /**
     * The w:t elements that belong to a paragraph (through runs, hyperlinks, simple fields, smart tags, insertions,
     * content controls), in order; text of paragraphs nested inside it (text boxes) is not included.
     */
    public static List<Element> texts(Element paragraph) {
        List<Element> out = new ArrayList<>();
        collectTexts(paragraph, out);
        return out;
    }

    private static void collectTexts(Node n, List<Element> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            if (is(e, "p") || is(e, "pPr") || is(e, "rPr") || is(e, "del") || is(e, "instrText")) {
                continue;
            }
            if (is(e, "t")) {
                out.add(e);
            } else {
                collectTexts(e, out);
            }
        }
    }

    /** The visible text of a paragraph: its w:t elements joined. */
    public static String paragraphText(Element paragraph) {
        StringBuilder sb = new StringBuilder();
        for (Element t : texts(paragraph)) {
            sb.append(text(t));
        }
        return sb.toString();
    }

    /** A new w: element in the node's document. */
    public static Element create(Node near, String localName) {
        return near.getOwnerDocument().createElementNS(W, "w:" + localName);
    }

    /**
     * The text content of a node (its text descendants joined). XmlBeans' DOM has no DOM Level 3, so
     * {@code getTextContent} cannot be used.
     */
    public static String text(Node n) {
        StringBuilder sb = new StringBuilder();
        appendText(n, sb);
        return sb.toString();
    }

    private static void appendText(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            short type = c.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            } else if (type == Node.ELEMENT_NODE) {
                appendText(c, sb);
            }
        }
    }

    /** Sets the text of a w:t, preserving spaces. */
    public static void setText(Element t, String text) {
        while (t.getFirstChild() != null) {
            t.removeChild(t.getFirstChild());
        }
        if (!text.isEmpty()) {
            t.appendChild(t.getOwnerDocument().createTextNode(text));
        }
        t.setAttributeNS(XML, "xml:space", "preserve");
    }
}
