package org.zhifa.workstation.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.function.ToLongFunction;
import org.zhifa.workstation.domain.catalog.PenaltyType;

/** The statistics as JSON: the indicators of both years by stable key, and the change of each count. */
final class StatisticsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatisticsJson() {
    }

    static String write(AnnualStatistics s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("authority", s.authorityCode());
        root.put("authorityName", s.authorityName());
        root.put("year", s.current().year());
        root.put("computedOn", s.computedOn().toString());
        ObjectNode settings = root.putObject("settings");
        ArrayNode order = settings.putArray("severityLightestFirst");
        s.typeOrder().forEach(t -> order.add(t.name()));
        settings.put("rateRounding", s.settings().rateRounding().name());
        settings.put("rateDecimals", s.settings().rateDecimals());
        settings.put("shareRounding", s.settings().shareRounding().name());
        settings.put("shareDecimals", s.settings().shareDecimals());
        indicators(root.putObject("current"), s.current());
        indicators(root.putObject("previous"), s.previous());
        ObjectNode change = root.putObject("change");
        for (var e : COUNTS) {
            ObjectNode n = change.putObject(e.key());
            n.put("delta", s.change(e.value()));
            n.put("percent", s.changePercent(e.value()));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Count(String key, ToLongFunction<Indicators> value) {
    }

    private static final java.util.List<Count> COUNTS = java.util.List.of(
            new Count("filed", Indicators::filed), new Count("concluded", Indicators::concluded),
            new Count("decisions", Indicators::decisions), new Count("noPenalty", Indicators::noPenalty),
            new Count("firstOffense", Indicators::firstOffense), new Count("light", Indicators::light),
            new Count("hearings", Indicators::hearings), new Count("reviews", Indicators::reviews),
            new Count("transfers", Indicators::transfers), new Count("seizureOrders", Indicators::seizureOrders),
            new Count("officers", Indicators::officers), new Count("certified", Indicators::certified));

    private static void indicators(ObjectNode n, Indicators i) {
        n.put("year", i.year());
        n.put("filed", i.filed());
        n.put("concluded", i.concluded());
        n.put("closureRatePercent", i.closureRate());
        ObjectNode types = n.putObject("decisionsByHeaviestType");
        for (PenaltyType t : PenaltyType.values()) {
            types.put(t.name(), i.decisionsOf(t));
        }
        n.put("decisions", i.decisions());
        n.put("generalDecisions", i.generalDecisions());
        n.put("onSiteDecisions", i.onSiteDecisions());
        n.put("finesYuan", i.finesYuan());
        n.put("confiscatedYuan", i.confiscatedYuan());
        n.put("amountTenThousandYuan", i.amountTenThousand());
        n.put("noPenalty", i.noPenalty());
        n.put("firstOffense", i.firstOffense());
        n.put("lenient", i.lenient());
        n.put("mitigated", i.mitigated());
        n.put("light", i.light());
        n.put("firstOffenseSharePercent", i.firstOffenseShare());
        n.put("lightSharePercent", i.lightShare());
        n.put("hearings", i.hearings());
        n.put("reviews", i.reviews());
        n.put("reviewsPassed", i.reviewsPassed());
        n.put("reviewsRejected", i.reviewsRejected());
        n.put("reviewsPending", i.reviewsPending());
        n.put("transfers", i.transfers());
        n.put("transfersJudicial", i.transfersJudicial());
        n.put("seizureCases", i.seizureCases());
        n.put("seizureOrders", i.seizureOrders());
        n.put("surcharges", i.surcharges());
        n.put("courtEnforcements", i.courtEnforcements());
        n.put("reconsiderations", i.reconsiderations());
        n.put("reconsiderationsCorrected", i.reconsiderationsCorrected());
        n.put("litigations", i.litigations());
        n.put("litigationsLost", i.litigationsLost());
        n.put("officers", i.officers());
        n.put("certified", i.certified());
        n.put("certificationRatePercent", i.certificationRate());
        n.put("auxiliaries", i.auxiliaries());
        n.put("reviewers", i.reviewers());
        n.put("qualifiedReviewers", i.qualifiedReviewers());
    }
}
