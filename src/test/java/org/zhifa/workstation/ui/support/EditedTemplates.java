package org.zhifa.workstation.ui.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhifa.workstation.documents.DocumentsFixture;

/** A county's edited template index in a data directory, for documents that cannot be produced. */
public final class EditedTemplates {
    private EditedTemplates() {
    }

    /** Makes the type require a field no case fills: producing it fails with MISSING_FIELD naming the field. */
    public static void requireMissingField(Path dataDir, String type, String field) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        var root = mapper.readTree(DocumentsFixture.templatesDirectory().resolve("index.json").toFile());
        ArrayNode list = (ArrayNode) (root.isArray() ? root : root.get("templates"));
        for (var n : list) {
            if (n.path("type").asText().equals(type)) {
                ((ObjectNode) n).withArrayProperty("required").add(field);
            }
        }
        Path dir = Files.createDirectories(dataDir.resolve("templates"));
        Files.writeString(dir.resolve("index.json"), mapper.writeValueAsString(root));
    }
}
