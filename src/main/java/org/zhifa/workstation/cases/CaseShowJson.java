package org.zhifa.workstation.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.zhifa.workstation.domain.cases.CaseDocument;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.NextStep;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.store.json.CaseJsonCodec;

/** The JSON of {@code case show --json} (docs/case-json.md, "Case status"). */
final class CaseShowJson {
    private CaseShowJson() {
    }

    static String render(CaseJsonCodec codec, CaseDocument document, CaseService.CaseView view, LocalDate asOf) {
        CaseRecord c = view.record();
        ObjectNode root = codec.mapper().valueToTree(document);
        root.put("asOf", asOf.toString());
        root.put("state", c.state().name());
        root.put("stateLabel", Texts.label(c.state()));
        root.put("revision", c.revision());
        putDate(root, "filedOn", c.filedOn());
        putDate(root, "decidedOn", c.decidedOn());
        putDate(root, "closedOn", c.closedOn());
        root.put("fineAmount", c.fineAmount());
        root.put("confiscatedAmount", c.confiscatedAmount());
        ArrayNode steps = root.putArray("nextSteps");
        ArrayNode blocking = root.putArray("violations");
        for (NextStep s : view.nextSteps()) {
            ObjectNode n = steps.addObject();
            n.put("type", s.type().name());
            n.put("label", Texts.label(s.type()));
            n.put("allowed", s.allowed());
            ArrayNode vs = n.putArray("violations");
            s.blocking().forEach(v -> vs.add(violation(codec, v)));
            ArrayNode ws = n.putArray("warnings");
            s.warnings().forEach(v -> ws.add(violation(codec, v)));
            s.blocking().forEach(v -> blocking.add(violation(codec, v).put("step", s.type().name())));
        }
        ArrayNode deadlines = root.putArray("deadlines");
        for (DeadlineItem d : view.deadlines()) {
            ObjectNode n = deadlines.addObject();
            n.put("key", d.key());
            n.put("label", d.label());
            n.put("rule", d.rule());
            putDate(n, "start", d.start());
            putDate(n, "due", d.deadline().date());
            n.put("provisional", d.deadline().provisional());
            d.deadline().warning().ifPresent(w -> n.put("warning", w));
            putDate(n, "metOn", d.metOn());
            n.put("status", d.status(asOf));
            n.put("partyWindow", d.partyWindow());
        }
        try {
            return codec.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode violation(CaseJsonCodec codec, Violation v) {
        ObjectNode n = codec.mapper().createObjectNode();
        n.put("rule", v.rule());
        n.put("article", v.article());
        n.put("message", v.message());
        n.put("severity", v.severity().name());
        return n;
    }

    private static void putDate(ObjectNode n, String field, LocalDate date) {
        if (date == null) {
            n.putNull(field);
        } else {
            n.put(field, date.toString());
        }
    }
}
