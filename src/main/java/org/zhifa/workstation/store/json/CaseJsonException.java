package org.zhifa.workstation.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import org.zhifa.workstation.domain.text.Texts;

/** A case JSON that cannot be read, with where and why in Chinese. */
public final class CaseJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CaseJsonException(JsonProcessingException e) {
        super(describe(e), e);
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String path = e instanceof JsonMappingException m
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : "";
        return Texts.tr("casejson.error", at == null ? "?" : at.getLineNr(), at == null ? "?" : at.getColumnNr(),
                path.isEmpty() ? "-" : path, e.getOriginalMessage());
    }
}
