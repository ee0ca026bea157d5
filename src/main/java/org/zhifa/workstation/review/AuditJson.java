package org.zhifa.workstation.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.zhifa.workstation.domain.text.Texts;

/** The audit result as JSON: codes for scripts (item ids, layers, rules), texts for people. */
final class AuditJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AuditJson() {
    }

    static String write(AuditResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("caseNo", r.caseNo());
        root.put("authority", r.authorityCode());
        root.put("authorityName", r.authorityName());
        root.put("cause", r.cause());
        root.put("rubric", r.rubricName());
        root.put("rubricVersion", r.rubricVersion());
        root.put("asOf", r.asOf().toString());
        root.put("score", r.score());
        root.put("formDeducted", r.formDeducted());
        root.put("contentDeducted", r.contentDeducted());
        root.put("passMark", r.passMark());
        root.put("vetoed", r.vetoed());
        root.put("passed", r.passed());
        root.put("verdict", Texts.tr(r.passed() ? "review.verdict.pass" : "review.verdict.fail"));
        root.put("blocksSubmission", r.vetoed());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = findings.addObject();
            n.put("item", f.itemId());
            n.put("layer", f.layer().name());
            n.put("category", f.category());
            n.put("check", f.check());
            n.put("place", f.place());
            n.put("message", f.message());
            n.put("rule", f.rule());
            n.put("deduction", f.deduction());
            n.put("veto", f.veto());
        }
        ArrayNode skipped = root.putArray("skipped");
        r.skipped().forEach(skipped::add);
        ArrayNode manual = root.putArray("manualItems");
        for (RubricItem i : r.manualItems()) {
            ObjectNode n = manual.addObject();
            n.put("item", i.id());
            n.put("layer", i.layer().name());
            n.put("description", i.description());
            n.put("maxDeduction", i.maxDeduction());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
