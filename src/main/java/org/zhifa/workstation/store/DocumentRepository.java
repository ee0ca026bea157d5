package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.CASE_FILE;
import static org.zhifa.workstation.store.jooq.Tables.DOCUMENT;
import static org.zhifa.workstation.store.jooq.Tables.DOCUMENT_NUMBER;
import static org.zhifa.workstation.store.jooq.Tables.DOCUMENT_NUMBER_SEQUENCE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.zhifa.workstation.store.jooq.tables.records.DocumentNumberSequenceRecord;

/**
 * The documents of cases: the 文号 sequences (one per authority, 文书代字 and year), the registry of the numbers
 * given to a case's documents, and one row per produced file (type, occurrence, format, content hash).
 *
 * <p>{@link #allocateNumber} locks the sequence row ({@code SELECT … FOR UPDATE}) and raises it in the caller's
 * transaction: the number is used only if that transaction commits, so a failed rendering leaves no gap, and two
 * transactions never get the same number (R37).
 */
public final class DocumentRepository {
    private static final int INSERT_RETRIES = 5;

    private final ReferenceRepository reference;

    public DocumentRepository(ReferenceRepository reference) {
        this.reference = reference;
    }

    /** A 文号 recorded for a document of a case. */
    public record NumberRow(String docType, int occurrence, String authorityCode, String numberCode, int year,
                            int serial, String number, LocalDate issuedOn) { }

    /** A produced file of a document. */
    public record DocumentRow(String docType, int occurrence, String title, String number, LocalDate issuedOn,
                              String format, String sha256, long sizeBytes, Integer pages, LocalDateTime createdAt) { }

