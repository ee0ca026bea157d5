package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.EXCHANGE_BUNDLE;
import static org.zhifa.workstation.store.jooq.Tables.EXCHANGE_FILE;
import static org.zhifa.workstation.store.jooq.Tables.EXCHANGE_KEY;
import static org.zhifa.workstation.store.jooq.Tables.EXCHANGE_SUBMISSION;
import static org.zhifa.workstation.store.jooq.Tables.REVIEW_QUEUE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.zhifa.workstation.store.jooq.tables.records.ExchangeBundleRecord;
import org.zhifa.workstation.store.jooq.tables.records.ExchangeKeyRecord;
import org.zhifa.workstation.store.jooq.tables.records.ExchangeSubmissionRecord;
import org.zhifa.workstation.store.jooq.tables.records.ReviewQueueRecord;

/**
 * The exchange tables (V5__exchange.sql): the trust store of other installations' public keys, the bundles imported
 * and written (replay detection), the township's submissions for review and the county's review queue. Rows are
 * plain records; the exchange services give them their meaning. Times are stored in UTC.
 */
public final class ExchangeRepository {

    /** A public key of another installation and whether it is trusted. */
    public record KeyRow(String keyId, String publicKey, String algorithm, String authorityCode, String authorityName,
                         String ownerName, Instant keyCreatedAt, String status, Instant trustedAt, String trustedBy,
                         Instant revokedAt, String revokedBy, String revokeReason) { }

    /** A bundle imported here (IN) or written here (OUT). */
    public record BundleRow(String bundleId, String kind, String direction, String caseNo, Integer caseRevision,
                            String signerKeyId, String manifestSha256, Integer packVersion, String fileName,
                            Instant processedAt, String processedBy) { }

    /** A case bundle the township sent for review, and its outcome. */
    public record SubmissionRow(String bundleId, String caseNo, int caseRevision, Instant submittedAt,
                                String submittedBy, String status, Instant closedAt, String closedBy,
                                String resultBundleId, String conclusion, String reviewer, String pointsJson,
                                String legalBasis) { }

    /** A case bundle in the county's review queue. {@code id} is null before it is stored. */
    public record QueueRow(Long id, String bundleId, String caseNo, int caseRevision, String cause, String partyName,
                           String sourceAuthority, String sourceName, String signerKeyId, Instant bundleCreatedAt,
                           LocalDate receivedOn, Instant receivedAt, String receivedBy, String status, Long previousId,
                           String manifestJson, String caseJson, String referenceJson, String conclusion,
                           String opinionJson, String resultBundleId, Instant answeredAt, String answeredBy) { }

    /** A document or evidence file that came in a bundle, kept in the content store. */
    public record FileRow(String bundleId, String path, String mediaType, String sha256, long sizeBytes) { }

    // ---- keys -------------------------------------------------------------------------------------------------

    public Optional<KeyRow> key(Tx tx, String keyId) {
        return Optional.ofNullable(tx.dsl().selectFrom(EXCHANGE_KEY).where(EXCHANGE_KEY.KEY_ID.eq(keyId)).fetchOne())
                .map(ExchangeRepository::toKey);
    }

    public List<KeyRow> keys(Tx tx) {
        return tx.dsl().selectFrom(EXCHANGE_KEY).orderBy(EXCHANGE_KEY.TRUSTED_AT, EXCHANGE_KEY.KEY_ID)
                .fetch(ExchangeRepository::toKey);
    }

