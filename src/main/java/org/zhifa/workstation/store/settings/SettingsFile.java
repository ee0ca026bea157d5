package org.zhifa.workstation.store.settings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.settings.DocumentNumberStyle;
import org.zhifa.workstation.domain.settings.ExchangeSettings;
import org.zhifa.workstation.domain.settings.ReviewMode;
import org.zhifa.workstation.domain.settings.WorkstationSettings;
import org.zhifa.workstation.domain.text.Texts;

/**
 * {@code settings.json} in the data directory: the installation's {@link WorkstationSettings} and which program
 * version wrote them, when ({@code "writtenBy": {"version": "…", "at": "…"}}).
 *
 * <ul>
 * <li>A missing file reads as the defaults; a missing field as its default (files of older versions stay readable).
 *     Fields this version does not know are ignored.</li>
 * <li>Writing is atomic: a temporary file in the same directory, forced to disk, then moved over the old file in
 *     one step, so a crash leaves either the old or the new file, never half of one.</li>
 * <li>A file that cannot be read is never overwritten: {@link #load} and {@link #save} fail with a Chinese message,
 *     the file stays as it is. Only {@link #resetToDefaults}, which the user chooses, replaces it, and keeps the
 *     unreadable file as {@code settings.json.corrupt-<timestamp>}.</li>
 * </ul>
 */
public final class SettingsFile {
    public static final String FILE_NAME = "settings.json";
    /** Version of the file layout, written as "format". */
    public static final int FORMAT = 1;
    private static final long MAX_BYTES = 1 << 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final Path file;
    private final String programVersion;
    private final Clock clock;

    /** The settings file of a data directory, written with this program version. */
    public SettingsFile(Path dataDirectory, String programVersion) {
        this(dataDirectory, programVersion, Clock.systemDefaultZone());
    }

    public SettingsFile(Path dataDirectory, String programVersion, Clock clock) {
        this.file = dataDirectory.resolve(FILE_NAME);
        this.programVersion = Objects.requireNonNull(programVersion, "programVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The version in the jar manifest, or "dev" when running from classes. */
    public static String programVersion() {
        String v = SettingsFile.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    public Path path() {
        return file;
    }

    /** Which program wrote the file, and when. */
    public record WrittenBy(String version, Instant at) {
    }

    /**
     * Settings as read.
     *
     * @param writtenBy empty when the file does not exist (defaults) or does not say
     */
    public record Loaded(WorkstationSettings settings, boolean fromFile, Optional<WrittenBy> writtenBy) {
    }

    /**
     * Reads the settings; the defaults when there is no file.
     *
     * @throws SettingsFileException when the file exists but cannot be read ({@code corrupt()} tells whether its
     *                               content is at fault); the file is left untouched
     */
    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(WorkstationSettings.defaults(), false, Optional.empty());
        }
        return parse(readBytes());
    }

    /**
     * Writes the settings atomically, recording this program's version and the time.
     *
     * @throws SettingsFileException when the present file cannot be read (it is not overwritten; reset instead),
     *                               or the write fails
     */
    public void save(WorkstationSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (Files.exists(file)) {
            load(); // refuses to replace a file the user may still want to repair
        }
        writeAtomically(toJson(settings));
    }

    /**
     * Replaces the file by the defaults. An unreadable file is first renamed to
     * {@code settings.json.corrupt-<yyyyMMdd-HHmmss>} (the user's data is never just dropped).
     *
     * @return where the unreadable file was kept, if there was one
     */
    public Optional<Path> resetToDefaults() {
        Optional<Path> kept = Optional.empty();
        if (Files.exists(file) && unreadable()) {
            Path copy = corruptCopyName();
            try {
                Files.move(file, copy, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new SettingsFileException(Texts.tr("settings.error.write", file, e.getMessage()), file, false, e);
            }
            kept = Optional.of(copy);
        }
        writeAtomically(toJson(WorkstationSettings.defaults()));
        return kept;
    }

    private boolean unreadable() {
        try {
            load();
            return false;
        } catch (SettingsFileException e) {
            if (!e.corrupt()) {
                throw e;
            }
            return true;
        }
    }

    private Path corruptCopyName() {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path candidate = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp);
        for (int i = 1; Files.exists(candidate); i++) {
            candidate = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp + "-" + i);
        }
        return candidate;
    }

