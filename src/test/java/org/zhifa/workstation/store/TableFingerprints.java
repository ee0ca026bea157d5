package org.zhifa.workstation.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Row counts and SHA-256 of the tables that hold cases, documents, 文号 and the audit log, over plain JDBC, for the
 * columns a database had when the fingerprint was taken: a later migration may add columns, never change these.
 *
 * <p>{@code main(dataDirectory, manifestFile)} writes the manifest of an upgrade fixture (see
 * src/test/resources/fixtures/README.md); it opens the database without migrating it.
 */
public final class TableFingerprints {
    /** The tables and the columns that order their rows. */
    public static final Map<String, String> TABLES = orderedTables();

    private TableFingerprints() {
    }

    private static Map<String, String> orderedTables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("AUTHORITY", "ID");
        t.put("OFFICER", "ID");
        t.put("PARTY", "ID");
        t.put("CASE_FILE", "ID");
        t.put("CASE_OFFICER", "CASE_ID, OFFICER_ID");
        t.put("CASE_EVENT", "ID");
        t.put("EVIDENCE", "ID");
        t.put("DOCUMENT", "ID");
        t.put("DOCUMENT_NUMBER", "ID");
        t.put("DOCUMENT_NUMBER_SEQUENCE", "AUTHORITY_ID, DOC_TYPE, DOC_YEAR");
        t.put("APP_USER", "ID");
        t.put("AUDIT_LOG", "SEQ");
        return t;
    }

    /** One table's fingerprint: its columns (as fingerprinted), row count and hash. */
    public record Table(List<String> columns, long rows, String sha256) {
    }

    /** The fingerprint of every table with its present columns. */
    public static Map<String, Table> take(Connection c) throws SQLException {
        Map<String, Table> all = new LinkedHashMap<>();
        for (String table : TABLES.keySet()) {
            all.put(table, take(c, table, columns(c, table)));
        }
        return all;
    }

    /** The fingerprint of the tables over the given columns (those recorded in a manifest). */
    public static Map<String, Table> take(Connection c, Map<String, List<String>> columns) throws SQLException {
        Map<String, Table> all = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : columns.entrySet()) {
            all.put(e.getKey(), take(c, e.getKey(), e.getValue()));
        }
        return all;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static Table take(Connection c, String table, List<String> columns) throws SQLException {
        MessageDigest digest = sha256();
        long rows = 0;
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY " + TABLES.get(table);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.size(); i++) {
                    String v = rs.getString(i);
                    row.append(v == null ? "\u0000" : v).append('\u001f');
                }
                digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                rows++;
            }
        }
        return new Table(List.copyOf(columns), rows, HexFormat.of().formatHex(digest.digest()));
    }

    /** A plain connection to the database of a data directory (no migration). */
    public static Connection connect(Path dataDirectory) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDirectory.resolve("zhifa").toAbsolutePath(), "sa", "");
    }

    public static void write(Map<String, Table> tables, Path file, String comment) throws IOException {
        Properties p = new Properties();
        tables.forEach((name, t) -> {
            p.setProperty(name + ".columns", String.join(",", t.columns()));
            p.setProperty(name + ".rows", Long.toString(t.rows()));
            p.setProperty(name + ".sha256", t.sha256());
        });
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, comment);
        }
    }

    public static Map<String, Table> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : TABLES.keySet()) {
            if (p.getProperty(name + ".columns") != null) {
                tables.put(name, new Table(List.of(p.getProperty(name + ".columns").split(",")),
                        Long.parseLong(p.getProperty(name + ".rows")), p.getProperty(name + ".sha256")));
            }
        }
        return tables;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = connect(Path.of(args[0]))) {
            write(take(c), Path.of(args[1]), "Tables of the fixture database before any migration of today's code");
        }
    }
}
