package org.zhifa.workstation.cases.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.zhifa.workstation.domain.cases.CaseDocument;
import org.zhifa.workstation.store.json.CaseJsonCodec;

/** Reads the JSON files of the demo township from the classpath folder {@code /sample-data/}. */
final class SampleFiles {
    private static final CaseJsonCodec CODEC = new CaseJsonCodec();
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private SampleFiles() {
    }

    /** The demo cases: {"cases": [ case documents in the form of docs/case-json.md ]}. */
    static List<CaseDocument> cases(String fileName) {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/sample-data/" + fileName)) {
            if (in == null) {
                throw new SampleDataException(fileName, "not found on the classpath");
            }
            JsonNode root = CODEC.mapper().readTree(in);
            List<CaseDocument> result = new ArrayList<>();
            for (JsonNode c : root.path("cases")) {
                result.add(CODEC.read(CODEC.mapper().writeValueAsString(c)));
            }
            return result;
        } catch (IOException e) {
            throw new SampleDataException(fileName, e.getMessage());
        } catch (RuntimeException e) {
            throw new SampleDataException(fileName, e.getMessage());
        }
    }

    static <T> T read(String fileName, Class<T> type) {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/sample-data/" + fileName)) {
            if (in == null) {
                throw new SampleDataException(fileName, "not found on the classpath");
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new SampleDataException(fileName, e.getMessage());
        }
    }
}
