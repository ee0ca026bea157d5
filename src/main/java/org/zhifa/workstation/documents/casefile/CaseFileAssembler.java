package org.zhifa.workstation.documents.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfReader;
import org.zhifa.workstation.documents.DocumentException;
import org.zhifa.workstation.documents.DocumentException.Reason;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.fields.CaseFileSummary;
import org.zhifa.workstation.documents.fields.DocumentInstance;
import org.zhifa.workstation.documents.fields.FileIndexEntry;
import org.zhifa.workstation.documents.pdf.PdfFonts;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The 卷宗 of a case as one PDF (一案一卷, R38): the 卷宗封面, the 卷内目录, the case's documents in archive order, then
 * the 备考表. The documents' pages are numbered 1 … N bottom right (Arabic numerals); the cover, the 目录 and the
 * 备考表 are not numbered. The 目录 lists every document with its page range; the ranges are contiguous and the
 * last page number is the total the 备考表 and the cover state.
 *
 * <p>This class orders, paginates and concatenates; rendering the parts is the document service's work.
 */
public final class CaseFileAssembler {
    /** Page number position: distance from the right and bottom edges, in points (about 2 cm and 1.5 cm). */
    static final float NUMBER_RIGHT = 56f;
    static final float NUMBER_BOTTOM = 40f;
    static final float NUMBER_SIZE = 12f;

    private CaseFileAssembler() {
    }

    /** One rendered document of the 卷宗. */
    public record Part(DocumentInstance instance, String title, String number, LocalDate date, byte[] pdf, int pages) { }

    /** What kind of section a range of pages is. */
    public enum SectionKind { COVER, INDEX, DOCUMENT, NOTE }

    /**
     * A section of the assembled PDF.
     *
     * @param firstPage  the first physical page (1-based)
     * @param lastPage   the last physical page
     * @param firstNumber the first printed page number, 0 for unnumbered sections
     * @param lastNumber  the last printed page number, 0 for unnumbered sections
     */
    public record Section(SectionKind kind, DocumentType type, int occurrence, String title, int firstPage,
                          int lastPage, int firstNumber, int lastNumber) { }

    /** The assembled 卷宗: the PDF, its sections and the totals. */
    public record CaseFile(String caseNo, byte[] pdf, List<Section> sections, CaseFileSummary summary, int physicalPages) {
        /** The numbered pages: the total of the 备考表. */
        public int numberedPages() {
            return summary.pages();
        }
    }

