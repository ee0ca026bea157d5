package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.AUDIT_LOG;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.zhifa.workstation.domain.audit.AuditEntry;
import org.zhifa.workstation.store.jooq.tables.records.AuditLogRecord;

/** The append-only, hash-chained audit log. Appends happen inside the transaction of the change they record. */
public final class AuditLogRepository {

    public AuditEntry append(Tx tx, String actor, String action, String entity, String entityKey, String details) {
        DSLContext ctx = tx.dsl();
        // lock the last row so concurrent appends chain in order
        AuditLogRecord last = ctx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(1).forUpdate().fetchOne();
        long seq = last == null ? 1 : last.getSeq() + 1;
        String prev = last == null ? AuditEntry.GENESIS : last.getHash();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AuditEntry entry = AuditEntry.next(seq, now, actor, action, entity, entityKey, details, prev);
        ctx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.SEQ, entry.seq())
                .set(AUDIT_LOG.OCCURRED_AT, LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .set(AUDIT_LOG.ACTOR, entry.actor())
                .set(AUDIT_LOG.ACTION, entry.action())
                .set(AUDIT_LOG.ENTITY, entry.entity())
                .set(AUDIT_LOG.ENTITY_KEY, entry.entityKey())
                .set(AUDIT_LOG.DETAILS, entry.details())
                .set(AUDIT_LOG.PREV_HASH, entry.prevHash())
                .set(AUDIT_LOG.HASH, entry.hash())
                .execute();
        return entry;
    }

    /** The newest entry (the head of the chain), when the log is not empty. */
    public java.util.Optional<AuditEntry> last(Tx tx) {
        return tx.dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(1).fetchOptional(AuditLogRepository::entry);
    }

    public List<AuditEntry> all(Tx tx) {
        DSLContext ctx = tx.dsl();
        return ctx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetch(AuditLogRepository::entry);
    }

    private static AuditEntry entry(AuditLogRecord r) {
        return new AuditEntry(r.getSeq(), r.getOccurredAt().toInstant(ZoneOffset.UTC), r.getActor(), r.getAction(),
                r.getEntity(), r.getEntityKey(), r.getDetails(), r.getPrevHash(), r.getHash());
    }
}
