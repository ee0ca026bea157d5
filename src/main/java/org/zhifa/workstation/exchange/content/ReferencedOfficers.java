package org.zhifa.workstation.exchange.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhifa.workstation.domain.officer.Officer;

/**
 * The officers a case mentions anywhere (assigned handlers, actors, approvers, recorders, presiders, chairs,
 * attendees, reviewers …): every text value of the case JSON that is the code of a known officer. Taking them from
 * the JSON keeps the list complete when new action kinds add new officer fields.
 */
public final class ReferencedOfficers {
    private ReferencedOfficers() {
    }

    public static List<Officer> in(String caseJson, Map<String, Officer> known) {
        Set<String> codes = new LinkedHashSet<>();
        try {
            collect(ContentJson.mapper().readTree(caseJson), known, codes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<Officer> result = new ArrayList<>();
        codes.forEach(c -> result.add(known.get(c)));
        return result;
    }

    private static void collect(JsonNode n, Map<String, Officer> known, Set<String> codes) {
        if (n.isTextual()) {
            if (known.containsKey(n.textValue())) {
                codes.add(n.textValue());
            }
        } else if (n.isContainerNode()) {
            n.forEach(child -> collect(child, known, codes));
        }
    }
}
