package org.zhifa.workstation.documents.pdf;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.zhifa.workstation.documents.DocumentException.Reason;
import org.zhifa.workstation.documents.template.WordXml;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Renders a filled .docx to PDF with OpenPDF, from the same document the DOCX output is: A4 (or the section's page
 * size) with its margins; paragraphs with alignment, indentation, spacing, line spacing, bold, italic, underline,
 * font size and colour; tables with grid widths, borders, merged cells (horizontal and vertical), row heights and
 * cell alignment; line and page breaks; inline pictures; headers and footers on every page with PAGE / NUMPAGES
 * fields and the literal "第 页 共 页" filled with the real numbers (the document is laid out twice when the total is
 * needed). Fonts: see {@link PdfFonts} (subset-embedded, Identity-H).
 *
 * <p>Not rendered: floating shapes and text boxes (their text is not drawn), footnotes, different headers for odd
 * and even pages, character grids. Word's "single" line height is taken as 1.3 × the font size; a document grid
 * ("lines" type) snaps automatic line heights to its pitch, as Word does.
 */
public final class DocxPdfRenderer {
    /** Word's single line height as a multiple of the font size (CJK fonts). */
    static final float LINE_FACTOR = 1.3f;
    private static final float DEFAULT_CELL_MARGIN = 108 / 20f;
    private static final Pattern PAGE_OF = Pattern.compile("第([\\s\\u3000_]*)页([\\s\\u3000，,、]*)共([\\s\\u3000_]*)页");

    private final PdfFonts fonts;

    public DocxPdfRenderer() {
        this(new PdfFonts());
    }

    public DocxPdfRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The PDF and its page count. */
    public record RenderedPdf(byte[] bytes, int pages) { }

