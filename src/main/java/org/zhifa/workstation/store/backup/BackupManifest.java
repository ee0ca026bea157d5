package org.zhifa.workstation.store.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code zhifa-backup.json}, the entry that marks a ZIP file as a backup of this program: what made it, when, the
 * schema version of its database, the head of its audit chain, and the size and SHA-256 of every other entry.
 *
 * @param format        layout version of the backup file ({@link #FORMAT})
 * @param programVersion the program version that wrote it
 * @param schemaVersion the Flyway version of the database in it
 * @param reason        manual, daily or exit
 * @param auditHead     the newest audit entry when the backup began (the backup holds it, and may hold later ones)
 * @param cases         how many cases the database held when the backup began
 */
public record BackupManifest(int format, String programVersion, String schemaVersion, Instant createdAt,
                             String reason, Optional<AuditHead> auditHead, long cases, List<Entry> entries) {
    /** The value of "kind": what tells this program's backups from any other ZIP file. */
    public static final String KIND = "zhifa-workstation-backup";
    public static final int FORMAT = 1;
    public static final String ENTRY_NAME = "zhifa-backup.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public BackupManifest {
        entries = List.copyOf(entries);
    }

    /** One file in the backup: its path inside the ZIP file, size and SHA-256 (lower-case hex). */
    public record Entry(String path, long size, String sha256) {
    }

    /** The newest audit entry: its sequence number and hash. */
    public record AuditHead(long seq, String hash) {
    }

    public long totalBytes() {
        return entries.stream().mapToLong(Entry::size).sum();
    }

    byte[] toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", KIND);
        root.put("format", format);
        root.put("programVersion", programVersion);
        root.put("schemaVersion", schemaVersion);
        root.put("createdAt", createdAt.toString());
        root.put("reason", reason);
        auditHead.ifPresent(h -> root.putObject("auditHead").put("seq", h.seq()).put("hash", h.hash()));
        root.put("cases", cases);
        ArrayNode list = root.putArray("entries");
        for (Entry e : entries) {
            list.addObject().put("path", e.path()).put("size", e.size()).put("sha256", e.sha256());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a manifest; empty when the bytes are not one of this program's (no JSON object, another "kind").
     *
     * @throws IllegalArgumentException when it is ours but a field is missing or malformed (the message names it)
     */
    static Optional<BackupManifest> parse(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !KIND.equals(root.path("kind").asText(null))) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : array(root, "entries")) {
            entries.add(new Entry(text(e, "path"), number(e, "size"), text(e, "sha256")));
        }
        JsonNode head = root.path("auditHead");
        Optional<AuditHead> auditHead = head.isObject()
                ? Optional.of(new AuditHead(number(head, "seq"), text(head, "hash"))) : Optional.empty();
        Instant created;
        try {
            created = Instant.parse(text(root, "createdAt"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("createdAt");
        }
        return Optional.of(new BackupManifest((int) number(root, "format"), text(root, "programVersion"),
                text(root, "schemaVersion"), created, root.path("reason").asText(""), auditHead,
                root.path("cases").asLong(0), entries));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.textValue().isBlank()) {
            throw new IllegalArgumentException(field);
        }
        return v.textValue();
    }

    private static long number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.longValue() < 0) {
            throw new IllegalArgumentException(field);
        }
        return v.longValue();
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException(field);
        }
        return v;
    }
}
