package org.zhifa.workstation.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One row of the append-only audit log (全过程记录). Each entry's hash covers its fields and the previous
 * entry's hash, so changing or removing any earlier row breaks every later hash.
 */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String entity,
        String entityKey,
        String details,
        String prevHash,
        String hash) {

    /** Hash of the first entry's predecessor. */
    public static final String GENESIS = "0".repeat(64);

    /** Computes the hash an entry with these fields must carry. */
    public static String computeHash(long seq, Instant occurredAt, String actor, String action, String entity,
                                     String entityKey, String details, String prevHash) {
        String canonical = String.join("\u001f", Long.toString(seq), occurredAt.toString(), actor, action, entity,
                entityKey, details == null ? "" : details, prevHash);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates the entry that follows {@code previousHash} in the chain. */
    public static AuditEntry next(long seq, Instant occurredAt, String actor, String action, String entity,
                                  String entityKey, String details, String previousHash) {
        String hash = computeHash(seq, occurredAt, actor, action, entity, entityKey, details, previousHash);
        return new AuditEntry(seq, occurredAt, actor, action, entity, entityKey, details, previousHash, hash);
    }

    /** Whether the stored hash matches the fields. */
    public boolean isIntact() {
        return hash.equals(computeHash(seq, occurredAt, actor, action, entity, entityKey, details, prevHash));
    }
}