    /**
     * The documents of the case in archive order: the order of {@code orderOf} (the index's archiveOrder, or a
     * setting), several of one type in their order, and each 送达回证 right after the document it proves (as
     * {@code documents} lists them). The 卷宗 forms are left out.
     */
    public static List<DocumentInstance> order(List<DocumentInstance> documents, java.util.function.ToIntFunction<DocumentType> orderOf) {
        List<List<DocumentInstance>> groups = new ArrayList<>();
        for (DocumentInstance d : documents) {
            DocumentType t = d.type();
            if (t == DocumentType.FILE_COVER || t == DocumentType.FILE_INDEX || t == DocumentType.FILE_NOTE) {
                continue;
            }
            if (t == DocumentType.SERVICE_RECEIPT && !groups.isEmpty()) {
                groups.getLast().add(d);
            } else {
                List<DocumentInstance> g = new ArrayList<>();
                g.add(d);
                groups.add(g);
            }
        }
        Map<List<DocumentInstance>, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            position.put(groups.get(i), i);
        }
        List<List<DocumentInstance>> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparingInt((List<DocumentInstance> g) -> orderOf.applyAsInt(g.getFirst().type()))
                .thenComparingInt(position::get));
        List<DocumentInstance> out = new ArrayList<>();
        sorted.forEach(out::addAll);
        return out;
    }

    /** The 目录 entries with contiguous page ranges starting at 1, and the totals. */
    public static CaseFileSummary paginate(List<Part> parts) {
        List<FileIndexEntry> entries = new ArrayList<>();
        int next = 1;
        for (Part p : parts) {
            int pages = Math.max(1, p.pages());
            entries.add(new FileIndexEntry(p.title(), p.number(), p.date(), next, next + pages - 1, null));
            next += pages;
        }
        return new CaseFileSummary(entries, parts.size(), next - 1);
    }

    /**
     * Concatenates cover, 目录, documents and 备考表, numbering the documents' pages bottom right.
     *
     * @param summary the pagination the 目录 and 备考表 were rendered with ({@link #paginate})
     */
    public static CaseFile assemble(String caseNo, byte[] cover, byte[] index, List<Part> parts, byte[] note,
                                    CaseFileSummary summary) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document();
            PdfCopy copy = new PdfCopy(document, out);
            document.addCreator("执法工作站");
            document.addTitle(Texts.tr("doc.caseFile.title", caseNo));
            document.open();
            BaseFont font = PdfFonts.bundled();
            List<Section> sections = new ArrayList<>();
            int physical = 0;
            physical = append(copy, cover, 0, font, sections, SectionKind.COVER, DocumentType.FILE_COVER, 0,
                    Texts.tr("doc.caseFile.cover"), physical);
            physical = append(copy, index, 0, font, sections, SectionKind.INDEX, DocumentType.FILE_INDEX, 0,
                    Texts.tr("doc.caseFile.index"), physical);
            int number = 1;
            for (Part p : parts) {
                physical = append(copy, p.pdf(), number, font, sections, SectionKind.DOCUMENT, p.instance().type(),
                        p.instance().occurrence(), p.title(), physical);
                number += sections.getLast().lastPage() - sections.getLast().firstPage() + 1;
            }
            physical = append(copy, note, 0, font, sections, SectionKind.NOTE, DocumentType.FILE_NOTE, 0,
                    Texts.tr("doc.caseFile.note"), physical);
            document.close();
            if (number - 1 != summary.pages()) {
                throw new IllegalStateException("pagination changed: " + (number - 1) + " != " + summary.pages());
            }
            return new CaseFile(caseNo, out.toByteArray(), List.copyOf(sections), summary, physical);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentException de) {
                throw de;
            }
            throw new DocumentException(Reason.OUTPUT, Texts.tr("doc.error.pdf", String.valueOf(e.getMessage())), e);
        }
    }

    /** The number of pages of a PDF (one when it cannot be read: the assembly then reports the fault). */
    public static int pageCount(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            int pages = reader.getNumberOfPages();
            reader.close();
            return Math.max(1, pages);
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** Appends one part; numbers its pages from {@code firstNumber} when it is positive. Returns the new page count. */
    private static int append(PdfCopy copy, byte[] pdf, int firstNumber, BaseFont font, List<Section> sections,
                              SectionKind kind, DocumentType type, int occurrence, String title, int physical)
            throws IOException {
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        for (int i = 1; i <= pages; i++) {
            PdfImportedPage page = copy.getImportedPage(reader, i);
            if (firstNumber > 0) {
                PdfCopy.PageStamp stamp = copy.createPageStamp(page);
                Rectangle size = reader.getPageSizeWithRotation(i);
                ColumnText.showTextAligned(stamp.getOverContent(), Element.ALIGN_RIGHT,
                        new Phrase(Integer.toString(firstNumber + i - 1), new org.openpdf.text.Font(font, NUMBER_SIZE)),
                        size.getRight() - NUMBER_RIGHT, size.getBottom() + NUMBER_BOTTOM, 0);
                stamp.alterContents();
            }
            copy.addPage(page);
        }
        copy.freeReader(reader);
        reader.close();
        sections.add(new Section(kind, type, occurrence, title, physical + 1, physical + pages,
                firstNumber > 0 ? firstNumber : 0, firstNumber > 0 ? firstNumber + pages - 1 : 0));
        return physical + pages;
    }
}
