package org.zhifa.workstation.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.zhifa.workstation.domain.cases.CaseSummary;
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
}
