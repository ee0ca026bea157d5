package org.zhifa.workstation.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.zhifa.workstation.domain.cases.CaseEvent;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.cases.Evidence;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.text.Texts;

/** The JSON the command line prints for cases: codes for scripts, labels for people. */
final class CaseJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CaseJson() {
    }

    static void print(Object tree) throws JsonProcessingException {
        System.out.println(MAPPER.writeValueAsString(tree));
    }

    static ArrayNode summaries(List<CaseSummary> cases) {
        ArrayNode array = MAPPER.createArrayNode();
        for (CaseSummary c : cases) {
            ObjectNode n = array.addObject();
            n.put("caseNo", c.caseNo());
            n.put("cause", c.cause());
            n.put("state", c.state().name());
            n.put("stateLabel", Texts.label(c.state()));
            n.put("procedure", c.procedure().name());
            ObjectNode party = n.putObject("party");
            party.put("name", c.partyName());
            party.put("kind", c.partyKind() == null ? null : c.partyKind().name());
            n.put("matterCode", c.matterCode());
            n.put("matterName", c.matterName());
            n.put("area", c.area());
            n.putPOJO("discoveredOn", c.discoveredOn());
            n.putPOJO("filedOn", c.filedOn());
            n.putPOJO("decidedOn", c.decidedOn());
            n.putPOJO("closedOn", c.closedOn());
            n.put("fineAmount", c.fineAmount());
        }
        return array;
    }

    static ObjectNode detail(CaseRecord c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("caseNo", c.caseNo());
        n.put("revision", c.revision());
        n.put("authority", c.authority().name());
        n.put("state", c.state().name());
        n.put("stateLabel", Texts.label(c.state()));
        n.put("procedure", c.procedure().name());
        n.put("source", c.source().name());
        n.put("cause", c.cause());
        n.put("facts", c.facts());
        n.putPOJO("actDate", c.actDate());
        n.put("actPlace", c.actPlace());
        n.putPOJO("discoveredOn", c.discoveredOn());
        n.putPOJO("filedOn", c.filedOn());
        n.putPOJO("decidedOn", c.decidedOn());
        n.putPOJO("closedOn", c.closedOn());
        n.put("fineAmount", c.fineAmount());
        n.put("confiscatedAmount", c.confiscatedAmount());
        Party p = c.party();
        if (p != null) {
            ObjectNode party = n.putObject("party");
            party.put("kind", p.kind().name());
            party.put("name", p.name());
            party.put("idNumber", p.idNumber());
            party.put("creditCode", p.creditCode());
            party.put("legalRepresentative", p.legalRepresentative());
            party.put("address", p.address());
            party.put("serviceAddress", p.serviceAddress());
            party.put("phone", p.phone());
        }
        if (c.matter() != null) {
            ObjectNode m = n.putObject("matter");
            m.put("code", c.matter().code());
            m.put("name", c.matter().name());
            m.put("area", c.matter().area());
            m.put("violatedProvision", c.matter().violatedProvision());
            m.put("penaltyProvision", c.matter().penaltyProvision());
        }
        ArrayNode officers = n.putArray("officers");
        for (CaseOfficer o : c.officers()) {
            ObjectNode on = officers.addObject();
            on.put("code", o.officer().code());
            on.put("name", o.officer().name());
            on.put("duty", o.duty().name());
            on.put("certificate", o.officer().certificate() == null ? null : o.officer().certificate().number());
        }
        ArrayNode events = n.putArray("events");
        for (CaseEvent e : c.events()) {
            ObjectNode en = events.addObject();
            en.put("kind", e.kind().name());
            en.put("label", Texts.label(e.kind()));
            en.putPOJO("date", e.date());
            en.put("officer", e.officerCode());
            en.put("summary", e.summary());
        }
        ArrayNode evidence = n.putArray("evidence");
        for (Evidence e : c.evidence()) {
            ObjectNode en = evidence.addObject();
            en.put("kind", e.kind().name());
            en.put("title", e.title());
            en.putPOJO("collectedOn", e.collectedOn());
            en.put("proves", e.proves());
        }
        return n;
    }
}
