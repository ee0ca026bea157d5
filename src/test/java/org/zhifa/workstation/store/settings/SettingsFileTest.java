package org.zhifa.workstation.store.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.settings.DocumentNumberStyle;
import org.zhifa.workstation.domain.settings.ReviewMode;
import org.zhifa.workstation.domain.settings.WorkstationSettings;

class SettingsFileTest {
    private static final Instant AT = Instant.parse("2025-03-02T08:15:30Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private SettingsFile file() {
        return new SettingsFile(dataDir, "1.2.3", CLOCK);
    }

    private static WorkstationSettings changed() {
        ProcedureSettings p = new ProcedureSettings(10, 5, new BigDecimal("5000"), new BigDecimal("50000.50"),
                new BigDecimal("3000"), new BigDecimal("30000"), false, true, 3, 60, 20, 7, false);
        return new WorkstationSettings(p, ReviewMode.OWN_STAFF, new DocumentNumberStyle(true, 3), 10, 14);
    }

    private List<String> filesInDataDir() throws IOException {
        try (Stream<Path> s = Files.list(dataDir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMissingFileGivesTheDefaultsAndCreatesNothing() throws IOException {
        SettingsFile.Loaded loaded = file().load();
        assertThat(loaded.settings()).isEqualTo(WorkstationSettings.defaults());
        assertThat(loaded.fromFile()).isFalse();
        assertThat(loaded.writtenBy()).isEmpty();
        assertThat(filesInDataDir()).isEmpty();

        WorkstationSettings d = loaded.settings();
        assertThat(d.procedure()).isEqualTo(ProcedureSettings.defaults());
        assertThat(d.reviewMode()).isEqualTo(ReviewMode.COUNTY_CENTER);
        assertThat(d.documentNumberStyle()).isEqualTo(new DocumentNumberStyle(false, 0));
        assertThat(d.backupsToKeep()).isEqualTo(7);
        assertThat(d.archiveRetentionYears()).isEqualTo(30);
    }

    @Test
    void settingsSurviveARoundTrip() {
        file().save(changed());
        SettingsFile.Loaded loaded = new SettingsFile(dataDir, "9.9.9").load();
        assertThat(loaded.settings()).isEqualTo(changed());
        assertThat(loaded.fromFile()).isTrue();

        file().save(WorkstationSettings.defaults());
        assertThat(file().load().settings()).isEqualTo(WorkstationSettings.defaults());
    }

    @Test
    void theWriterVersionAndTimeAreRecorded() throws IOException {
        file().save(changed());
        JsonNode json = new ObjectMapper().readTree(Files.readString(dataDir.resolve("settings.json")));
        assertThat(json.path("writtenBy").path("version").asText()).isEqualTo("1.2.3");
        assertThat(json.path("writtenBy").path("at").asText()).isEqualTo("2025-03-02T08:15:30Z");
        assertThat(json.path("procedure").path("filingDays").asInt()).isEqualTo(10);
        assertThat(json.path("procedure").path("hearingThresholdOrganization").decimalValue())
                .isEqualByComparingTo("50000.50");
        assertThat(json.path("reviewMode").asText()).isEqualTo("OWN_STAFF");
        assertThat(json.path("documentNumber").path("useDi").asBoolean()).isTrue();

        assertThat(file().load().writtenBy())
                .contains(new SettingsFile.WrittenBy("1.2.3", AT));
    }

    @Test
    void anAtomicWriteLeavesNoTemporaryFile() throws IOException {
        file().save(changed());
        file().save(WorkstationSettings.defaults());
        file().save(changed());
        assertThat(filesInDataDir()).containsExactly("settings.json");
    }

    @Test
    void aCorruptFileGivesAClearErrorAndIsLeftUnchanged() throws IOException {
        Path path = dataDir.resolve("settings.json");
        byte[] broken = "{\"procedure\": {\"filingDays\": 7,\n \"representationDays\": }".getBytes(StandardCharsets.UTF_8);
        Files.write(path, broken);

        assertThatThrownBy(() -> file().load())
                .isInstanceOf(SettingsFileException.class)
                .satisfies(e -> assertThat(((SettingsFileException) e).corrupt()).isTrue())
                .hasMessageContaining(path.toString())
                .hasMessageContaining("不是有效的 JSON（第 2 行")
                .hasMessageContaining("未被改动")
                .hasMessageContaining("恢复默认设置");
        assertThatThrownBy(() -> file().save(changed()))
                .as("saving over a corrupt file is refused")
                .isInstanceOf(SettingsFileException.class);

        assertThat(Files.readAllBytes(path)).isEqualTo(broken);
        assertThat(filesInDataDir()).containsExactly("settings.json");
    }

    @Test
    void aWrongValueNamesTheField() throws IOException {
        Files.writeString(dataDir.resolve("settings.json"), "{\"procedure\": {\"filingDays\": -3}}");
        assertThatThrownBy(() -> file().load())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("procedure.filingDays")
                .hasMessageContaining("1 至 365 之间的整数")
                .hasMessageContaining("-3");

        Files.writeString(dataDir.resolve("settings.json"), "{\"reviewMode\": \"SOMEONE\"}");
        assertThatThrownBy(() -> file().load()).hasMessageContaining("reviewMode").hasMessageContaining("COUNTY_CENTER");

        Files.writeString(dataDir.resolve("settings.json"), "[1, 2]");
        assertThatThrownBy(() -> file().load()).hasMessageContaining("不是 JSON 对象");

        Files.write(dataDir.resolve("settings.json"), new byte[] {'{', (byte) 0xC3, '}'});
        assertThatThrownBy(() -> file().load()).hasMessageContaining("UTF-8");
    }

    @Test
    void missingFieldsTakeTheirDefaultsAndUnknownOnesAreIgnored() throws IOException {
        Files.writeString(dataDir.resolve("settings.json"),
                "{\"procedure\": {\"filingDays\": 12}, \"backupsToKeep\": 3, \"somethingNewer\": true}");
        WorkstationSettings s = file().load().settings();
        assertThat(s.procedure().filingDays()).isEqualTo(12);
        assertThat(s.procedure().representationDays()).isEqualTo(ProcedureSettings.defaults().representationDays());
        assertThat(s.backupsToKeep()).isEqualTo(3);
        assertThat(s.reviewMode()).isEqualTo(ReviewMode.COUNTY_CENTER);
        assertThat(file().load().writtenBy()).isEmpty();
    }

    @Test
    void resetKeepsTheCorruptFileAsACopyAndWritesDefaults() throws IOException {
        Path path = dataDir.resolve("settings.json");
        byte[] broken = "not json at all".getBytes(StandardCharsets.UTF_8);
        Files.write(path, broken);

        Optional<Path> kept = file().resetToDefaults();

        assertThat(kept).isPresent();
        assertThat(kept.get().getFileName().toString()).isEqualTo("settings.json.corrupt-20250302-161530");
        assertThat(Files.readAllBytes(kept.get())).isEqualTo(broken);
        assertThat(file().load().settings()).isEqualTo(WorkstationSettings.defaults());
        assertThat(filesInDataDir()).containsExactly("settings.json", "settings.json.corrupt-20250302-161530");
    }

    @Test
    void resetOfAReadableFileKeepsNoCopy() {
        file().save(changed());
        assertThat(file().resetToDefaults()).isEmpty();
        assertThat(file().load().settings()).isEqualTo(WorkstationSettings.defaults());
    }

    @Test
    void theDataDirectoryIsCreatedWhenMissing() {
        SettingsFile nested = new SettingsFile(dataDir.resolve("a/b"), "1.2.3", CLOCK);
        nested.save(changed());
        assertThat(nested.load().settings()).isEqualTo(changed());
    }
}