    public void insertKey(Tx tx, KeyRow k) {
        tx.dsl().insertInto(EXCHANGE_KEY)
                .set(EXCHANGE_KEY.KEY_ID, k.keyId())
                .set(EXCHANGE_KEY.PUBLIC_KEY, k.publicKey())
                .set(EXCHANGE_KEY.ALGORITHM, k.algorithm())
                .set(EXCHANGE_KEY.AUTHORITY_CODE, k.authorityCode())
                .set(EXCHANGE_KEY.AUTHORITY_NAME, k.authorityName())
                .set(EXCHANGE_KEY.OWNER_NAME, k.ownerName())
                .set(EXCHANGE_KEY.KEY_CREATED_AT, utc(k.keyCreatedAt()))
                .set(EXCHANGE_KEY.STATUS, k.status())
                .set(EXCHANGE_KEY.TRUSTED_AT, utc(k.trustedAt()))
                .set(EXCHANGE_KEY.TRUSTED_BY, k.trustedBy())
                .set(EXCHANGE_KEY.REVOKED_AT, utc(k.revokedAt()))
                .set(EXCHANGE_KEY.REVOKED_BY, k.revokedBy())
                .set(EXCHANGE_KEY.REVOKE_REASON, k.revokeReason())
                .execute();
    }

    /** Marks a key revoked; returns false when there is no such key. */
    public boolean revokeKey(Tx tx, String keyId, Instant at, String by, String reason) {
        return tx.dsl().update(EXCHANGE_KEY)
                .set(EXCHANGE_KEY.STATUS, "REVOKED")
                .set(EXCHANGE_KEY.REVOKED_AT, utc(at))
                .set(EXCHANGE_KEY.REVOKED_BY, by)
                .set(EXCHANGE_KEY.REVOKE_REASON, reason)
                .where(EXCHANGE_KEY.KEY_ID.eq(keyId))
                .execute() == 1;
    }

    private static KeyRow toKey(ExchangeKeyRecord r) {
        return new KeyRow(r.getKeyId(), r.getPublicKey(), r.getAlgorithm(), r.getAuthorityCode(), r.getAuthorityName(),
                r.getOwnerName(), instant(r.getKeyCreatedAt()), r.getStatus(), instant(r.getTrustedAt()),
                r.getTrustedBy(), instant(r.getRevokedAt()), r.getRevokedBy(), r.getRevokeReason());
    }

    // ---- bundles ----------------------------------------------------------------------------------------------

    public Optional<BundleRow> bundle(Tx tx, String bundleId) {
        return Optional.ofNullable(tx.dsl().selectFrom(EXCHANGE_BUNDLE).where(EXCHANGE_BUNDLE.BUNDLE_ID.eq(bundleId))
                .fetchOne()).map(ExchangeRepository::toBundle);
    }

    public List<BundleRow> bundles(Tx tx) {
        return tx.dsl().selectFrom(EXCHANGE_BUNDLE).orderBy(EXCHANGE_BUNDLE.PROCESSED_AT, EXCHANGE_BUNDLE.BUNDLE_ID)
                .fetch(ExchangeRepository::toBundle);
    }

    public void insertBundle(Tx tx, BundleRow b) {
        tx.dsl().insertInto(EXCHANGE_BUNDLE)
                .set(EXCHANGE_BUNDLE.BUNDLE_ID, b.bundleId())
                .set(EXCHANGE_BUNDLE.KIND, b.kind())
                .set(EXCHANGE_BUNDLE.DIRECTION, b.direction())
                .set(EXCHANGE_BUNDLE.CASE_NO, b.caseNo())
                .set(EXCHANGE_BUNDLE.CASE_REVISION, b.caseRevision())
                .set(EXCHANGE_BUNDLE.SIGNER_KEY_ID, b.signerKeyId())
                .set(EXCHANGE_BUNDLE.MANIFEST_SHA256, b.manifestSha256())
                .set(EXCHANGE_BUNDLE.PACK_VERSION, b.packVersion())
                .set(EXCHANGE_BUNDLE.FILE_NAME, b.fileName())
                .set(EXCHANGE_BUNDLE.PROCESSED_AT, utc(b.processedAt()))
                .set(EXCHANGE_BUNDLE.PROCESSED_BY, b.processedBy())
                .execute();
    }

    /** The highest version of the catalog packs imported here, if any. */
    public Optional<Integer> latestPackVersion(Tx tx) {
        return Optional.ofNullable(tx.dsl().select(org.jooq.impl.DSL.max(EXCHANGE_BUNDLE.PACK_VERSION))
                .from(EXCHANGE_BUNDLE)
                .where(EXCHANGE_BUNDLE.KIND.eq("CATALOG_PACK").and(EXCHANGE_BUNDLE.DIRECTION.eq("IN")))
                .fetchOne(0, Integer.class));
    }