    // ---- reading ----

    private byte[] readBytes() {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw corrupt(Texts.tr("settings.error.tooLarge", MAX_BYTES / 1024), null);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SettingsFileException(Texts.tr("settings.error.read", file, e.getMessage()), file, false, e);
        }
    }

    private Loaded parse(byte[] bytes) {
        JsonNode root;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes)).toString();
            root = MAPPER.readTree(text);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw corrupt(Texts.tr("settings.error.encoding"), e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw corrupt(at == null ? Texts.tr("settings.error.syntax")
                    : Texts.tr("settings.error.syntaxAt", at.getLineNr(), at.getColumnNr()), e);
        }
        if (root == null || !root.isObject()) {
            throw corrupt(Texts.tr("settings.error.notObject"), null);
        }
        ProcedureSettings d = ProcedureSettings.defaults();
        JsonNode p = object(root, "procedure");
        ProcedureSettings procedure = new ProcedureSettings(
                integer(p, "procedure.", "filingDays", d.filingDays(), 1, 365),
                integer(p, "procedure.", "representationDays", d.representationDays(), 1, 365),
                amount(p, "procedure.", "hearingThresholdIndividual", d.hearingThresholdIndividual()),
                amount(p, "procedure.", "hearingThresholdOrganization", d.hearingThresholdOrganization()),
                amount(p, "procedure.", "reviewThresholdIndividual", d.reviewThresholdIndividual()),
                amount(p, "procedure.", "reviewThresholdOrganization", d.reviewThresholdOrganization()),
                bool(p, "procedure.", "reviewOnDeparture", d.reviewOnDeparture()),
                bool(p, "procedure.", "deliberationOnDeparture", d.deliberationOnDeparture()),
                integer(p, "procedure.", "onSiteFilingDays", d.onSiteFilingDays(), 1, 365),
                integer(p, "procedure.", "publicationServiceDays", d.publicationServiceDays(), 1, 365),
                integer(p, "procedure.", "publicationDays", d.publicationDays(), 1, 365),
                integer(p, "procedure.", "reviewDays", d.reviewDays(), 1, 365),
                bool(p, "procedure.", "fullAgeStartsDayAfterBirthday", d.fullAgeStartsDayAfterBirthday()));
        WorkstationSettings defaults = WorkstationSettings.defaults();
        ReviewMode reviewMode = reviewMode(root, defaults.reviewMode());
        JsonNode n = object(root, "documentNumber");
        DocumentNumberStyle style = new DocumentNumberStyle(
                bool(n, "documentNumber.", "useDi", defaults.documentNumberStyle().useDi()),
                integer(n, "documentNumber.", "zeroPad", defaults.documentNumberStyle().zeroPad(), 0,
                        DocumentNumberStyle.MAX_ZERO_PAD));
        int retention = integer(root, "", "archiveRetentionYears", defaults.archiveRetentionYears(), 1, 100);
        int backups = integer(root, "", "backupsToKeep", defaults.backupsToKeep(), 1, 1000);
        ExchangeSettings ed = defaults.exchange();
        JsonNode x = object(root, "exchange");
        ExchangeSettings exchange = new ExchangeSettings(
                integer(x, "exchange.", "maxEntries", ed.maxEntries(), ExchangeSettings.MIN_ENTRIES, ExchangeSettings.MAX_ENTRIES),
                integer(x, "exchange.", "maxTotalMegabytes", ed.maxTotalMegabytes(), 1, ExchangeSettings.MAX_MEGABYTES),
                integer(x, "exchange.", "maxCompressionRatio", ed.maxCompressionRatio(), 1, ExchangeSettings.MAX_RATIO));
        WorkstationSettings settings = new WorkstationSettings(procedure, reviewMode, style, retention, backups, exchange);
        return new Loaded(settings, true, writtenBy(root.get("writtenBy")));
    }

    private JsonNode object(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return MAPPER.createObjectNode();
        }
        if (!node.isObject()) {
            throw corrupt(Texts.tr("settings.error.object", name), null);
        }
        return node;
    }

    private int integer(JsonNode parent, String path, String name, int fallback, int min, int max) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            throw corrupt(Texts.tr("settings.error.integer", path + name, min, max, node.toString()), null);
        }
        return node.intValue();
    }

    private BigDecimal amount(JsonNode parent, String path, String name, BigDecimal fallback) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        BigDecimal value = null;
        if (node.isNumber()) {
            value = node.decimalValue();
        } else if (node.isTextual()) {
            try {
                value = new BigDecimal(node.textValue().strip());
            } catch (NumberFormatException e) {
                value = null;
            }
        }
        if (value == null || value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 13) {
            throw corrupt(Texts.tr("settings.error.amount", path + name, node.toString()), null);
        }
        return value;
    }

    private boolean bool(JsonNode parent, String path, String name, boolean fallback) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw corrupt(Texts.tr("settings.error.bool", path + name, node.toString()), null);
        }
        return node.booleanValue();
    }

    private ReviewMode reviewMode(JsonNode root, ReviewMode fallback) {
        JsonNode node = root.get("reviewMode");
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isTextual()) {
            for (ReviewMode m : ReviewMode.values()) {
                if (m.name().equals(node.textValue())) {
                    return m;
                }
            }
        }
        String choices = Arrays.stream(ReviewMode.values()).map(Enum::name).collect(Collectors.joining("、"));
        throw corrupt(Texts.tr("settings.error.choice", "reviewMode", choices, node.toString()), null);
    }

    /** The writer's record is information only: a missing or odd one does not make the file unreadable. */
    private static Optional<WrittenBy> writtenBy(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("version").isTextual() || !node.path("at").isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WrittenBy(node.get("version").textValue(), Instant.parse(node.get("at").textValue())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private SettingsFileException corrupt(String reason, Throwable cause) {
        return new SettingsFileException(Texts.tr("settings.error.corrupt", file, reason, FILE_NAME), file, true, cause);
    }

    // ---- writing ----

    private byte[] toJson(WorkstationSettings s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode by = root.putObject("writtenBy");
        by.put("version", programVersion);
        by.put("at", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        ProcedureSettings p = s.procedure();
        ObjectNode pn = root.putObject("procedure");
        pn.put("filingDays", p.filingDays());
        pn.put("representationDays", p.representationDays());
        pn.put("hearingThresholdIndividual", p.hearingThresholdIndividual());
        pn.put("hearingThresholdOrganization", p.hearingThresholdOrganization());
        pn.put("reviewThresholdIndividual", p.reviewThresholdIndividual());
        pn.put("reviewThresholdOrganization", p.reviewThresholdOrganization());
        pn.put("reviewOnDeparture", p.reviewOnDeparture());
        pn.put("deliberationOnDeparture", p.deliberationOnDeparture());
        pn.put("onSiteFilingDays", p.onSiteFilingDays());
        pn.put("publicationServiceDays", p.publicationServiceDays());
        pn.put("publicationDays", p.publicationDays());
        pn.put("reviewDays", p.reviewDays());
        pn.put("fullAgeStartsDayAfterBirthday", p.fullAgeStartsDayAfterBirthday());
        root.put("reviewMode", s.reviewMode().name());
        ObjectNode dn = root.putObject("documentNumber");
        dn.put("useDi", s.documentNumberStyle().useDi());
        dn.put("zeroPad", s.documentNumberStyle().zeroPad());
        root.put("archiveRetentionYears", s.archiveRetentionYears());
        root.put("backupsToKeep", s.backupsToKeep());
        ObjectNode xn = root.putObject("exchange");
        xn.put("maxEntries", s.exchange().maxEntries());
        xn.put("maxTotalMegabytes", s.exchange().maxTotalMegabytes());
        xn.put("maxCompressionRatio", s.exchange().maxCompressionRatio());
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeAtomically(byte[] content) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            syncDirectory(dir);
        } catch (AtomicMoveNotSupportedException e) {
            throw new SettingsFileException(Texts.tr("settings.error.atomic", file), file, false, e);
        } catch (IOException e) {
            throw new SettingsFileException(Texts.tr("settings.error.write", file, e.getMessage()), file, false, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is harmless; the error that got us here is the one to report
                }
            }
        }
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS); Windows does not need it. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported on this platform (e.g. Windows): the move is still atomic
        }
    }
}