    /** Renders the .docx bytes. */
    public RenderedPdf render(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return render(doc);
        } catch (IOException e) {
            throw new org.zhifa.workstation.documents.DocumentException(Reason.OUTPUT,
                    Texts.tr("doc.error.pdf", String.valueOf(e.getMessage())), e);
        }
    }

    /** Renders an open document (not changed). */
    public RenderedPdf render(XWPFDocument doc) {
        try {
            Pass first = new Pass(doc, null);
            byte[] bytes = first.run();
            if (!first.needsTotal) {
                return new RenderedPdf(bytes, first.pages);
            }
            Pass second = new Pass(doc, first.pages);
            return new RenderedPdf(second.run(), second.pages);
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.zhifa.workstation.documents.DocumentException de) {
                throw de;
            }
            throw new org.zhifa.workstation.documents.DocumentException(Reason.OUTPUT,
                    Texts.tr("doc.error.pdf", String.valueOf(e.getMessage())), e);
        }
    }

    // ================================================================================================================

    /** The page geometry of a section, in points. */
    private record Section(Rectangle size, float left, float right, float top, float bottom, float header,
                           float footer, float gridPitch, boolean titlePage) {

        static Section of(Element sectPr) {
            Element pgSz = WordXml.child(sectPr, "pgSz");
            float w = WordXml.intAttr(pgSz, "w", 11906) / 20f;
            float h = WordXml.intAttr(pgSz, "h", 16838) / 20f;
            Rectangle size = pgSz == null ? PageSize.A4 : new Rectangle(w, h);
            Element mar = WordXml.child(sectPr, "pgMar");
            Element grid = WordXml.child(sectPr, "docGrid");
            String gridType = WordXml.attr(grid, "type");
            float pitch = gridType != null && gridType.startsWith("lines") ? WordXml.intAttr(grid, "linePitch", 0) / 20f : 0f;
            return new Section(size,
                    WordXml.intAttr(mar, "left", 1800) / 20f, WordXml.intAttr(mar, "right", 1800) / 20f,
                    Math.abs(WordXml.intAttr(mar, "top", 1440)) / 20f, Math.abs(WordXml.intAttr(mar, "bottom", 1440)) / 20f,
                    WordXml.intAttr(mar, "header", 851) / 20f, WordXml.intAttr(mar, "footer", 992) / 20f,
                    pitch, WordXml.child(sectPr, "titlePg") != null && !Boolean.FALSE.equals(WordXml.toggle(sectPr, "titlePg")));
        }

        float textWidth() {
            return size.getWidth() - left - right;
        }
    }

    /** What a paragraph is made of before it becomes OpenPDF chunks. */
    private sealed interface Piece permits Text, LineBreak, PageBreak, Picture, Tab { }

    private record Text(String text, RunProps props) implements Piece { }

    private record LineBreak(RunProps props) implements Piece { }

    private record PageBreak() implements Piece { }

    private record Picture(byte[] data, float width, float height) implements Piece { }

    private record Tab(RunProps props) implements Piece { }

    /** A paragraph that must be on the same page as what follows it (Word's "keep with next"). */
    private record KeepWithNext(Paragraph paragraph) { }

    /** Marks a page break between blocks. */
    private static final Object NEW_PAGE = new Object();

    /** Where content is being laid out: the part (for pictures), the page numbers, the table style layers. */
    private record Where(POIXMLDocumentPart part, Integer page, Integer total, boolean inTable,
                         List<Element> tablePPrs, List<Element> tableRPrs, float width) {

        Where inTable(List<Element> pPrs, List<Element> rPrs, float cellWidth) {
            return new Where(part, page, total, true, pPrs, rPrs, cellWidth);
        }
    }

    /** One layout of the whole document. */
    private final class Pass {
        private final XWPFDocument doc;
        private final Integer total;
        private final WordStyles styles;
        private final List<Section> sections = new ArrayList<>();
        private final List<List<Element>> sectionBlocks = new ArrayList<>();
        private Section current;
        boolean needsTotal;
        int pages;

        Pass(XWPFDocument doc, Integer total) {
            this.doc = doc;
            this.total = total;
            this.styles = WordStyles.of(doc);
            splitSections((Element) doc.getDocument().getBody().getDomNode());
        }

        /** The body's blocks grouped by section (a paragraph's sectPr ends its section; the body's sectPr is the last). */
        private void splitSections(Element body) {
            List<Element> blocks = new ArrayList<>();
            for (Element e : WordXml.children(body)) {
                if (WordXml.is(e, "sectPr")) {
                    continue;
                }
                if (WordXml.is(e, "sdt")) {
                    Element content = WordXml.child(e, "sdtContent");
                    if (content != null) {
                        blocks.addAll(WordXml.children(content));
                    }
                    continue;
                }
                blocks.add(e);
                Element inner = WordXml.path(e, "pPr", "sectPr");
                if (WordXml.is(e, "p") && inner != null) {
                    sections.add(Section.of(inner));
                    sectionBlocks.add(blocks);
                    blocks = new ArrayList<>();
                }
            }
            sections.add(Section.of(WordXml.child(body, "sectPr")));
            sectionBlocks.add(blocks);
        }

        /**
         * Lays the body out with a ColumnText per page rather than Document.add: Document.add keeps a spare line
         * of leading at the bottom of every page (one line fewer than Word fits); a column places a line whenever
         * the line itself fits, as Word does.
         */
        byte[] run() throws IOException, DocumentException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            current = sections.getFirst();
            Document pdf = new Document(current.size(), current.left(), current.right(), current.top(), current.bottom());
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new HeaderFooter());
            pdf.addCreator("执法工作站");
            pdf.open();
            ColumnText column = new ColumnText(writer.getDirectContent());
            Rectangle first = columnBox();
            column.setSimpleColumn(first.getLeft(), first.getBottom(), first.getRight(), first.getTop());
            boolean anything = false;
            for (int s = 0; s < sections.size(); s++) {
                if (s > 0) {
                    current = sections.get(s);
                    pdf.setPageSize(current.size());
                    pdf.setMargins(current.left(), current.right(), current.top(), current.bottom());
                    newPage(pdf, writer, column);
                }
                Where where = new Where(doc, null, null, false, List.of(), List.of(), current.textWidth());
                List<Object> items = new ArrayList<>();
                for (Element block : sectionBlocks.get(s)) {
                    items.addAll(block(block, where));
                }
                for (int i = 0; i < items.size(); i++) {
                    Object o = items.get(i);
                    if (o == NEW_PAGE) {
                        newPage(pdf, writer, column);
                        continue;
                    }
                    if (o instanceof KeepWithNext) {
                        keepTogether(items, i, pdf, writer, column);
                    }
                    org.openpdf.text.Element element = o instanceof KeepWithNext k ? k.paragraph()
                            : (org.openpdf.text.Element) o;
                    if (element instanceof Paragraph para && i + 1 < items.size() && items.get(i + 1) instanceof PdfPTable) {
                        para.setSpacingAfter(descentGap(para));
                    }
                    column.addElement(element);
                    int status = column.go();
                    int guard = 0;
                    while (ColumnText.hasMoreText(status) && guard++ < 500) {
                        newPage(pdf, writer, column);
                        status = column.go();
                    }
                    anything = true;
                }
            }
            if (!anything) {
                column.addElement(new Paragraph(" "));
                column.go();
            }
            writer.setPageEmpty(false);
            pdf.close();
            return out.toByteArray();
        }

        /**
         * Before a run of "keep with next" paragraphs: when they and the start of what follows (the next paragraph,
         * or 40 pt of a table) do not fit in what is left of the page but would fit on a page of their own, the
         * page ends here, as in Word.
         */
        private void keepTogether(List<Object> items, int from, Document pdf, PdfWriter writer, ColumnText column) {
            List<org.openpdf.text.Element> group = new ArrayList<>();
            float extra = 0;
            int i = from;
            while (i < items.size() && items.get(i) instanceof KeepWithNext k) {
                group.add(k.paragraph());
                i++;
            }
            if (i < items.size()) {
                Object next = items.get(i);
                if (next instanceof Paragraph p) {
                    group.add(p);
                } else if (next instanceof PdfPTable) {
                    extra = 40f;
                }
            }
            Rectangle box = columnBox();
            float needed = measure(writer, group, box) + extra;
            float left = column.getYLine() - box.getBottom();
            if (needed > left && needed <= box.getHeight() && column.getYLine() < box.getTop()) {
                newPage(pdf, writer, column);
            }
        }

        /** The height the elements take in a column as wide as the box. */
        private float measure(PdfWriter writer, List<org.openpdf.text.Element> elements, Rectangle box) {
            ColumnText ct = new ColumnText(writer.getDirectContent());
            float top = 100_000f;
            ct.setSimpleColumn(box.getLeft(), 0, box.getRight(), top);
            elements.forEach(ct::addElement);
            ct.go(true);
            return top - ct.getYLine();
        }

        /** The text area of the current section. */
        private Rectangle columnBox() {
            Rectangle size = current.size();
            return new Rectangle(current.left(), current.bottom(), size.getWidth() - current.right(),
                    size.getHeight() - current.top());
        }

        private void newPage(Document pdf, PdfWriter writer, ColumnText column) {
            writer.setPageEmpty(false);
            pdf.newPage();
            Rectangle box = columnBox();
            column.setSimpleColumn(box.getLeft(), box.getBottom(), box.getRight(), box.getTop());
        }

        // ---- blocks -------------------------------------------------------------------------------------------

        private List<Object> block(Element e, Where where) {
            if (WordXml.is(e, "p")) {
                return paragraph(e, where);
            }
            if (WordXml.is(e, "tbl")) {
                List<Object> out = new ArrayList<>();
                out.add(table(e, where));
                return out;
            }
            if (WordXml.is(e, "sdt")) {
                List<Object> out = new ArrayList<>();
                Element content = WordXml.child(e, "sdtContent");
                if (content != null) {
                    for (Element c : WordXml.children(content)) {
                        out.addAll(block(c, where));
                    }
                }
                return out;
            }
            return List.of();
        }

        // ---- paragraphs ---------------------------------------------------------------------------------------

        private List<Object> paragraph(Element p, Where where) {
            Element pPr = WordXml.child(p, "pPr");
            String styleId = styles.paragraphStyleOf(pPr);
            ParaProps pp = new ParaProps().merge(styles.defaultPPr());
            where.tablePPrs().forEach(pp::merge);
            styles.pPrs(styleId).forEach(pp::merge);
            pp.merge(pPr);
            RunProps base = new RunProps().merge(styles.defaultRPr());
            where.tableRPrs().forEach(base::merge);
            styles.rPrs(styleId).forEach(base::merge);
            RunProps mark = base.clone().merge(WordXml.child(pPr, "rPr"));

            List<Piece> pieces = new ArrayList<>();
            collectPieces(p, base, where, pieces, new ArrayList<>());
            if (where.page() != null) {
                fillPageOf(pieces, where);
            }
            List<Object> out = new ArrayList<>();
            if (pp.pageBreakBefore && !where.inTable()) {
                out.add(NEW_PAGE);
            }
            List<Piece> chunkRun = new ArrayList<>();
            boolean first = true;
            for (Piece piece : pieces) {
                if (piece instanceof PageBreak) {
                    if (where.inTable()) {
                        continue;
                    }
                    out.add(build(chunkRun, pp, mark, where, first, false));
                    out.add(NEW_PAGE);
                    chunkRun = new ArrayList<>();
                    first = false;
                } else {
                    chunkRun.add(piece);
                }
            }
            Paragraph last = build(chunkRun, pp, mark, where, first, true);
            out.add(pp.keepNext && !where.inTable() ? new KeepWithNext(last) : last);
            return out;
        }

        /** Walks the paragraph's content in order, collecting text, breaks, tabs and pictures. */
        private void collectPieces(Node parent, RunProps base, Where where, List<Piece> out, List<Field> fields) {
            for (Element e : WordXml.children(parent)) {
                String name = e.getLocalName();
                if (!WordXml.W.equals(e.getNamespaceURI())) {
                    continue;
                }
                switch (name) {
                    case "r" -> run(e, base, where, out, fields);
                    case "hyperlink", "smartTag", "ins", "customXml", "dir", "bdo" -> collectPieces(e, base, where, out, fields);
                    case "sdt" -> {
                        Element content = WordXml.child(e, "sdtContent");
                        if (content != null) {
                            collectPieces(content, base, where, out, fields);
                        }
                    }
                    case "fldSimple" -> {
                        String instr = WordXml.attr(e, "instr");
                        String number = pageField(instr, where);
                        if (number != null) {
                            RunProps props = firstRunProps(e, base);
                            out.add(new Text(number, props));
                        } else {
                            collectPieces(e, base, where, out, fields);
                        }
                    }
                    default -> {
                        // pPr, bookmarks, proofing marks, deletions, comments: nothing to draw
                    }
                }
            }
        }

        private RunProps firstRunProps(Element container, RunProps base) {
            Element r = WordXml.child(container, "r");
            return runProps(r, base);
        }

        private RunProps runProps(Element r, RunProps base) {
            RunProps props = base.clone();
            Element rPr = WordXml.child(r, "rPr");
            String rStyle = WordXml.val(WordXml.child(rPr, "rStyle"));
            if (rStyle != null) {
                styles.rPrs(rStyle).forEach(props::merge);
            }
            return props.merge(rPr);
        }

        private void run(Element r, RunProps base, Where where, List<Piece> out, List<Field> fields) {
            RunProps props = runProps(r, base);
            if (props.hidden) {
                return;
            }
            for (Element c : WordXml.children(r)) {
                if (!WordXml.W.equals(c.getNamespaceURI())) {
                    if ("AlternateContent".equals(c.getLocalName())) {
                        pictures(c, where, out);
                    }
                    continue;
                }
                Field open = fields.isEmpty() ? null : fields.getLast();
                switch (c.getLocalName()) {
                    case "fldChar" -> {
                        String type = WordXml.attr(c, "fldCharType");
                        if ("begin".equals(type)) {
                            fields.add(new Field());
                        } else if ("separate".equals(type) && open != null) {
                            open.separated = true;
                            String number = pageField(open.instr.toString(), where);
                            if (number != null) {
                                open.replaced = true;
                                out.add(new Text(number, props));
                            }
                        } else if ("end".equals(type) && open != null) {
                            if (!open.separated) {
                                String number = pageField(open.instr.toString(), where);
                                if (number != null) {
                                    out.add(new Text(number, props));
                                }
                            }
                            fields.removeLast();
                        }
                    }
                    case "instrText" -> {
                        if (open != null) {
                            open.instr.append(WordXml.text(c));
                        }
                    }
                    case "t" -> {
                        if (open == null || (open.separated && !open.replaced)) {
                            out.add(new Text(WordXml.text(c), props));
                        }
                    }
                    case "tab", "ptab" -> {
                        if (open == null || !open.replaced) {
                            out.add(new Tab(props));
                        }
                    }
                    case "br" -> {
                        String type = WordXml.attr(c, "type");
                        if ("page".equals(type)) {
                            out.add(new PageBreak());
                        } else {
                            out.add(new LineBreak(props));
                        }
                    }
                    case "cr" -> out.add(new LineBreak(props));
                    case "noBreakHyphen" -> out.add(new Text("-", props));
                    case "sym" -> {
                        String code = WordXml.attr(c, "char");
                        try {
                            int cp = Integer.parseInt(code, 16);
                            if (cp >= 0xF000) {
                                cp -= 0xF000;
                            }
                            out.add(new Text(new String(Character.toChars(cp)), props));
                        } catch (RuntimeException ex) {
                            // an unknown symbol: skip it
                        }
                    }
                    case "drawing", "pict", "object" -> pictures(c, where, out);
                    default -> {
                        // rPr, lastRenderedPageBreak, softHyphen, annotations: nothing to draw
                    }
                }
            }
        }

        /** Inline pictures (a:blip r:embed) with the size of their wp:extent. */
        private void pictures(Element container, Where where, List<Piece> out) {
            List<Element> blips = new ArrayList<>();
            collectByLocalName(container, "blip", blips);
            List<Element> extents = new ArrayList<>();
            collectByLocalName(container, "extent", extents);
            for (int i = 0; i < blips.size(); i++) {
                String id = blips.get(i).getAttributeNS(WordXml.R, "embed");
                if (id == null || id.isEmpty()) {
                    continue;
                }
                POIXMLDocumentPart rel = where.part().getRelationById(id);
                if (!(rel instanceof XWPFPictureData pic)) {
                    continue;
                }
                float w = 0;
                float h = 0;
                if (i < extents.size()) {
                    try {
                        w = Long.parseLong(extents.get(i).getAttribute("cx")) / 12700f;
                        h = Long.parseLong(extents.get(i).getAttribute("cy")) / 12700f;
                    } catch (NumberFormatException e) {
                        // use the picture's own size
                    }
                }
                out.add(new Picture(pic.getData(), w, h));
                break; // AlternateContent repeats the same picture in its fallback
            }
        }

        private void collectByLocalName(Node n, String localName, List<Element> out) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e) {
                    if (localName.equals(e.getLocalName())) {
                        out.add(e);
                    }
                    collectByLocalName(e, localName, out);
                }
            }
        }

        /** The number for a PAGE / NUMPAGES / SECTIONPAGES field where page numbers are known; null otherwise. */
        private String pageField(String instr, Where where) {
            if (instr == null || where.page() == null) {
                return null;
            }
            String word = instr.strip().split("\\s+")[0].toUpperCase(java.util.Locale.ROOT);
            return switch (word) {
                case "PAGE" -> String.valueOf(where.page());
                case "NUMPAGES", "SECTIONPAGES" -> {
                    needsTotal = true;
                    yield where.total() == null ? "  " : String.valueOf(where.total());
                }
                default -> null;
            };
        }

        /** "第 页 共 页" in a header or footer: the blanks get the page number and the total. */
        private void fillPageOf(List<Piece> pieces, Where where) {
            StringBuilder all = new StringBuilder();
            List<int[]> ranges = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                if (pieces.get(i) instanceof Text t) {
                    ranges.add(new int[] {i, all.length()});
                    all.append(t.text());
                }
            }
            Matcher m = PAGE_OF.matcher(all);
            List<int[]> matches = new ArrayList<>();
            while (m.find()) {
                matches.add(new int[] {m.start(), m.end()});
            }
            for (int k = matches.size() - 1; k >= 0; k--) {
                needsTotal = true;
                int from = matches.get(k)[0];
                int to = matches.get(k)[1];
                String totalText = where.total() == null ? "  " : String.valueOf(where.total());
                String replacement = "第 " + where.page() + " 页  共 " + totalText + " 页";
                boolean written = false;
                for (int[] range : ranges) {
                    Text t = (Text) pieces.get(range[0]);
                    int start = range[1];
                    int end = start + t.text().length();
                    if (end <= from || start >= to) {
                        continue;
                    }
                    String before = t.text().substring(0, Math.max(0, from - start));
                    String after = t.text().substring(Math.min(t.text().length(), to - start));
                    String middle = written ? "" : replacement;
                    written = true;
                    pieces.set(range[0], new Text(before + middle + after, t.props()));
                }
            }
        }

        /** Builds one OpenPDF paragraph from pieces with the paragraph's properties. */
        private Paragraph build(List<Piece> pieces, ParaProps pp, RunProps mark, Where where, boolean firstPart,
                                boolean lastPart) {
            float maxSize = 0;
            for (Piece piece : pieces) {
                if (piece instanceof Text t && !t.text().isEmpty()) {
                    maxSize = Math.max(maxSize, t.props().size);
                }
            }
            if (maxSize == 0) {
                maxSize = mark.size;
            }
            Paragraph para = new Paragraph();
            para.setLeading(leading(pp, maxSize));
            para.setAlignment(alignment(pp.jc));
            float charWidth = maxSize;
            float left = twips(pp.indLeft);
            if (pp.leftChars != null) {
                left = pp.leftChars / 100f * charWidth;
            }
            float right = twips(pp.indRight);
            if (pp.rightChars != null) {
                right = pp.rightChars / 100f * charWidth;
            }
            float first = 0;
            if (pp.firstLineChars != null || pp.hangingChars != null) {
                first = pp.hangingChars != null ? -pp.hangingChars / 100f * charWidth : pp.firstLineChars / 100f * charWidth;
            } else if (pp.indHanging != null) {
                first = -twips(pp.indHanging);
            } else if (pp.indFirstLine != null) {
                first = twips(pp.indFirstLine);
            }
            para.setIndentationLeft(Math.max(0, left));
            para.setIndentationRight(Math.max(0, right));
            para.setFirstLineIndent(firstPart ? first : 0);
            float lineUnit = current.gridPitch() > 0 ? current.gridPitch() : 12f * LINE_FACTOR;
            float before = pp.beforeLines != null ? pp.beforeLines / 100f * lineUnit : twips(pp.before);
            float after = pp.afterLines != null ? pp.afterLines / 100f * lineUnit : twips(pp.after);
            para.setSpacingBefore(firstPart ? before : 0);
            para.setSpacingAfter(lastPart ? after : 0);
            boolean visible = false;
            for (Piece piece : pieces) {
                switch (piece) {
                    case Text t -> {
                        if (!t.text().isEmpty()) {
                            para.add(chunk(t.text(), t.props()));
                            visible = true;
                        }
                    }
                    case Tab t -> para.add(chunk("\u3000\u3000", t.props()));
                    case LineBreak b -> {
                        para.add(Chunk.NEWLINE);
                        visible = true;
                    }
                    case Picture pic -> {
                        Image image = image(pic, where.width());
                        if (image != null) {
                            para.add(new Chunk(image, 0, 0, true));
                            visible = true;
                            para.setLeading(Math.max(para.getLeading(), image.getScaledHeight() + 2));
                        }
                    }
                    case PageBreak pb -> { }
                }
            }
            if (!visible) {
                para.add(chunk("\u00a0", mark));
            }
            return para;
        }

        /**
         * OpenPDF puts a line's baseline at the bottom of its leading, Word nearer the middle: below the last line
         * of a paragraph Word keeps the part of the line under the text, which a table that follows must not cover.
         */
        private float descentGap(Paragraph p) {
            float size = 0;
            for (Object o : p.getChunks()) {
                if (o instanceof Chunk c && c.getFont() != null) {
                    size = Math.max(size, c.getFont().getSize());
                }
            }
            float leading = p.getTotalLeading();
            return Math.max(2f, (leading - size) / 2f + 0.15f * size) + p.getSpacingAfter();
        }

        private Image image(Picture pic, float maxWidth) {
            try {
                Image image = Image.getInstance(pic.data());
                float w = pic.width() > 0 ? pic.width() : image.getWidth();
                float h = pic.height() > 0 ? pic.height() : image.getHeight();
                if (w > maxWidth && maxWidth > 0) {
                    h = h * maxWidth / w;
                    w = maxWidth;
                }
                image.scaleAbsolute(w, h);
                return image;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private float leading(ParaProps pp, float size) {
            float natural = size * LINE_FACTOR;
            if (pp.line == null) {
                return snap(natural, pp);
            }
            String rule = pp.lineRule == null ? "auto" : pp.lineRule;
            return switch (rule) {
                case "exact" -> pp.line / 20f;
                case "atLeast" -> Math.max(pp.line / 20f, snap(natural, pp));
                default -> snap(natural, pp) * pp.line / 240f;
            };
        }

        private float snap(float natural, ParaProps pp) {
            float pitch = current.gridPitch();
            if (pitch <= 0 || !pp.snapToGrid) {
                return natural;
            }
            return (float) Math.ceil(natural / pitch - 0.05) * pitch;
        }

        private Chunk chunk(String text, RunProps props) {
            PdfFonts.Face face = fonts.face(props.fontName());
            int style = Font.NORMAL;
            if (props.bold || face.forceBold()) {
                style |= Font.BOLD;
            }
            if (props.italic) {
                style |= Font.ITALIC;
            }
            if (props.underline) {
                style |= Font.UNDERLINE;
            }
            if (props.strike) {
                style |= Font.STRIKETHRU;
            }
            float size = props.size;
            boolean sup = "superscript".equals(props.vertAlign);
            boolean sub = "subscript".equals(props.vertAlign);
            if (sup || sub) {
                size = size * 0.6f;
            }
            Font font = new Font(face.font(), size, style, color(props.color));
            Chunk c = new Chunk(text, font);
            c.setSplitCharacter(CjkLineBreaks.INSTANCE);
            if (sup) {
                c.setTextRise(props.size * 0.33f);
            } else if (sub) {
                c.setTextRise(-props.size * 0.15f);
            }
            return c;
        }

        // ---- tables -------------------------------------------------------------------------------------------

        private PdfPTable table(Element tbl, Where where) {
            Element tblPr = WordXml.child(tbl, "tblPr");
            String styleId = styles.tableStyleOf(tblPr);
            List<Element> styleTblPrs = styles.tblPrs(styleId);
            List<Element> stylePPrs = styles.pPrs(styleId);
            List<Element> styleRPrs = styles.rPrs(styleId);

            // borders and cell margins: style first, then direct
            Border[] tableBorders = new Border[6]; // top, left, bottom, right, insideH, insideV
            float[] cellMargins = {0, DEFAULT_CELL_MARGIN, 0, DEFAULT_CELL_MARGIN};
            List<Element> layers = new ArrayList<>(styleTblPrs);
            if (tblPr != null) {
                layers.add(tblPr);
            }
            for (Element layer : layers) {
                Element borders = WordXml.child(layer, "tblBorders");
                if (borders != null) {
                    mergeBorders(tableBorders, borders, "top", "left", "bottom", "right", "insideH", "insideV");
                }
                Element mar = WordXml.child(layer, "tblCellMar");
                if (mar != null) {
                    margins(cellMargins, mar);
                }
            }

            List<Float> grid = new ArrayList<>();
            Element tblGrid = WordXml.child(tbl, "tblGrid");
            if (tblGrid != null) {
                for (Element col : WordXml.children(tblGrid, "gridCol")) {
                    grid.add(WordXml.intAttr(col, "w", 0) / 20f);
                }
            }
            List<Element> rows = WordXml.children(tbl, "tr");
            if (grid.stream().allMatch(g -> g <= 0) && !rows.isEmpty()) {
                // no grid (a table written without one): the first row's cell widths, else equal shares
                grid.clear();
                for (Element tc : cellsOf(rows.getFirst())) {
                    Element tcPr = WordXml.child(tc, "tcPr");
                    Element tcW = WordXml.child(tcPr, "tcW");
                    String type = WordXml.attr(tcW, "type");
                    int span = Math.max(1, WordXml.intAttr(WordXml.child(tcPr, "gridSpan"), "val", 1));
                    float w = "dxa".equals(type) || type == null ? WordXml.intAttr(tcW, "w", 0) / 20f : 0f;
                    for (int i = 0; i < span; i++) {
                        grid.add(w / span);
                    }
                }
                if (grid.stream().anyMatch(g -> g <= 0)) {
                    int n = grid.size();
                    grid.replaceAll(g -> where.width() / Math.max(1, n));
                }
            }
            int columns = grid.size();
            List<List<CellSlot>> slots = new ArrayList<>();
            for (Element tr : rows) {
                List<CellSlot> rowSlots = new ArrayList<>();
                Element trPr = WordXml.child(tr, "trPr");
                int col = WordXml.intAttr(WordXml.child(trPr, "gridBefore"), "val", 0);
                if (col > 0) {
                    rowSlots.add(new CellSlot(null, 0, col, null));
                }
                for (Element tc : cellsOf(tr)) {
                    Element tcPr = WordXml.child(tc, "tcPr");
                    int span = Math.max(1, WordXml.intAttr(WordXml.child(tcPr, "gridSpan"), "val", 1));
                    Element vMerge = WordXml.child(tcPr, "vMerge");
                    String merge = vMerge == null ? null : ("restart".equals(WordXml.val(vMerge)) ? "restart" : "continue");
                    rowSlots.add(new CellSlot(tc, col, span, merge));
                    col += span;
                }
                columns = Math.max(columns, col);
                slots.add(rowSlots);
            }
            if (columns == 0) {
                columns = 1;
            }
            while (grid.size() < columns) {
                grid.add(0f);
            }
            float gridTotal = 0;
            for (float g : grid) {
                gridTotal += g;
            }
            float available = where.width();
            float total = tableWidth(tblPr, layers, gridTotal, available);
            float[] widths = new float[columns];
            int zero = 0;
            for (int i = 0; i < columns; i++) {
                widths[i] = grid.get(i);
                if (widths[i] <= 0) {
                    zero++;
                }
            }
            if (zero > 0) {
                float rest = Math.max(total - gridTotal, 20f * zero);
                for (int i = 0; i < columns; i++) {
                    if (widths[i] <= 0) {
                        widths[i] = rest / zero;
                    }
                }
                gridTotal = 0;
                for (float w : widths) {
                    gridTotal += w;
                }
            }
            if (total <= 0) {
                total = gridTotal;
            }
            if (total > available && available > 0) {
                total = available;
            }
            PdfPTable table = new PdfPTable(columns);
            try {
                table.setTotalWidth(scaled(widths, total));
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            table.setLockedWidth(true);
            table.setSplitLate(false);
            table.setSplitRows(true);
            table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
            table.setHorizontalAlignment(tableAlignment(tblPr, styleTblPrs));
            table.setSpacingBefore(0);
            table.setSpacingAfter(0);
            int headerRows = 0;
            boolean headerRun = true;

            for (int r = 0; r < rows.size(); r++) {
                Element tr = rows.get(r);
                Element trPr = WordXml.child(tr, "trPr");
                if (headerRun && trPr != null && Boolean.TRUE.equals(WordXml.toggle(trPr, "tblHeader"))) {
                    headerRows++;
                } else {
                    headerRun = false;
                }
                Element height = WordXml.child(trPr, "trHeight");
                float rowHeight = WordXml.intAttr(height, "val", 0) / 20f;
                boolean exact = "exact".equals(WordXml.attr(height, "hRule"));
                int placed = 0;
                for (CellSlot slot : slots.get(r)) {
                    if ("continue".equals(slot.merge())) {
                        placed += slot.span();
                        continue;
                    }
                    PdfPCell cell;
                    if (slot.tc() == null) {
                        cell = new PdfPCell();
                        cell.setBorder(Rectangle.NO_BORDER);
                    } else {
                        int rowspan = 1;
                        if ("restart".equals(slot.merge())) {
                            for (int below = r + 1; below < rows.size(); below++) {
                                CellSlot next = slotAt(slots.get(below), slot.column());
                                if (next == null || !"continue".equals(next.merge())) {
                                    break;
                                }
                                rowspan++;
                            }
                        }
                        float cellWidth = 0;
                        for (int c = slot.column(); c < Math.min(columns, slot.column() + slot.span()); c++) {
                            cellWidth += widths[c] * total / gridTotal;
                        }
                        cell = cell(slot, r, rowspan, rows.size(), columns, tableBorders, cellMargins,
                                where.inTable(stylePPrs, styleRPrs, cellWidth), cellWidth);
                        cell.setRowspan(rowspan);
                    }
                    cell.setColspan(slot.span());
                    if (rowHeight > 0) {
                        if (exact) {
                            cell.setFixedHeight(rowHeight);
                        } else {
                            cell.setMinimumHeight(rowHeight);
                        }
                    }
                    table.addCell(cell);
                    placed += slot.span();
                }
                table.completeRow();
            }
            if (headerRows > 0 && headerRows < rows.size()) {
                table.setHeaderRows(headerRows);
            }
            return table;
        }

        private float[] scaled(float[] widths, float total) {
            float sum = 0;
            for (float w : widths) {
                sum += w;
            }
            float[] out = new float[widths.length];
            for (int i = 0; i < widths.length; i++) {
                out[i] = sum <= 0 ? total / widths.length : widths[i] * total / sum;
            }
            return out;
        }

        private float tableWidth(Element tblPr, List<Element> layers, float gridTotal, float available) {
            Element tblW = null;
            for (Element layer : layers) {
                Element w = WordXml.child(layer, "tblW");
                if (w != null) {
                    tblW = w;
                }
            }
            if (tblW == null) {
                return gridTotal;
            }
            String type = WordXml.attr(tblW, "type");
            String raw = WordXml.attr(tblW, "w");
            if ("pct".equals(type) && raw != null) {
                float pct = raw.endsWith("%") ? Float.parseFloat(raw.substring(0, raw.length() - 1))
                        : WordXml.intAttr(tblW, "w", 5000) / 50f;
                return available * pct / 100f;
            }
            if ("dxa".equals(type) || (type == null && raw != null)) {
                float w = WordXml.intAttr(tblW, "w", 0) / 20f;
                return w > 0 ? w : gridTotal;
            }
            return gridTotal;
        }

        private int tableAlignment(Element tblPr, List<Element> styleTblPrs) {
            String jc = null;
            for (Element layer : styleTblPrs) {
                Element j = WordXml.child(layer, "jc");
                if (j != null) {
                    jc = WordXml.val(j);
                }
            }
            Element j = WordXml.child(tblPr, "jc");
            if (j != null) {
                jc = WordXml.val(j);
            }
            if ("center".equals(jc)) {
                return org.openpdf.text.Element.ALIGN_CENTER;
            }
            if ("right".equals(jc) || "end".equals(jc)) {
                return org.openpdf.text.Element.ALIGN_RIGHT;
            }
            return org.openpdf.text.Element.ALIGN_CENTER;
        }

        private List<Element> cellsOf(Element tr) {
            List<Element> out = new ArrayList<>();
            for (Element c : WordXml.children(tr)) {
                if (WordXml.is(c, "tc")) {
                    out.add(c);
                } else if (WordXml.is(c, "sdt") || WordXml.is(c, "customXml")) {
                    Element content = WordXml.is(c, "sdt") ? WordXml.child(c, "sdtContent") : c;
                    if (content != null) {
                        out.addAll(WordXml.children(content, "tc"));
                    }
                }
            }
            return out;
        }

        private CellSlot slotAt(List<CellSlot> row, int column) {
            for (CellSlot s : row) {
                if (s.column() == column && s.tc() != null) {
                    return s;
                }
            }
            return null;
        }

        private PdfPCell cell(CellSlot slot, int row, int rowspan, int rowCount, int columns, Border[] tableBorders,
                              float[] tableMargins, Where where, float cellWidth) {
            Element tcPr = WordXml.child(slot.tc(), "tcPr");
            PdfPCell cell = new PdfPCell();
            cell.setUseAscender(false);
            cell.setUseDescender(true);
            float[] margins = tableMargins.clone();
            Element mar = WordXml.child(tcPr, "tcMar");
            if (mar != null) {
                margins(margins, mar);
            }
            cell.setPaddingTop(margins[0] + 1f);
            cell.setPaddingLeft(margins[1]);
            cell.setPaddingBottom(margins[2] + 2f);
            cell.setPaddingRight(margins[3]);

            Border[] own = new Border[4];
            Element tcBorders = WordXml.child(tcPr, "tcBorders");
            if (tcBorders != null) {
                mergeBorders(own, tcBorders, "top", "left", "bottom", "right");
            }
            boolean firstRow = row == 0;
            boolean lastRow = row + rowspan >= rowCount;
            boolean firstCol = slot.column() == 0;
            boolean lastCol = slot.column() + slot.span() >= columns;
            Border top = own[0] != null ? own[0] : (firstRow ? tableBorders[0] : tableBorders[4]);
            Border left = own[1] != null ? own[1] : (firstCol ? tableBorders[1] : tableBorders[5]);
            Border bottom = own[2] != null ? own[2] : (lastRow ? tableBorders[2] : tableBorders[4]);
            Border right = own[3] != null ? own[3] : (lastCol ? tableBorders[3] : tableBorders[5]);
            int mask = 0;
            cell.setUseVariableBorders(true);
            if (top != null && top.visible()) {
                mask |= Rectangle.TOP;
                cell.setBorderWidthTop(top.width());
                cell.setBorderColorTop(top.color());
            }
            if (left != null && left.visible()) {
                mask |= Rectangle.LEFT;
                cell.setBorderWidthLeft(left.width());
                cell.setBorderColorLeft(left.color());
            }
            if (bottom != null && bottom.visible()) {
                mask |= Rectangle.BOTTOM;
                cell.setBorderWidthBottom(bottom.width());
                cell.setBorderColorBottom(bottom.color());
            }
            if (right != null && right.visible()) {
                mask |= Rectangle.RIGHT;
                cell.setBorderWidthRight(right.width());
                cell.setBorderColorRight(right.color());
            }
            cell.setBorder(mask);

            String vAlign = WordXml.val(WordXml.child(tcPr, "vAlign"));
            cell.setVerticalAlignment("center".equals(vAlign) ? org.openpdf.text.Element.ALIGN_MIDDLE
                    : "bottom".equals(vAlign) ? org.openpdf.text.Element.ALIGN_BOTTOM : org.openpdf.text.Element.ALIGN_TOP);
            Element shd = WordXml.child(tcPr, "shd");
            Color fill = color(WordXml.attr(shd, "fill"));
            if (fill != null && !Color.WHITE.equals(fill)) {
                cell.setBackgroundColor(fill);
            }
            Where inner = new Where(where.part(), where.page(), where.total(), true, where.tablePPrs(),
                    where.tableRPrs(), Math.max(10f, cellWidth - margins[1] - margins[3]));
            boolean any = false;
            for (Element c : WordXml.children(slot.tc())) {
                for (Object o : block(c, inner)) {
                    if (o != NEW_PAGE) {
                        cell.addElement((org.openpdf.text.Element) o);
                        any = true;
                    }
                }
            }
            if (!any) {
                cell.addElement(new Paragraph(" "));
            }
            return cell;
        }

        private void margins(float[] margins, Element mar) {
            String[][] names = {{"top"}, {"left", "start"}, {"bottom"}, {"right", "end"}};
            for (int i = 0; i < 4; i++) {
                for (String n : names[i]) {
                    Element e = WordXml.child(mar, n);
                    if (e != null) {
                        margins[i] = WordXml.intAttr(e, "w", 0) / 20f;
                        break;
                    }
                }
            }
        }

        private void mergeBorders(Border[] into, Element borders, String... sides) {
            for (int i = 0; i < sides.length; i++) {
                Element e = WordXml.child(borders, sides[i]);
                if (e == null && "left".equals(sides[i])) {
                    e = WordXml.child(borders, "start");
                }
                if (e == null && "right".equals(sides[i])) {
                    e = WordXml.child(borders, "end");
                }
                if (e != null) {
                    into[i] = Border.of(e);
                }
            }
        }

        // ---- headers and footers ------------------------------------------------------------------------------

        private final class HeaderFooter extends PdfPageEventHelper {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                pages = writer.getPageNumber();
                XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
                if (policy == null) {
                    return;
                }
                boolean firstPage = pages == 1 && current.titlePage();
                XWPFHeaderFooter header = firstPage ? policy.getFirstPageHeader() : policy.getDefaultHeader();
                XWPFHeaderFooter footer = firstPage ? policy.getFirstPageFooter() : policy.getDefaultFooter();
                if (header == null && !firstPage) {
                    header = policy.getOddPageHeader();
                }
                if (footer == null && !firstPage) {
                    footer = policy.getOddPageFooter();
                }
                PdfContentByte cb = writer.getDirectContent();
                Rectangle page = document.getPageSize();
                float left = current.left();
                float right = page.getWidth() - current.right();
                if (header != null) {
                    List<org.openpdf.text.Element> elements = headerFooter(header, right - left);
                    float height = measure(cb, elements, left, right);
                    float top = page.getHeight() - current.header();
                    draw(cb, elements, left, top - height - 2, right, top);
                }
                if (footer != null) {
                    List<org.openpdf.text.Element> elements = headerFooter(footer, right - left);
                    float height = measure(cb, elements, left, right);
                    float bottom = current.footer();
                    draw(cb, elements, left, bottom, right, bottom + height + 2);
                }
            }

            private List<org.openpdf.text.Element> headerFooter(XWPFHeaderFooter part, float width) {
                Where where = new Where(part, pages, total, false, List.of(), List.of(), width);
                List<org.openpdf.text.Element> out = new ArrayList<>();
                for (Element e : WordXml.children(part._getHdrFtr().getDomNode())) {
                    for (Object o : block(e, where)) {
                        if (o instanceof KeepWithNext k) {
                            out.add(k.paragraph());
                        } else if (o != NEW_PAGE) {
                            out.add((org.openpdf.text.Element) o);
                        }
                    }
                }
                return out;
            }

            private float measure(PdfContentByte cb, List<org.openpdf.text.Element> elements, float left, float right) {
                ColumnText ct = new ColumnText(cb);
                ct.setSimpleColumn(left, 0, right, 10000);
                elements.forEach(ct::addElement);
                try {
                    ct.go(true);
                } catch (DocumentException e) {
                    return 0;
                }
                return 10000 - ct.getYLine();
            }

            private void draw(PdfContentByte cb, List<org.openpdf.text.Element> elements, float left, float bottom,
                              float right, float top) {
                ColumnText ct = new ColumnText(cb);
                ct.setSimpleColumn(left, bottom, right, top);
                elements.forEach(ct::addElement);
                try {
                    ct.go();
                } catch (DocumentException e) {
                    // a header that does not fit is cut, as in Word
                }
            }
        }
    }

    /** A complex field being read: its instruction, whether its result part has started, whether we replaced it. */
    private static final class Field {
        final StringBuilder instr = new StringBuilder();
        boolean separated;
        boolean replaced;
    }

    private record CellSlot(Element tc, int column, int span, String merge) { }

    private record Border(boolean visible, float width, Color color) {
        static Border of(Element e) {
            String val = WordXml.val(e);
            if (val == null || "nil".equals(val) || "none".equals(val)) {
                return new Border(false, 0, null);
            }
            float width = Math.max(0.25f, WordXml.intAttr(e, "sz", 4) / 8f);
            if ("double".equals(val)) {
                width = width * 3;
            }
            Color c = DocxPdfRenderer.color(WordXml.attr(e, "color"));
            return new Border(true, width, c == null ? Color.BLACK : c);
        }
    }

    private static float twips(Integer v) {
        return v == null ? 0f : v / 20f;
    }

    private static int alignment(String jc) {
        if (jc == null) {
            return org.openpdf.text.Element.ALIGN_LEFT;
        }
        return switch (jc) {
            case "center" -> org.openpdf.text.Element.ALIGN_CENTER;
            case "right", "end" -> org.openpdf.text.Element.ALIGN_RIGHT;
            case "both", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute" -> org.openpdf.text.Element.ALIGN_JUSTIFIED;
            case "distribute" -> org.openpdf.text.Element.ALIGN_JUSTIFIED_ALL;
            default -> org.openpdf.text.Element.ALIGN_LEFT;
        };
    }

    static Color color(String hex) {
        if (hex == null || hex.isBlank() || "auto".equalsIgnoreCase(hex) || hex.length() != 6) {
            return null;
        }
        try {
            return new Color(Integer.parseInt(hex, 16));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