    private static BundleRow toBundle(ExchangeBundleRecord r) {
        return new BundleRow(r.getBundleId(), r.getKind(), r.getDirection(), r.getCaseNo(), r.getCaseRevision(),
                r.getSignerKeyId(), r.getManifestSha256(), r.getPackVersion(), r.getFileName(),
                instant(r.getProcessedAt()), r.getProcessedBy());
    }

    // ---- submissions (township) -------------------------------------------------------------------------------

    public void insertSubmission(Tx tx, SubmissionRow s) {
        tx.dsl().insertInto(EXCHANGE_SUBMISSION)
                .set(EXCHANGE_SUBMISSION.BUNDLE_ID, s.bundleId())
                .set(EXCHANGE_SUBMISSION.CASE_NO, s.caseNo())
                .set(EXCHANGE_SUBMISSION.CASE_REVISION, s.caseRevision())
                .set(EXCHANGE_SUBMISSION.SUBMITTED_AT, utc(s.submittedAt()))
                .set(EXCHANGE_SUBMISSION.SUBMITTED_BY, s.submittedBy())
                .set(EXCHANGE_SUBMISSION.STATUS, s.status())
                .execute();
    }

    public Optional<SubmissionRow> submission(Tx tx, String bundleId) {
        return Optional.ofNullable(tx.dsl().selectFrom(EXCHANGE_SUBMISSION)
                .where(EXCHANGE_SUBMISSION.BUNDLE_ID.eq(bundleId)).fetchOne()).map(ExchangeRepository::toSubmission);
    }

    /** The submissions of a case, oldest first. */
    public List<SubmissionRow> submissions(Tx tx, String caseNo) {
        return tx.dsl().selectFrom(EXCHANGE_SUBMISSION).where(EXCHANGE_SUBMISSION.CASE_NO.eq(caseNo))
                .orderBy(EXCHANGE_SUBMISSION.ID)
                .fetch(ExchangeRepository::toSubmission);
    }

    /** The case numbers that were ever submitted for review. */
    public List<String> submittedCases(Tx tx) {
        return tx.dsl().selectDistinct(EXCHANGE_SUBMISSION.CASE_NO).from(EXCHANGE_SUBMISSION)
                .orderBy(EXCHANGE_SUBMISSION.CASE_NO).fetch(EXCHANGE_SUBMISSION.CASE_NO);
    }

    /** Every submission still waiting for its result. */
    public List<SubmissionRow> pendingSubmissions(Tx tx) {
        return tx.dsl().selectFrom(EXCHANGE_SUBMISSION).where(EXCHANGE_SUBMISSION.STATUS.eq("PENDING"))
                .orderBy(EXCHANGE_SUBMISSION.ID).fetch(ExchangeRepository::toSubmission);
    }

    /** Closes a submission (WITHDRAWN or ANSWERED) with what closed it; false when it was not PENDING. */
    public boolean closeSubmission(Tx tx, SubmissionRow s) {
        return tx.dsl().update(EXCHANGE_SUBMISSION)
                .set(EXCHANGE_SUBMISSION.STATUS, s.status())
                .set(EXCHANGE_SUBMISSION.CLOSED_AT, utc(s.closedAt()))
                .set(EXCHANGE_SUBMISSION.CLOSED_BY, s.closedBy())
                .set(EXCHANGE_SUBMISSION.RESULT_BUNDLE_ID, s.resultBundleId())
                .set(EXCHANGE_SUBMISSION.CONCLUSION, s.conclusion())
                .set(EXCHANGE_SUBMISSION.REVIEWER, s.reviewer())
                .set(EXCHANGE_SUBMISSION.POINTS, s.pointsJson())
                .set(EXCHANGE_SUBMISSION.LEGAL_BASIS, s.legalBasis())
                .where(EXCHANGE_SUBMISSION.BUNDLE_ID.eq(s.bundleId()).and(EXCHANGE_SUBMISSION.STATUS.eq("PENDING")))
                .execute() == 1;
    }

