package org.zhifa.workstation.documents.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhifa.workstation.documents.DocumentException;
import org.zhifa.workstation.documents.DocumentException.Reason;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The templates and their index (templates/index.json). Looked up first in the configured directories, in order
 * (e.g. the county's edited templates in the data directory, then the repository's {@code templates/} folder during
 * development), then on the classpath under {@code /templates/} (the installed build). The index comes from the
 * first place that has one; each template file is looked up the same way, so a directory may override only some.
 */
public final class TemplateIndex {
    public static final String INDEX_FILE = "index.json";
    public static final String CLASSPATH_FOLDER = "/templates/";
    /** System property naming an extra templates directory, searched first. */
    public static final String DIRECTORY_PROPERTY = "zhifa.templates.dir";

    private final List<Path> directories;
    private final Map<DocumentType, TemplateEntry> entries;
    private final String indexSource;

    private TemplateIndex(List<Path> directories, Map<DocumentType, TemplateEntry> entries, String indexSource) {
        this.directories = List.copyOf(directories);
        this.entries = Collections.unmodifiableMap(entries);
        this.indexSource = indexSource;
    }

    /**
     * Loads the index from the given directories (missing ones are skipped), the {@value #DIRECTORY_PROPERTY}
     * directory and the classpath.
     */
    public static TemplateIndex load(List<Path> directories) {
        List<Path> dirs = new ArrayList<>();
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            dirs.add(Path.of(configured));
        }
        for (Path d : directories) {
            if (d != null && !dirs.contains(d)) {
                dirs.add(d);
            }
        }
        List<Path> existing = dirs.stream().filter(Files::isDirectory).toList();
        for (Path d : existing) {
            Path index = d.resolve(INDEX_FILE);
            if (Files.isRegularFile(index)) {
                try {
                    return new TemplateIndex(existing, parse(Files.readAllBytes(index), index.toString()), index.toString());
                } catch (IOException e) {
                    throw unreadable(index.toString(), e);
                }
            }
        }
        try (InputStream in = TemplateIndex.class.getResourceAsStream(CLASSPATH_FOLDER + INDEX_FILE)) {
            if (in == null) {
                throw new DocumentException(Reason.TEMPLATE, Texts.tr("doc.error.noIndex", dirs.toString()));
            }
            String source = "classpath:" + CLASSPATH_FOLDER + INDEX_FILE;
            return new TemplateIndex(existing, parse(in.readAllBytes(), source), source);
        } catch (IOException e) {
            throw unreadable(CLASSPATH_FOLDER + INDEX_FILE, e);
        }
    }

    /** The default search: the data directory's {@code templates/}, then {@code ./templates} (development), then the classpath. */
    public static TemplateIndex standard(Path dataDirectory) {
        List<Path> dirs = new ArrayList<>();
        if (dataDirectory != null) {
            dirs.add(dataDirectory.resolve("templates"));
        }
        dirs.add(Path.of("templates").toAbsolutePath());
        return load(dirs);
    }

    static Map<DocumentType, TemplateEntry> parse(byte[] json, String source) {
        try {
            ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            JsonNode root = mapper.readTree(new ByteArrayInputStream(json));
            JsonNode list = root.isArray() ? root : root.path("templates");
            if (!list.isArray()) {
                throw new DocumentException(Reason.TEMPLATE, Texts.tr("doc.error.indexFormat", source));
            }
            Map<DocumentType, TemplateEntry> out = new EnumMap<>(DocumentType.class);
            for (JsonNode n : list) {
                String typeName = n.path("type").asText("");
                DocumentType type;
                try {
                    type = DocumentType.valueOf(typeName.strip());
                } catch (IllegalArgumentException e) {
                    throw new DocumentException(Reason.TEMPLATE, Texts.tr("doc.error.indexType", source, typeName), e);
                }
                List<String> required = new ArrayList<>();
                n.path("required").forEach(r -> required.add(r.asText()));
                String file = n.path("file").asText("");
                out.put(type, new TemplateEntry(type, n.path("title").asText(type.name()),
                        file.isBlank() ? type.templateFile() : file, n.path("archiveOrder").asInt(1000),
                        n.path("procedure").asText("BOTH"), n.path("numbered").asBoolean(false),
                        n.path("numberCode").isNull() ? null : n.path("numberCode").asText(null), required));
            }
            return out;
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    private static DocumentException unreadable(String source, Exception e) {
        return new DocumentException(Reason.TEMPLATE, Texts.tr("doc.error.indexUnreadable", source,
                String.valueOf(e.getMessage())), e);
    }

    /** Where the index was read from (a path or classpath:/templates/index.json). */
    public String source() {
        return indexSource;
    }

    public Optional<TemplateEntry> entry(DocumentType type) {
        return Optional.ofNullable(entries.get(type));
    }

    /** The entry of a type, or an UNKNOWN_TYPE error. */
    public TemplateEntry require(DocumentType type) {
        return entry(type).orElseThrow(() -> new DocumentException(Reason.UNKNOWN_TYPE,
                Texts.tr("doc.error.typeNotInIndex", type.name(), indexSource)));
    }

    /** Every entry, in archive order (then the enum order). */
    public List<TemplateEntry> entries() {
        return entries.values().stream()
                .sorted(Comparator.comparingInt(TemplateEntry::archiveOrder).thenComparing(TemplateEntry::type))
                .toList();
    }

    /** The template's bytes: from the first directory that has the file, else from the classpath. */
    public byte[] templateBytes(TemplateEntry entry) {
        for (Path d : directories) {
            Path f = d.resolve(entry.file());
            if (Files.isRegularFile(f)) {
                try {
                    return Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new DocumentException(Reason.TEMPLATE, Texts.tr("doc.error.templateUnreadable",
                            f.toString(), String.valueOf(e.getMessage())), null, entry.file(), e);
                }
            }
        }
        try (InputStream in = TemplateIndex.class.getResourceAsStream(CLASSPATH_FOLDER + entry.file())) {
            if (in == null) {
                throw new DocumentException(Reason.TEMPLATE, Texts.tr("doc.error.templateMissing", entry.file(),
                        directories.toString()), null, entry.file(), null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DocumentException(Reason.TEMPLATE, Texts.tr("doc.error.templateUnreadable", entry.file(),
                    String.valueOf(e.getMessage())), null, entry.file(), e);
        }
    }
}
