package org.zhifa.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cli.ExitCodes;
import org.zhifa.workstation.documents.DocumentFormat;
import org.zhifa.workstation.documents.DocumentType;

/** {@code zhifa backup} and {@code zhifa restore} on the demo township, through the real command line. */
class BackupRestoreTest {
    private static final String DECIDED = "BD-2026-0006";

    /** The demo township with one evidence file, and its backup: made once, copied for each test. */
    @TempDir
    static Path shared;
    static String evidenceBefore;

    @TempDir
    Path temp;
    Path data;
    Path backup;

    @BeforeAll
    static void demoWithAnEvidenceFileAndABackup() throws Exception {
        Path demo = shared.resolve("data");
        try (Workstation ws = Workstation.open(demo)) {
            ws.demoLoader().load();
            Path photo = Files.writeString(shared.resolve("before.jpg"), "photo taken before the backup");
            evidenceBefore = ws.evidenceFiles().store(photo);
        }
        Path made = shared.resolve("backup.zip");
        CliRun run = CliRun.of("--data-dir", demo.toString(), "backup", "--out", made.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(made.toString()).contains("案件 20 件");
    }

    @BeforeEach
    void copyOfTheDemoAndItsBackup() throws IOException {
        data = temp.resolve("data");
        try (Stream<Path> files = Files.walk(shared.resolve("data"))) {
            for (Path p : files.toList()) {
                Files.copy(p, data.resolve(shared.resolve("data").relativize(p).toString()));
            }
        }
        backup = Files.createDirectories(temp.resolve("out")).resolve("backup.zip");
        Files.copy(shared.resolve("backup.zip"), backup);
    }

    @Test
    void restoreBringsBackTheDataAsBackedUpAndKeepsTheLaterDataAside() throws Exception {
        String evidenceAfter;
        try (Workstation ws = Workstation.open(data)) {
            ws.documents().render(DECIDED, DocumentType.DECISION, DocumentFormat.PDF);
            assertThat(ws.documents().numbers(DECIDED)).isNotEmpty();
            evidenceAfter = ws.evidenceFiles().store(write("after.jpg", "photo taken after the backup"));
            ws.backups().dailyIfDue(); // an automatic backup, which must survive the restore
        }

        CliRun restored = CliRun.of("--data-dir", data.toString(), "restore", backup.toString());
        assertThat(restored.code()).as(restored.err()).isEqualTo(ExitCodes.OK);

        try (Workstation ws = Workstation.open(data)) {
            assertThat(ws.documents().numbers(DECIDED)).as("the 文号 given after the backup").isEmpty();
            assertThat(ws.evidenceFiles().intact(evidenceBefore)).isTrue();
            assertThat(ws.evidenceFiles().open(evidenceAfter)).isEmpty();
            assertThat(ws.audit().verify().ok()).isTrue();
            assertThat(ws.backups().automaticBackups()).hasSize(1);
        }
        Path aside;
        try (Stream<Path> siblings = Files.list(temp)) {
            aside = siblings.filter(p -> p.getFileName().toString().startsWith("data.before-restore-")).findFirst()
                    .orElseThrow();
        }
        assertThat(restored.out()).contains(aside.toString());
        try (Workstation old = Workstation.open(aside)) {
            assertThat(old.documents().numbers(DECIDED)).as("the data as it was is kept aside").isNotEmpty();
        }
    }

    @Test
    void anAutomaticBackupInTheDataDirectoryRestoresAndStaysThere() throws Exception {
        Path daily;
        try (Workstation ws = Workstation.open(data)) {
            daily = ws.backups().dailyIfDue().orElseThrow().file();
            ws.documents().render(DECIDED, DocumentType.DECISION, DocumentFormat.PDF);
        }
        assertThat(daily).startsWith(data.resolve("backups"));

        CliRun restored = CliRun.of("--data-dir", data.toString(), "restore", daily.toString());
        assertThat(restored.code()).as(restored.err()).isEqualTo(ExitCodes.OK);
        try (Workstation ws = Workstation.open(data)) {
            assertThat(ws.documents().numbers(DECIDED)).isEmpty();
            assertThat(ws.backups().automaticBackups()).containsExactly(daily);
        }
    }

    @Test
    void aFreshDataDirectoryIsRestoredWithNothingToKeepAside() throws Exception {
        Path fresh = temp.resolve("new-laptop/zhifa");
        CliRun restored = CliRun.of("--data-dir", fresh.toString(), "restore", backup.toString());
        assertThat(restored.code()).as(restored.err()).isEqualTo(ExitCodes.OK);
        assertThat(restored.out()).doesNotContain("before-restore");
        try (Workstation ws = Workstation.open(fresh)) {
            assertThat(ws.cases().count(org.zhifa.workstation.domain.cases.CaseQuery.all())).isEqualTo(20);
            assertThat(ws.evidenceFiles().intact(evidenceBefore)).isTrue();
        }
    }

    @Test
    void aZipFileThatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
        Path other = temp.resolve("photos.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write("not a backup".getBytes(StandardCharsets.UTF_8));
        }
        assertRefusedUnchanged(other, "不是执法工作站的备份文件");
    }

    @Test
    void aTruncatedBackupIsRefusedAndNothingChanges() throws Exception {
        byte[] whole = Files.readAllBytes(backup);
        Path cut = temp.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefusedUnchanged(cut, "不是完整的 ZIP 文件");
    }

    @Test
    void aBackupWithAChangedFileIsRefusedAndNothingChanges() throws Exception {
        Path changed = rewrite(backup, temp.resolve("changed.zip"), (name, bytes) -> {
            if (name.equals("database/zhifa.mv.db")) {
                bytes[bytes.length / 2] ^= 1;
            }
            return bytes;
        });
        assertRefusedUnchanged(changed, "已损坏");
    }

    @Test
    void aBackupFromANewerSchemaIsRefusedAndNothingChanges() throws Exception {
        Path newer = rewrite(backup, temp.resolve("newer.zip"), (name, bytes) -> name.equals("zhifa-backup.json")
                ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"schemaVersion\" : \"\\d+\"",
                        "\"schemaVersion\" : \"99\"").getBytes(StandardCharsets.UTF_8)
                : bytes);
        assertRefusedUnchanged(newer, "较新版本");
    }

    @Test
    void restoreIsRefusedWhileTheProgramHasTheDataDirectoryOpen(@TempDir Path logs) throws Exception {
        Process running = CrashSafetyTest.start(logs, data, 0, -1, 0);
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(running.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).as(Files.readString(logs.resolve("child-0.err"))).isEqualTo("READY");
            assertRefusedUnchanged(backup, "正在被运行中的执法工作站使用");
        } finally {
            running.destroyForcibly();
            running.waitFor();
        }
    }

    private void assertRefusedUnchanged(Path file, String reason) throws Exception {
        Map<String, String> before = snapshot(temp);
        CliRun run = CliRun.of("--data-dir", data.toString(), "restore", file.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains(reason).contains("未做任何改动");
        assertThat(snapshot(temp)).isEqualTo(before);
    }

    /** Every file under the folder with its SHA-256: the data directory, its siblings and the backup files. */
    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                files.put(folder.relativize(p).toString(), Files.isRegularFile(p)
                        ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)))
                        : "folder");
            }
        }
        return files;
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private interface EntryChange {
        byte[] apply(String name, byte[] bytes);
    }

    private static Path rewrite(Path from, Path to, EntryChange change) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(change.apply(e.getName(), bytes));
                zip.closeEntry();
            }
        }
        return to;
    }
}