    private static SubmissionRow toSubmission(ExchangeSubmissionRecord r) {
        return new SubmissionRow(r.getBundleId(), r.getCaseNo(), r.getCaseRevision(), instant(r.getSubmittedAt()),
                r.getSubmittedBy(), r.getStatus(), instant(r.getClosedAt()), r.getClosedBy(), r.getResultBundleId(),
                r.getConclusion(), r.getReviewer(), r.getPoints(), r.getLegalBasis());
    }

    // ---- review queue (county) --------------------------------------------------------------------------------

    /** Stores a queue item and returns its id. */
    public long insertQueueItem(Tx tx, QueueRow q) {
        return tx.dsl().insertInto(REVIEW_QUEUE)
                .set(REVIEW_QUEUE.BUNDLE_ID, q.bundleId())
                .set(REVIEW_QUEUE.CASE_NO, q.caseNo())
                .set(REVIEW_QUEUE.CASE_REVISION, q.caseRevision())
                .set(REVIEW_QUEUE.CAUSE, q.cause())
                .set(REVIEW_QUEUE.PARTY_NAME, q.partyName())
                .set(REVIEW_QUEUE.SOURCE_AUTHORITY, q.sourceAuthority())
                .set(REVIEW_QUEUE.SOURCE_NAME, q.sourceName())
                .set(REVIEW_QUEUE.SIGNER_KEY_ID, q.signerKeyId())
                .set(REVIEW_QUEUE.BUNDLE_CREATED_AT, utc(q.bundleCreatedAt()))
                .set(REVIEW_QUEUE.RECEIVED_ON, q.receivedOn())
                .set(REVIEW_QUEUE.RECEIVED_AT, utc(q.receivedAt()))
                .set(REVIEW_QUEUE.RECEIVED_BY, q.receivedBy())
                .set(REVIEW_QUEUE.STATUS, q.status())
                .set(REVIEW_QUEUE.PREVIOUS_ID, q.previousId())
                .set(REVIEW_QUEUE.MANIFEST_JSON, q.manifestJson())
                .set(REVIEW_QUEUE.CASE_JSON, q.caseJson())
                .set(REVIEW_QUEUE.REFERENCE_JSON, q.referenceJson())
                .returning(REVIEW_QUEUE.ID).fetchOne().getId();
    }

    /** Every queue item, newest first. */
    public List<QueueRow> queue(Tx tx) {
        return tx.dsl().selectFrom(REVIEW_QUEUE).orderBy(REVIEW_QUEUE.ID.desc()).fetch(ExchangeRepository::toQueue);
    }

    public Optional<QueueRow> queueItem(Tx tx, long id) {
        return Optional.ofNullable(tx.dsl().selectFrom(REVIEW_QUEUE).where(REVIEW_QUEUE.ID.eq(id)).fetchOne())
                .map(ExchangeRepository::toQueue);
    }

    /** The latest queue item of a case from a source (the version a resubmission follows), if any. */
    public Optional<QueueRow> latestQueueItem(Tx tx, String sourceAuthority, String caseNo) {
        return Optional.ofNullable(tx.dsl().selectFrom(REVIEW_QUEUE)
                .where(REVIEW_QUEUE.SOURCE_AUTHORITY.eq(sourceAuthority).and(REVIEW_QUEUE.CASE_NO.eq(caseNo)))
                .orderBy(REVIEW_QUEUE.ID.desc()).limit(1).fetchOne()).map(ExchangeRepository::toQueue);
    }

    public void setQueueStatus(Tx tx, long id, String status) {
        tx.dsl().update(REVIEW_QUEUE).set(REVIEW_QUEUE.STATUS, status).where(REVIEW_QUEUE.ID.eq(id)).execute();
    }

