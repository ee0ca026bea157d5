package org.zhifa.workstation.cases.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;

/** Reads the JSON files of the demo township from the classpath folder {@code /sample-data/}. */
final class SampleFiles {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private SampleFiles() {
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
