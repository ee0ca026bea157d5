package org.zhifa.workstation.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything an import could change in an installation: the whole database as an H2 SQL script (every row of every
 * table, and the identity counters), the files of the content store, and what is left in the exchange's temporary
 * folder. Two snapshots are equal only when nothing was written.
 */
record Snapshot(List<String> script, List<String> files, List<String> temp) {

    static Snapshot of(Installation i) {
        String url = "jdbc:h2:file:" + i.dir.resolve("zhifa").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
        List<String> script = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (r.next()) {
                script.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Snapshot(script, list(i.dir.resolve("files")), list(i.dir.resolve(ExchangeServices.TEMP_FOLDER)));
    }

    private static List<String> list(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p) + " " + size(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first lines that differ, for a readable failure. */
    String difference(Snapshot other) {
        List<String> d = new ArrayList<>();
        for (int k = 0; k < Math.max(script.size(), other.script.size()) && d.size() < 6; k++) {
            String a = k < script.size() ? script.get(k) : "<none>";
            String b = k < other.script.size() ? other.script.get(k) : "<none>";
            if (!a.equals(b)) {
                d.add("- " + abbreviate(a) + "\n+ " + abbreviate(b));
            }
        }
        if (!files.equals(other.files)) {
            d.add("files: " + files + " -> " + other.files);
        }
        if (!temp.equals(other.temp)) {
            d.add("temporary files: " + temp + " -> " + other.temp);
        }
        return String.join("\n", d);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
