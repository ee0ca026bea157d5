package org.zhifa.workstation.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.review.checks.Checks;

/**
 * The 案卷评查 rubric: a data file the county edits and sends in its catalog pack (format {@code zhifa-rubric/1}).
 * The program ships {@code org/zhifa/workstation/review/rubric.json}; a {@code rubric.json} in the data directory
 * (put there by a catalog pack) replaces it.
 *
 * <pre>
 * { "format": "zhifa-rubric/1", "name": "…", "version": "2025.1", "issuedBy": "…",
 *   "layers": { "FORM": 20, "CONTENT": 80 },
 *   "items": [ { "id": "F05", "layer": "FORM", "category": "证据", "description": "…", "basis": "…",
 *                "deduction": 1, "maxDeduction": 4, "check": "RECORDING_METADATA", "params": { … } } ] }
 * </pre>
 * Veto items have layer VETO and no deduction. An item without {@code check} is judged by a person; the audit lists
 * it as such. The FORM and CONTENT points add up to 100; every check named must exist.
 */
public record Rubric(String name, String version, String issuedBy, Map<RubricLayer, BigDecimal> layerPoints,
                     List<RubricItem> items) {
    public static final String FORMAT = "zhifa-rubric/1";
    /** The rubric shipped with the program. */
    public static final String RESOURCE = "/org/zhifa/workstation/review/rubric.json";
    /** The file name of a county's rubric in the data directory. */
    public static final String FILE_NAME = "rubric.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Rubric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        layerPoints = Map.copyOf(layerPoints);
        items = List.copyOf(items);
    }

    /** The shipped rubric. */
    public static Rubric standard() {
        try (InputStream in = Rubric.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AuditException(Texts.tr("review.rubric.missing", RESOURCE));
            }
            return read(in);
        } catch (IOException e) {
            throw new AuditException(Texts.tr("review.rubric.unreadable", RESOURCE, e.getMessage()), e);
        }
    }

    /** The county's rubric in the data directory when there is one, else the shipped one. */
    public static Rubric forDataDirectory(Path dataDirectory) {
        if (dataDirectory != null) {
            Path file = dataDirectory.resolve(FILE_NAME);
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return read(in);
                } catch (IOException e) {
                    throw new AuditException(Texts.tr("review.rubric.unreadable", file, e.getMessage()), e);
                }
            }
        }
        return standard();
    }

    /** Reads and validates a rubric; {@link AuditException} names what is wrong. */
    public static Rubric read(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        return parse(root);
    }

    public static Rubric parse(String json) {
        try {
            return parse(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new AuditException(Texts.tr("review.rubric.unreadable", "JSON", e.getMessage()), e);
        }
    }

    private static Rubric parse(JsonNode root) {
        List<String> problems = new ArrayList<>();
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new AuditException(Texts.tr("review.rubric.format", FORMAT));
        }
        Map<RubricLayer, BigDecimal> points = new EnumMap<>(RubricLayer.class);
        for (RubricLayer l : List.of(RubricLayer.FORM, RubricLayer.CONTENT)) {
            JsonNode p = root.path("layers").path(l.name());
            if (!p.isNumber()) {
                problems.add(Texts.tr("review.rubric.layerPoints", l.name()));
            } else {
                points.put(l, p.decimalValue());
            }
        }
        if (problems.isEmpty() && points.get(RubricLayer.FORM).add(points.get(RubricLayer.CONTENT))
                .compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.add(Texts.tr("review.rubric.pointsNot100"));
        }
        List<RubricItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode n : root.path("items")) {
            String id = n.path("id").asText("");
            if (id.isBlank() || !ids.add(id)) {
                problems.add(Texts.tr("review.rubric.itemId", id));
                continue;
            }
            RubricLayer layer;
            try {
                layer = RubricLayer.valueOf(n.path("layer").asText(""));
            } catch (IllegalArgumentException e) {
                problems.add(Texts.tr("review.rubric.itemLayer", id));
                continue;
            }
            BigDecimal deduction = n.path("deduction").isNumber() ? n.path("deduction").decimalValue() : BigDecimal.ZERO;
            BigDecimal max = n.path("maxDeduction").isNumber() ? n.path("maxDeduction").decimalValue() : deduction;
            if (layer != RubricLayer.VETO && (deduction.signum() <= 0 || max.compareTo(deduction) < 0)) {
                problems.add(Texts.tr("review.rubric.itemDeduction", id));
            }
            String check = n.hasNonNull("check") ? n.get("check").asText() : null;
            if (check != null && Checks.byId(check).isEmpty()) {
                problems.add(Texts.tr("review.rubric.unknownCheck", id, check, String.join(", ", Checks.ids())));
            }
            Map<String, Object> params = new LinkedHashMap<>();
            if (n.path("params").isObject()) {
                for (Map.Entry<String, JsonNode> e : n.get("params").properties()) {
                    params.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class));
                }
            }
            items.add(new RubricItem(id, layer, n.path("category").asText(""), n.path("description").asText(""),
                    n.path("basis").asText(""), layer == RubricLayer.VETO ? BigDecimal.ZERO : deduction,
                    layer == RubricLayer.VETO ? BigDecimal.ZERO : max, check, params));
        }
        if (items.isEmpty()) {
            problems.add(Texts.tr("review.rubric.noItems"));
        }
        if (!problems.isEmpty()) {
            throw new AuditException(Texts.tr("review.rubric.invalid", String.join("；", problems)));
        }
        return new Rubric(root.path("name").asText(""), root.path("version").asText(""),
                root.path("issuedBy").asText(""), points, items);
    }

    /** The items of a layer, in file order. */
    public List<RubricItem> items(RubricLayer layer) {
        return items.stream().filter(i -> i.layer() == layer).toList();
    }

    public BigDecimal points(RubricLayer layer) {
        return layerPoints.getOrDefault(layer, BigDecimal.ZERO);
    }
}
