package org.zhifa.workstation.documents.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.zhifa.workstation.documents.DocumentException;
import org.zhifa.workstation.documents.DocumentException.Reason;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Fills a .docx template (templates/README.md) with {@link FieldValues}:
 * <ul>
 *   <li>{@code {{name}}} anywhere in the text of the body, tables, headers and footers is replaced by the field's
 *       text, also when Word split it across several runs; the text takes the formatting of the run where the
 *       marker starts; a line break in the value becomes a line break ({@code w:br}) in that run;</li>
 *   <li>a table row whose first cell starts with {{#each list}} is repeated for every element of the list, with
 *       {{item.field}} taken from the element; the marker is removed;</li>
 *   <li>the block between a paragraph that is exactly {{#if flag}} and a paragraph that is exactly {{/if}} is kept
 *       only when the flag is true; both marker paragraphs are removed.</li>
 * </ul>
 * A field, list or flag without a value is an error naming it and the template ({@link Reason#MISSING_FIELD}),
 * never a blank; so is a required field of the index that is missing or blank. Any marker left over is an error
 * ({@link Reason#TEMPLATE}).
 *
 * <p>The work is done on the XML of the document; the result is the bytes of the filled .docx, from which both
 * outputs (DOCX as is, PDF rendered) are made.
 */
public final class TemplateFiller {
    private static final Pattern MARKER = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final Pattern IF_START = Pattern.compile("^\\{\\{\\s*#if\\s+([A-Za-z0-9_.]+)\\s*}}$");
    private static final Pattern IF_END = Pattern.compile("^\\{\\{\\s*/if\\s*}}$");
    private static final Pattern EACH_START = Pattern.compile("^\\s*\\{\\{\\s*#each\\s+([A-Za-z0-9_.]+)\\s*}}");
    private static final String ITEM_PREFIX = "item.";

    private TemplateFiller() {
    }

    /**
     * Fills the template and returns the .docx bytes.
     *
     * @param template     the template's content (read fully, not closed)
     * @param templateName the template's file name, for messages ({@code DECISION.docx})
     * @param values       the fields, lists and flags
     * @param required     the index's required names (checked first; missing or blank → error)
     */
    public static byte[] fill(InputStream template, String templateName, FieldValues values, Collection<String> required) {
        checkRequired(templateName, values, required);
        try (XWPFDocument doc = new XWPFDocument(template)) {
            List<Element> roots = new ArrayList<>();
            roots.add((Element) doc.getDocument().getBody().getDomNode());
            for (XWPFHeader h : doc.getHeaderList()) {
                roots.add((Element) h._getHdrFtr().getDomNode());
            }
            for (XWPFFooter f : doc.getFooterList()) {
                roots.add((Element) f._getHdrFtr().getDomNode());
            }
            Filling filling = new Filling(templateName, values);
            for (Element root : roots) {
                filling.conditionals(root);
            }
            for (Element root : roots) {
                filling.repeatedRows(root);
            }
            for (Element root : roots) {
                for (Element p : WordXml.descendants(root, "p")) {
                    filling.replace(p, filling::globalValue);
                }
            }
            for (Element root : roots) {
                filling.checkNoMarkersLeft(root);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentException de) {
                throw de;
            }
            throw new DocumentException(Reason.TEMPLATE,
                    Texts.tr("doc.error.templateUnreadable", templateName, String.valueOf(e.getMessage())), e);
        }
    }

    /** Convenience: fills and opens the result for rendering. */
    public static XWPFDocument fillAndOpen(InputStream template, String templateName, FieldValues values,
                                           Collection<String> required) {
        byte[] bytes = fill(template, templateName, values, required);
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new DocumentException(Reason.OUTPUT, Texts.tr("doc.error.output", String.valueOf(e.getMessage())), e);
        }
    }

    /** Every required name must have a value; a required text field must not be blank. */
    public static void checkRequired(String templateName, FieldValues values, Collection<String> required) {
        if (required == null) {
            return;
        }
        for (String name : required) {
            boolean present = values.has(name);
            boolean blankText = values.value(name) != null && values.value(name).isBlank()
                    && values.list(name).isEmpty() && !values.flags().containsKey(name);
            if (!present || blankText) {
                throw missing(name, templateName);
            }
        }
    }

    static DocumentException missing(String field, String templateName) {
        return new DocumentException(Reason.MISSING_FIELD,
                Texts.tr("doc.error.missingField", field, templateName), field, templateName, null);
    }

    /** The state of one filling: the template's name for messages and the values. */
    private static final class Filling {
        private final String templateName;
        private final FieldValues values;

        Filling(String templateName, FieldValues values) {
            this.templateName = templateName;
            this.values = values;
        }

        // ---- {{#if flag}} … {{/if}} ------------------------------------------------------------------------

        /** Processes the conditional blocks of every container of block-level content under (and including) root. */
        void conditionals(Element root) {
            List<Element> containers = new ArrayList<>();
            containers.add(root);
            for (String name : List.of("tc", "txbxContent", "sdtContent")) {
                containers.addAll(WordXml.descendants(root, name));
            }
            for (Element container : containers) {
                if (container.getParentNode() != null || container == root) {
                    conditionalsIn(container);
                }
            }
        }

        private void conditionalsIn(Element container) {
            List<Element> kids = WordXml.children(container);
            Element openMarker = null;
            boolean keep = true;
            List<Element> toRemove = new ArrayList<>();
            for (Element e : kids) {
                if (WordXml.is(e, "p")) {
                    String text = WordXml.paragraphText(e).strip();
                    Matcher start = IF_START.matcher(text);
                    if (start.matches()) {
                        if (openMarker != null) {
                            throw template("doc.error.nestedIf", text);
                        }
                        openMarker = e;
                        String flag = start.group(1);
                        keep = values.flag(flag).orElseThrow(() -> missing(flag, templateName));
                        toRemove.add(e);
                        continue;
                    }
                    if (IF_END.matcher(text).matches()) {
                        if (openMarker == null) {
                            throw template("doc.error.strayEndIf", text);
                        }
                        openMarker = null;
                        keep = true;
                        toRemove.add(e);
                        continue;
                    }
                }
                if (openMarker != null && !keep && !WordXml.is(e, "sectPr") && !WordXml.is(e, "tcPr")) {
                    toRemove.add(e);
                }
            }
            if (openMarker != null) {
                throw template("doc.error.unclosedIf", WordXml.paragraphText(openMarker).strip());
            }
            for (Element e : toRemove) {
                keepSectionBreak(e);
                container.removeChild(e);
            }
            if (WordXml.is(container, "tc") && WordXml.children(container, "p").isEmpty()
                    && WordXml.children(container, "tbl").isEmpty()) {
                container.appendChild(WordXml.create(container, "p"));
            }
        }

        /** A removed paragraph that carries a section break hands it to the paragraph before it, if any. */
        private void keepSectionBreak(Element removed) {
            Element sect = WordXml.path(removed, "pPr", "sectPr");
            if (sect == null) {
                return;
            }
            Node prev = removed.getPreviousSibling();
            while (prev != null && !WordXml.is(prev, "p")) {
                prev = prev.getPreviousSibling();
            }
            if (prev != null) {
                Element pPr = WordXml.child(prev, "pPr");
                if (pPr == null) {
                    pPr = WordXml.create(prev, "pPr");
                    prev.insertBefore(pPr, prev.getFirstChild());
                }
                if (WordXml.child(pPr, "sectPr") == null) {
                    pPr.appendChild(sect);
                }
            }
        }

        // ---- {{#each list}} rows ------------------------------------------------------------------------------

        void repeatedRows(Element root) {
            for (Element tbl : WordXml.descendants(root, "tbl")) {
                for (Element tr : WordXml.children(tbl, "tr")) {
                    Element firstCell = WordXml.child(tr, "tc");
                    if (firstCell == null) {
                        continue;
                    }
                    String cellText = cellText(firstCell);
                    Matcher m = EACH_START.matcher(cellText);
                    if (m.find()) {
                        repeat(tbl, tr, m.group(1));
                    }
                }
            }
        }

        private static String cellText(Element tc) {
            StringBuilder sb = new StringBuilder();
            for (Element p : WordXml.children(tc, "p")) {
                sb.append(WordXml.paragraphText(p));
            }
            return sb.toString();
        }

        private void repeat(Element tbl, Element templateRow, String listName) {
            List<Map<String, String>> rows = values.list(listName).orElseThrow(() -> missing(listName, templateName));
            int index = 0;
            for (Map<String, String> element : rows) {
                index++;
                Element copy = (Element) templateRow.cloneNode(true);
                tbl.insertBefore(copy, templateRow);
                int position = index;
                for (Element p : WordXml.descendants(copy, "p")) {
                    replace(p, name -> {
                        if (name.matches("#each\\s+" + Pattern.quote(listName))) {
                            return "";
                        }
                        if (name.startsWith(ITEM_PREFIX)) {
                            String v = element.get(name.substring(ITEM_PREFIX.length()));
                            if (v == null) {
                                throw new DocumentException(Reason.MISSING_FIELD,
                                        Texts.tr("doc.error.missingItemField", name, listName, position, templateName),
                                        listName + "." + name, templateName, null);
                            }
                            return v;
                        }
                        return null; // left for the document-wide pass
                    });
                }
            }
            tbl.removeChild(templateRow);
        }

        // ---- {{field}} ----------------------------------------------------------------------------------------

        /** The value of a document-wide field; markers and item fields outside their places are template errors. */
        String globalValue(String name) {
            if (name.startsWith("#") || name.startsWith("/")) {
                throw template("doc.error.misplacedMarker", "{{" + name + "}}");
            }
            if (name.startsWith(ITEM_PREFIX)) {
                throw template("doc.error.itemOutsideRow", "{{" + name + "}}");
            }
            String v = values.value(name);
            if (v == null) {
                throw missing(name, templateName);
            }
            return v;
        }

        /**
         * Replaces the markers of one paragraph. The lookup returns the text, or null to leave the marker as it is.
         * The paragraph's text is the concatenation of its w:t elements; a marker may span several of them.
         */
        void replace(Element paragraph, Function<String, String> lookup) {
            List<Element> texts = WordXml.texts(paragraph);
            if (texts.isEmpty()) {
                return;
            }
            StringBuilder all = new StringBuilder();
            int[] starts = new int[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                starts[i] = all.length();
                all.append(WordXml.text(texts.get(i)));
            }
            if (all.indexOf("{{") < 0) {
                return;
            }
            List<int[]> spans = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher m = MARKER.matcher(all);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                names.add(m.group(1).strip());
            }
            for (int k = spans.size() - 1; k >= 0; k--) {
                String value = lookup.apply(names.get(k));
                if (value == null) {
                    continue;
                }
                int from = spans.get(k)[0];
                int to = spans.get(k)[1];
                int s = segmentOf(starts, from);
                int e = segmentOf(starts, to - 1);
                Element first = texts.get(s);
                String firstText = WordXml.text(first);
                String prefix = firstText.substring(0, from - starts[s]);
                if (s == e) {
                    String suffix = firstText.substring(to - starts[s]);
                    writeValue(first, prefix, value, suffix);
                } else {
                    writeValue(first, prefix, value, "");
                    for (int i = s + 1; i < e; i++) {
                        WordXml.setText(texts.get(i), "");
                    }
                    Element last = texts.get(e);
                    String lastText = WordXml.text(last);
                    WordXml.setText(last, lastText.substring(Math.min(lastText.length(), to - starts[e])));
                }
            }
        }

        private static int segmentOf(int[] starts, int offset) {
            int seg = 0;
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] <= offset) {
                    seg = i;
                }
            }
            // skip empty segments that start at the same offset: the owner is the last one starting there whose
            // text is long enough; starts are non-decreasing, so the last start <= offset is the owner.
            return seg;
        }

        /** Writes prefix+value+suffix into a w:t; line breaks in the value become w:br + w:t in the same run. */
        private static void writeValue(Element t, String prefix, String value, String suffix) {
            String whole = prefix + value.replace("\r\n", "\n").replace('\r', '\n') + suffix;
            String[] lines = whole.split("\n", -1);
            WordXml.setText(t, lines[0]);
            Node after = t;
            for (int i = 1; i < lines.length; i++) {
                Element br = WordXml.create(t, "br");
                Element nt = WordXml.create(t, "t");
                WordXml.setText(nt, lines[i]);
                insertAfter(br, after);
                insertAfter(nt, br);
                after = nt;
            }
        }

        private static void insertAfter(Node node, Node ref) {
            Node parent = ref.getParentNode();
            Node next = ref.getNextSibling();
            if (next == null) {
                parent.appendChild(node);
            } else {
                parent.insertBefore(node, next);
            }
        }

        void checkNoMarkersLeft(Element root) {
            for (Element p : WordXml.descendants(root, "p")) {
                String text = WordXml.paragraphText(p);
                int i = text.indexOf("{{");
                if (i >= 0) {
                    int j = text.indexOf("}}", i);
                    String marker = j > 0 ? text.substring(i, j + 2) : text.substring(i, Math.min(text.length(), i + 30));
                    throw template("doc.error.misplacedMarker", marker);
                }
            }
        }

        private DocumentException template(String key, String marker) {
            return new DocumentException(Reason.TEMPLATE, Texts.tr(key, marker, templateName), null, templateName, null);
        }
    }
}
