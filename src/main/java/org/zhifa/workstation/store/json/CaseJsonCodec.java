package org.zhifa.workstation.store.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseDocument;

/**
 * Reads and writes the case JSON (docs/case-json.md) and single actions. Actions carry their kind in a "type"
 * property whose values are the {@link ActionType} names. Reading is strict: an unknown property, a missing type
 * or a malformed date is an error naming the place.
 */
public final class CaseJsonCodec {
    private final ObjectMapper mapper;

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface ActionMixin { }

    public CaseJsonCodec() {
        mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .addMixIn(CaseAction.class, ActionMixin.class);
        for (ActionType t : ActionType.values()) {
            mapper.registerSubtypes(new NamedType(t.actionClass(), t.name()));
        }
    }

    public String write(CaseDocument document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a case document; throws {@link CaseJsonException} with the location of the first problem. */
    public CaseDocument read(String json) {
        try {
            return mapper.readValue(json, CaseDocument.class);
        } catch (JsonProcessingException e) {
            throw new CaseJsonException(e);
        }
    }

    /** One action as stored in the case history (compact JSON). */
    public String writeAction(CaseAction action) {
        try {
            return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).forType(CaseAction.class).writeValueAsString(action);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public CaseAction readAction(String json) {
        try {
            return mapper.readValue(json, CaseAction.class);
        } catch (JsonProcessingException e) {
            throw new CaseJsonException(e);
        }
    }

    /** The mapper configured for case JSON, for callers that embed cases in larger documents. */
    public ObjectMapper mapper() {
        return mapper;
    }
}
