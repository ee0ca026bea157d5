package org.zhifa.workstation.exchange.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.ProblemCode;

/**
 * The JSON of the bundle contents other than the case (reference.json, opinion.json, pack.json …): ISO dates,
 * strict reading (unknown or duplicate fields, trailing content are errors), absent values left out.
 */
public final class ContentJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private ContentJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads an entry of a verified bundle; refused with INVALID_CONTENT naming the entry and the problem. */
    public static <T> T read(byte[] bytes, Class<T> type, String entry) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            T value = MAPPER.readValue(text, type);
            if (value == null) {
                throw new BundleRejectedException(ProblemCode.INVALID_CONTENT, Texts.tr("exchange.content.invalid", entry, "null"));
            }
            return value;
        } catch (CharacterCodingException e) {
            throw new BundleRejectedException(ProblemCode.INVALID_CONTENT, Texts.tr("exchange.content.invalid", entry, "UTF-8"));
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().replaceAll("\\s+", " ");
            throw new BundleRejectedException(ProblemCode.INVALID_CONTENT,
                    Texts.tr("exchange.content.invalid", entry, m.length() > 160 ? m.substring(0, 160) + "…" : m));
        }
    }
}