    /** The case-file audit of a queue item: its score and whether a veto item was found. */
    public record QueueAudit(java.math.BigDecimal score, boolean vetoed) { }

    public void setQueueAudit(Tx tx, long id, QueueAudit audit) {
        tx.dsl().update(REVIEW_QUEUE).set(REVIEW_QUEUE.AUDIT_SCORE, audit.score())
                .set(REVIEW_QUEUE.AUDIT_VETOED, audit.vetoed()).where(REVIEW_QUEUE.ID.eq(id)).execute();
    }

    /** The audits recorded for queue items, by item id (items not audited are absent). */
    public java.util.Map<Long, QueueAudit> queueAudits(Tx tx) {
        java.util.Map<Long, QueueAudit> out = new java.util.HashMap<>();
        tx.dsl().select(REVIEW_QUEUE.ID, REVIEW_QUEUE.AUDIT_SCORE, REVIEW_QUEUE.AUDIT_VETOED).from(REVIEW_QUEUE)
                .where(REVIEW_QUEUE.AUDIT_SCORE.isNotNull())
                .forEach(r -> out.put(r.value1(), new QueueAudit(r.value2(), Boolean.TRUE.equals(r.value3()))));
        return out;
    }

    /** Records the opinion written on a PENDING item; false when the item was no longer PENDING. */
    public boolean answerQueueItem(Tx tx, long id, String conclusion, String opinionJson, String resultBundleId,
                                   Instant at, String by) {
        return tx.dsl().update(REVIEW_QUEUE)
                .set(REVIEW_QUEUE.STATUS, "ANSWERED")
                .set(REVIEW_QUEUE.CONCLUSION, conclusion)
                .set(REVIEW_QUEUE.OPINION_JSON, opinionJson)
                .set(REVIEW_QUEUE.RESULT_BUNDLE_ID, resultBundleId)
                .set(REVIEW_QUEUE.ANSWERED_AT, utc(at))
                .set(REVIEW_QUEUE.ANSWERED_BY, by)
                .where(REVIEW_QUEUE.ID.eq(id).and(REVIEW_QUEUE.STATUS.eq("PENDING")))
                .execute() == 1;
    }

    private static QueueRow toQueue(ReviewQueueRecord r) {
        return new QueueRow(r.getId(), r.getBundleId(), r.getCaseNo(), r.getCaseRevision(), r.getCause(),
                r.getPartyName(), r.getSourceAuthority(), r.getSourceName(), r.getSignerKeyId(),
                instant(r.getBundleCreatedAt()), r.getReceivedOn(), instant(r.getReceivedAt()), r.getReceivedBy(),
                r.getStatus(), r.getPreviousId(), r.getManifestJson(), r.getCaseJson(), r.getReferenceJson(),
                r.getConclusion(), r.getOpinionJson(), r.getResultBundleId(), instant(r.getAnsweredAt()),
                r.getAnsweredBy());
    }

    // ---- files ------------------------------------------------------------------------------------------------

    public void insertFile(Tx tx, FileRow f) {
        tx.dsl().insertInto(EXCHANGE_FILE)
                .set(EXCHANGE_FILE.BUNDLE_ID, f.bundleId())
                .set(EXCHANGE_FILE.PATH, f.path())
                .set(EXCHANGE_FILE.MEDIA_TYPE, f.mediaType())
                .set(EXCHANGE_FILE.SHA256, f.sha256())
                .set(EXCHANGE_FILE.SIZE_BYTES, f.sizeBytes())
                .execute();
    }

    /** The files that came in a bundle, in path order. */
    public List<FileRow> files(Tx tx, String bundleId) {
        DSLContext ctx = tx.dsl();
        return ctx.selectFrom(EXCHANGE_FILE).where(EXCHANGE_FILE.BUNDLE_ID.eq(bundleId)).orderBy(EXCHANGE_FILE.PATH)
                .fetch(r -> new FileRow(r.getBundleId(), r.getPath(), r.getMediaType(), r.getSha256(),
                        r.getSizeBytes()));
    }

    private static LocalDateTime utc(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
