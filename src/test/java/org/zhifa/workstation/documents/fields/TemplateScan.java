package org.zhifa.workstation.documents.fields;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * What a template uses, read with POI: its {{fields}} (those outside {{#if}} blocks are required), the lists of
 * its {{#each}} rows with their {{item.x}} fields, and its {{#if}} flags. Markers must follow the syntax of
 * templates/README.md; anything else (an unknown marker, an unclosed block, an {{#each}} not at the start of a
 * row's first cell) is reported in {@link #problems()}.
 */
final class TemplateScan {
    static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");

    private final Set<String> required = new LinkedHashSet<>();
    private final Set<String> conditional = new LinkedHashSet<>();
    private final Set<String> lists = new LinkedHashSet<>();
    private final Set<String> itemFields = new LinkedHashSet<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private String openFlag;

    private TemplateScan() {
    }

    static TemplateScan of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    static TemplateScan of(InputStream in) throws IOException {
        TemplateScan s = new TemplateScan();
        try (XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFHeader h : doc.getHeaderList()) {
                s.elements(h.getBodyElements(), false);
            }
            s.elements(doc.getBodyElements(), true);
            for (XWPFFooter f : doc.getFooterList()) {
                s.elements(f.getBodyElements(), false);
            }
        }
        if (s.openFlag != null) {
            s.problems.add("{{#if " + s.openFlag + "}} is never closed");
        }
        return s;
    }

    private void elements(List<IBodyElement> elements, boolean body) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p.getText(), body);
            } else if (e instanceof XWPFTable t) {
                table(t);
            }
        }
    }

    private void paragraph(String t, boolean body) {
        text.append(t).append('\n');
        String s = t.strip();
        Matcher whole = Pattern.compile("\\{\\{\\s*#if\\s+([^{}\\s]+)\\s*}}").matcher(s);
        if (whole.matches()) {
            if (!body) {
                problems.add("{{#if}} outside the body: " + s);
            }
            if (openFlag != null) {
                problems.add("nested {{#if " + whole.group(1) + "}} inside {{#if " + openFlag + "}}");
            }
            openFlag = whole.group(1);
            flags.add(openFlag);
            return;
        }
        if (s.matches("\\{\\{\\s*/if\\s*}}")) {
            if (openFlag == null) {
                problems.add("{{/if}} without {{#if}}");
            }
            openFlag = null;
            return;
        }
        fields(t, false);
    }

    private void table(XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            boolean each = false;
            for (int i = 0; i < cells.size(); i++) {
                String cellText = cellText(cells.get(i));
                text.append(cellText).append('\n');
                Matcher m = Pattern.compile("^\\s*\\{\\{\\s*#each\\s+([^{}\\s]+)\\s*}}").matcher(cellText);
                if (m.find()) {
                    if (i != 0) {
                        problems.add("{{#each}} not in the first cell of its row: " + cellText);
                    }
                    if (!NAME.matcher(m.group(1)).matches()) {
                        problems.add("bad list name " + m.group(1));
                    }
                    lists.add(m.group(1));
                    if (openFlag == null) {
                        required.add(m.group(1));
                    }
                    each = true;
                    cellText = cellText.substring(m.end());
                }
                fields(cellText, each);
            }
        }
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder b = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(p.getText());
        }
        return b.toString();
    }

    private void fields(String t, boolean inEachRow) {
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            String token = m.group(1);
            if (token.startsWith("#") || token.startsWith("/")) {
                problems.add("marker not allowed here: {{" + token + "}} in \"" + t.strip() + "\"");
                continue;
            }
            if (!NAME.matcher(token).matches()) {
                problems.add("bad field name {{" + token + "}}");
                continue;
            }
            if (token.startsWith("item.")) {
                if (!inEachRow) {
                    problems.add("{{" + token + "}} outside an {{#each}} row");
                }
                itemFields.add(token);
            } else if (openFlag != null) {
                if (!required.contains(token)) {
                    conditional.add(token);
                }
            } else {
                required.add(token);
                conditional.remove(token);
            }
        }
    }

    /** Fields (and lists) used outside {{#if}} blocks, in order of first use: the "required" of index.json. */
    List<String> required() {
        return List.copyOf(required);
    }

    /** Every plain field, required or inside a block. */
    Set<String> fields() {
        Set<String> all = new LinkedHashSet<>(required);
        all.removeAll(lists);
        all.addAll(conditional);
        return all;
    }

    /** Fields used only inside {{#if}} blocks. */
    Set<String> conditional() {
        return conditional;
    }

    Set<String> lists() {
        return lists;
    }

    Set<String> itemFields() {
        return itemFields;
    }

    Set<String> flags() {
        return flags;
    }

    List<String> problems() {
        return problems;
    }

    /**
     * The text of the template filled with the values as the syntax of templates/README.md says (blocks kept or
     * dropped by their flag, rows repeated per list element, fields replaced), one paragraph or table row a line,
     * so tests can read the document as it will print. A field, list or flag without a value is an
     * AssertionError naming it, as it is an error in the engine.
     */
    static String fill(Path file, org.zhifa.workstation.documents.template.FieldValues values) throws IOException {
        StringBuilder out = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            Boolean keep = null;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    String t = p.getText().strip();
                    Matcher m = Pattern.compile("\\{\\{\\s*#if\\s+([^{}\\s]+)\\s*}}").matcher(t);
                    if (m.matches()) {
                        keep = values.flag(m.group(1))
                                .orElseThrow(() -> new AssertionError("no flag " + m.group(1) + " for " + file));
                        continue;
                    }
                    if (t.matches("\\{\\{\\s*/if\\s*}}")) {
                        keep = null;
                        continue;
                    }
                    if (keep == null || keep) {
                        out.append(replace(p.getText(), values::value, file)).append('\n');
                    }
                } else if (e instanceof XWPFTable t && (keep == null || keep)) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = row.getTableCells().stream().map(TemplateScan::cellText).toList();
                        Matcher m = Pattern.compile("^\\s*\\{\\{\\s*#each\\s+([^{}\\s]+)\\s*}}").matcher(cells.getFirst());
                        if (m.find()) {
                            List<java.util.Map<String, String>> items = values.list(m.group(1))
                                    .orElseThrow(() -> new AssertionError("no list " + m.group(1) + " for " + file));
                            String rowText = String.join(" | ", cells).replaceFirst("\\{\\{\\s*#each\\s+[^{}\\s]+\\s*}}", "");
                            for (java.util.Map<String, String> item : items) {
                                out.append(replace(rowText, name -> name.startsWith("item.")
                                        ? item.get(name.substring(5)) : values.value(name), file)).append('\n');
                            }
                        } else {
                            out.append(replace(String.join(" | ", cells), values::value, file)).append('\n');
                        }
                    }
                }
            }
            for (XWPFFooter f : doc.getFooterList()) {
                for (XWPFParagraph p : f.getParagraphs()) {
                    out.append(replace(p.getText(), values::value, file)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String replace(String text, java.util.function.Function<String, String> lookup, Path file) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value = lookup.apply(m.group(1));
            if (value == null) {
                throw new AssertionError("no value for {{" + m.group(1) + "}} in " + file.getFileName());
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** All the text (paragraphs and cells, markers included). */
    String text() {
        return text.toString();
    }
}