    /**
     * The next serial of the authority's sequence for the 文书代字 and year, starting at 1; the sequence row is
     * created on first use. Must run inside a transaction ({@code Database.transaction}).
     */
    public int allocateNumber(Tx tx, String authorityCode, String numberCode, int year) {
        DSLContext ctx = tx.dsl();
        long authorityId = reference.authorityId(tx, authorityCode);
        for (int attempt = 0; ; attempt++) {
            DocumentNumberSequenceRecord row = ctx.selectFrom(DOCUMENT_NUMBER_SEQUENCE)
                    .where(DOCUMENT_NUMBER_SEQUENCE.AUTHORITY_ID.eq(authorityId)
                            .and(DOCUMENT_NUMBER_SEQUENCE.DOC_TYPE.eq(numberCode))
                            .and(DOCUMENT_NUMBER_SEQUENCE.DOC_YEAR.eq(year)))
                    .forUpdate()
                    .fetchOne();
            if (row != null) {
                int next = row.getLastValue() + 1;
                ctx.update(DOCUMENT_NUMBER_SEQUENCE)
                        .set(DOCUMENT_NUMBER_SEQUENCE.LAST_VALUE, next)
                        .where(DOCUMENT_NUMBER_SEQUENCE.AUTHORITY_ID.eq(authorityId)
                                .and(DOCUMENT_NUMBER_SEQUENCE.DOC_TYPE.eq(numberCode))
                                .and(DOCUMENT_NUMBER_SEQUENCE.DOC_YEAR.eq(year)))
                        .execute();
                return next;
            }
            try {
                ctx.insertInto(DOCUMENT_NUMBER_SEQUENCE)
                        .set(DOCUMENT_NUMBER_SEQUENCE.AUTHORITY_ID, authorityId)
                        .set(DOCUMENT_NUMBER_SEQUENCE.DOC_TYPE, numberCode)
                        .set(DOCUMENT_NUMBER_SEQUENCE.DOC_YEAR, year)
                        .set(DOCUMENT_NUMBER_SEQUENCE.LAST_VALUE, 1)
                        .execute();
                return 1;
            } catch (IntegrityConstraintViolationException e) {
                // another transaction created the row first: lock it and go on from its value
                if (attempt >= INSERT_RETRIES) {
                    throw new StoreException("document number sequence busy: " + numberCode + " " + year, e);
                }
            } catch (DataAccessException e) {
                if (attempt >= INSERT_RETRIES || !isDuplicate(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isDuplicate(DataAccessException e) {
        String state = e.sqlState();
        return "23505".equals(state) || "23000".equals(state);
    }

    /** The last serial handed out (0 when the sequence was never used). */
    public int lastNumber(Tx tx, String authorityCode, String numberCode, int year) {
        long authorityId = reference.authorityId(tx, authorityCode);
        Integer v = tx.dsl().select(DOCUMENT_NUMBER_SEQUENCE.LAST_VALUE).from(DOCUMENT_NUMBER_SEQUENCE)
                .where(DOCUMENT_NUMBER_SEQUENCE.AUTHORITY_ID.eq(authorityId)
                        .and(DOCUMENT_NUMBER_SEQUENCE.DOC_TYPE.eq(numberCode))
                        .and(DOCUMENT_NUMBER_SEQUENCE.DOC_YEAR.eq(year)))
                .fetchOne(DOCUMENT_NUMBER_SEQUENCE.LAST_VALUE);
        return v == null ? 0 : v;
    }

    /** The number recorded for a document of a case, if any. */
    public Optional<NumberRow> number(Tx tx, String caseNo, String docType, int occurrence) {
        long caseId = caseId(tx, caseNo);
        return tx.dsl().selectFrom(DOCUMENT_NUMBER)
                .where(DOCUMENT_NUMBER.CASE_ID.eq(caseId)
                        .and(DOCUMENT_NUMBER.DOC_TYPE.eq(docType))
                        .and(DOCUMENT_NUMBER.OCCURRENCE.eq(occurrence)))
                .fetchOptional()
                .map(r -> new NumberRow(r.getDocType(), r.getOccurrence(), authorityCode(tx, r.getAuthorityId()),
                        r.getNumberCode(), r.getDocYear(), r.getSerial(), r.getDocNumber(), r.getIssuedOn()));
    }

    /** Records the number given to a document of a case (in the transaction that allocated it). */
    public void recordNumber(Tx tx, String caseNo, NumberRow n) {
        tx.dsl().insertInto(DOCUMENT_NUMBER)
                .set(DOCUMENT_NUMBER.CASE_ID, caseId(tx, caseNo))
                .set(DOCUMENT_NUMBER.DOC_TYPE, n.docType())
                .set(DOCUMENT_NUMBER.OCCURRENCE, n.occurrence())
                .set(DOCUMENT_NUMBER.AUTHORITY_ID, reference.authorityId(tx, n.authorityCode()))
                .set(DOCUMENT_NUMBER.NUMBER_CODE, n.numberCode())
                .set(DOCUMENT_NUMBER.DOC_YEAR, n.year())
                .set(DOCUMENT_NUMBER.SERIAL, n.serial())
                .set(DOCUMENT_NUMBER.DOC_NUMBER, n.number())
                .set(DOCUMENT_NUMBER.ISSUED_ON, n.issuedOn())
                .set(DOCUMENT_NUMBER.CREATED_AT, LocalDateTime.now())
                .execute();
    }

    /** Every number of a case's documents, in the order they were given. */
    public List<NumberRow> numbers(Tx tx, String caseNo) {
        long caseId = caseId(tx, caseNo);
        return tx.dsl().selectFrom(DOCUMENT_NUMBER).where(DOCUMENT_NUMBER.CASE_ID.eq(caseId))
                .orderBy(DOCUMENT_NUMBER.ID)
                .fetch(r -> new NumberRow(r.getDocType(), r.getOccurrence(), authorityCode(tx, r.getAuthorityId()),
                        r.getNumberCode(), r.getDocYear(), r.getSerial(), r.getDocNumber(), r.getIssuedOn()));
    }

    /** The latest number of each document type of a case (highest occurrence), by type name. */
    public Map<String, String> latestNumbers(Tx tx, String caseNo) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> occurrence = new LinkedHashMap<>();
        for (NumberRow n : numbers(tx, caseNo)) {
            Integer seen = occurrence.get(n.docType());
            if (seen == null || n.occurrence() >= seen) {
                occurrence.put(n.docType(), n.occurrence());
                out.put(n.docType(), n.number());
            }
        }
        return out;
    }

    /** Stores (or replaces) the row of a produced file: one per case, type, occurrence and format. */
    public void saveDocument(Tx tx, String caseNo, DocumentRow d) {
        DSLContext ctx = tx.dsl();
        long caseId = caseId(tx, caseNo);
        int updated = ctx.update(DOCUMENT)
                .set(DOCUMENT.TITLE, d.title())
                .set(DOCUMENT.DOC_NUMBER, d.number())
                .set(DOCUMENT.ISSUED_ON, d.issuedOn())
                .set(DOCUMENT.SHA256, d.sha256())
                .set(DOCUMENT.SIZE_BYTES, d.sizeBytes())
                .set(DOCUMENT.PAGE_COUNT, d.pages())
                .set(DOCUMENT.CREATED_AT, d.createdAt())
                .where(DOCUMENT.CASE_ID.eq(caseId)
                        .and(DOCUMENT.DOC_TYPE.eq(d.docType()))
                        .and(DOCUMENT.OCCURRENCE.eq(d.occurrence()))
                        .and(DOCUMENT.FORMAT.eq(d.format())))
                .execute();
        if (updated == 0) {
            ctx.insertInto(DOCUMENT)
                    .set(DOCUMENT.CASE_ID, caseId)
                    .set(DOCUMENT.DOC_TYPE, d.docType())
                    .set(DOCUMENT.OCCURRENCE, d.occurrence())
                    .set(DOCUMENT.TITLE, d.title())
                    .set(DOCUMENT.DOC_NUMBER, d.number())
                    .set(DOCUMENT.ISSUED_ON, d.issuedOn())
                    .set(DOCUMENT.FORMAT, d.format())
                    .set(DOCUMENT.SHA256, d.sha256())
                    .set(DOCUMENT.SIZE_BYTES, d.sizeBytes())
                    .set(DOCUMENT.PAGE_COUNT, d.pages())
                    .set(DOCUMENT.CREATED_AT, d.createdAt())
                    .execute();
        }
    }

    /** The produced files of a case, in the order they were first stored. */
    public List<DocumentRow> documents(Tx tx, String caseNo) {
        long caseId = caseId(tx, caseNo);
        return tx.dsl().selectFrom(DOCUMENT).where(DOCUMENT.CASE_ID.eq(caseId)).orderBy(DOCUMENT.ID)
                .fetch(r -> new DocumentRow(r.getDocType(), r.getOccurrence(), r.getTitle(), r.getDocNumber(),
                        r.getIssuedOn(), r.getFormat(), r.getSha256(),
                        r.getSizeBytes() == null ? 0L : r.getSizeBytes(), r.getPageCount(), r.getCreatedAt()));
    }

    private long caseId(Tx tx, String caseNo) {
        Record1<Long> id = tx.dsl().select(CASE_FILE.ID).from(CASE_FILE).where(CASE_FILE.CASE_NO.eq(caseNo)).fetchOne();
        if (id == null) {
            throw new StoreException("unknown case " + caseNo);
        }
        return id.value1();
    }

    private String authorityCode(Tx tx, long authorityId) {
        return reference.authorityById(tx, authorityId).map(a -> a.code()).orElse(null);
    }
}
