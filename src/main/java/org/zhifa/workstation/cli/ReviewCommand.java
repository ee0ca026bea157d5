package org.zhifa.workstation.cli;

import static org.zhifa.workstation.cli.BundleCommand.exchange;
import static org.zhifa.workstation.cli.BundleCommand.refusing;
import static org.zhifa.workstation.cli.BundleCommand.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.county.ReviewQueueService;
import org.zhifa.workstation.exchange.county.ReviewQueueService.QueueItem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The county reviewer on the command line: {@code zhifa review queue [--json]}, {@code review show CASE_NO|#ID},
 * {@code review opinion CASE_NO --conclusion … --point … --basis … --reviewer … --out FILE}.
 */
@Command(name = "review", mixinStandardHelpOptions = true, resourceBundle = BundleCommand.TEXTS,
        subcommands = {ReviewCommand.QueueCommand.class, ReviewCommand.ShowCommand.class, ReviewCommand.OpinionCommand.class,
                ReviewAuditCommand.class})
final class ReviewCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Sets the Chinese descriptions of {@code review} and its sub-commands; called from {@code Cli.describe}. */
    static void describe(CommandLine review) {
        review.getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.review"));
        review.getSubcommands().get("queue").getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.review.queue"));
        review.getSubcommands().get("show").getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.review.show"));
        review.getSubcommands().get("opinion").getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.review.opinion"));
    }

    /** The queue item a reviewer names: "#12" (queue number) or a case number (its pending version). */
    static QueueItem item(ReviewQueueService county, String ref) {
        LocalDate today = LocalDate.now();
        if (ref.matches("#\\d{1,12}")) {
            long id = Long.parseLong(ref.substring(1));
            return county.find(id, today)
                    .orElseThrow(() -> new InputRejectedException(Texts.tr("exchange.queue.noItem", id)));
        }
        return refusing(() -> county.pendingFor(ref, today));
    }

    static ObjectNode json(ObjectNode n, QueueItem i) {
        n.put("id", i.id());
        n.put("bundleId", i.bundleId());
        n.put("caseNo", i.caseNo());
        n.put("caseRevision", i.caseRevision());
        n.put("cause", i.cause());
        n.put("party", i.partyName());
        ObjectNode source = n.putObject("source");
        source.put("authority", i.sourceAuthority());
        source.put("name", i.sourceName());
        n.put("signerKeyId", i.signerKeyId());
        n.put("receivedOn", i.receivedOn().toString());
        n.put("dueOn", i.due().date().toString());
        n.put("dueProvisional", i.due().provisional());
        n.put("overdue", i.overdue());
        n.put("status", i.status().name());
        n.put("statusLabel", ReviewQueueService.label(i.status()));
        if (i.previousId() == null) {
            n.putNull("previousId");
        } else {
            n.put("previousId", i.previousId());
        }
        n.put("conclusion", i.conclusion() == null ? null : i.conclusion().name());
        n.put("resultBundleId", i.resultBundleId());
        n.put("auditScore", i.auditScore());
        n.put("auditVetoed", i.auditVetoed());
        return n;
    }

    /** {@code zhifa review queue [--json]}: every case bundle received, newest first, with its review deadline. */
    @Command(name = "queue", mixinStandardHelpOptions = true, resourceBundle = BundleCommand.TEXTS)
    static final class QueueCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", descriptionKey = "exchange.cli.option.json")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                List<QueueItem> queue = refusing(() -> exchange(services).county().queueByScore(LocalDate.now()));
                if (json) {
                    ArrayNode array = JSON.createArrayNode();
                    queue.forEach(i -> json(array.addObject(), i));
                    System.out.println(JSON.writeValueAsString(array));
                    return ExitCodes.OK;
                }
                System.out.println(Texts.tr("exchange.cli.queue.header"));
                for (QueueItem i : queue) {
                    System.out.println(String.join("\t", "#" + i.id(), i.caseNo(), i.sourceName(),
                            i.partyName() == null ? "" : i.partyName(), i.receivedOn().toString(),
                            i.due().date() + (i.overdue() ? Texts.tr("exchange.cli.queue.overdue") : ""),
                            i.auditScore() == null ? "" : i.auditScore().toPlainString()
                                    + (i.auditVetoed() ? Texts.tr("exchange.cli.queue.vetoed") : ""),
                            ReviewQueueService.label(i.status())
                                    + (i.conclusion() == null ? "" : "（" + Texts.label(i.conclusion()) + "）"),
                            i.cause() == null ? "" : i.cause()));
                }
                System.out.println(Texts.tr("exchange.cli.queue.count", queue.size(),
                        queue.stream().filter(i -> i.status() == ReviewQueueService.QueueStatus.PENDING).count()));
                return ExitCodes.OK;
            }
        }
    }

    /** {@code zhifa review show CASE_NO|#ID [--json]}: the bundled case, the automatic checks, the files, the changes. */
    @Command(name = "show", mixinStandardHelpOptions = true, resourceBundle = BundleCommand.TEXTS)
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE_NO|#ID", descriptionKey = "exchange.cli.param.queueItem")
        String ref;

        @Option(names = "--json", descriptionKey = "exchange.cli.option.json")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                ReviewQueueService county = exchange(services).county();
                QueueItem item = ref.matches("#\\d{1,12}") ? item(county, ref) : latest(county, ref);
                ReviewQueueService.ReviewItem r = refusing(() -> county.open(item.id(), LocalDate.now()));
                if (json) {
                    ObjectNode n = json(JSON.createObjectNode(), item);
                    n.put("state", r.record().state().name());
                    n.put("stateLabel", Texts.label(r.record().state()));
                    n.put("replayAccepted", r.replayAccepted());
                    ArrayNode actions = n.putArray("actions");
                    r.record().actions().forEach(a -> actions.addObject().put("type", a.type().name())
                            .put("label", Texts.label(a.type())).put("date", a.date().toString()).put("actor", a.actor()));
                    ArrayNode findings = n.putArray("findings");
                    r.findings().forEach(v -> findings.addObject().put("rule", v.rule()).put("severity", v.severity().name())
                            .put("message", v.message()));
                    ArrayNode files = n.putArray("files");
                    r.files().forEach(f -> files.addObject().put("path", f.path()).put("mediaType", f.mediaType())
                            .put("size", f.size()).put("sha256", f.sha256())
                            .put("file", f.file().map(Path::toString).orElse(null)));
                    r.changes().ifPresent(d -> {
                        ObjectNode c = n.putObject("changes");
                        ArrayNode added = c.putArray("added");
                        d.added().forEach(a -> added.add(a.type().name() + " " + a.date()));
                        ArrayNode removed = c.putArray("removed");
                        d.removed().forEach(a -> removed.add(a.type().name() + " " + a.date()));
                        c.put("headerChanged", d.headerChanged());
                    });
                    System.out.println(JSON.writeValueAsString(n));
                    return ExitCodes.OK;
                }
                System.out.println(Texts.tr("exchange.cli.show.head", "#" + item.id(), item.caseNo(), item.sourceName(),
                        String.valueOf(item.caseRevision()), ReviewQueueService.label(item.status())));
                System.out.println(Texts.tr("exchange.cli.show.case", r.record().cause(),
                        r.record().party() == null ? "" : r.record().party().name(), Texts.label(r.record().state())));
                System.out.println(Texts.tr("exchange.cli.show.due", item.receivedOn(), item.due().date()));
                int n = 0;
                for (CaseAction a : r.record().actions()) {
                    System.out.println(Texts.tr("exchange.cli.show.action", ++n, a.date(), Texts.label(a.type()),
                            a.actor() == null ? "" : a.actor()));
                }
                if (r.findings().isEmpty()) {
                    System.out.println(Texts.tr("exchange.cli.show.noFindings"));
                }
                for (Violation v : r.findings()) {
                    System.out.println(Texts.tr("exchange.cli.show.finding", v.describe()));
                }
                r.files().forEach(f -> System.out.println(Texts.tr("exchange.cli.show.file", f.path(), f.mediaType(),
                        f.size(), f.file().map(Path::toString).orElse(""))));
                r.changes().ifPresent(d -> {
                    System.out.println(Texts.tr("exchange.cli.show.changes", d.added().size(), d.removed().size()));
                    d.added().forEach(a -> System.out.println("  + " + a.date() + " " + Texts.label(a.type())));
                    d.removed().forEach(a -> System.out.println("  - " + a.date() + " " + Texts.label(a.type())));
                });
                return ExitCodes.OK;
            }
        }

        private static QueueItem latest(ReviewQueueService county, String caseNo) {
            return county.queue(LocalDate.now()).stream().filter(i -> i.caseNo().equals(caseNo)).findFirst()
                    .orElseThrow(() -> new InputRejectedException(Texts.tr("exchange.queue.noSuchCase", caseNo)));
        }
    }

    /**
     * {@code zhifa review opinion CASE_NO --conclusion APPROVE|SUPPLEMENT|REJECT --point TEXT … --basis TEXT
     * --reviewer OFFICER_CODE --out FILE [--date YYYY-MM-DD]}: writes the signed REVIEW_RESULT.
     */
    @Command(name = "opinion", mixinStandardHelpOptions = true, resourceBundle = BundleCommand.TEXTS)
    static final class OpinionCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE_NO|#ID", descriptionKey = "exchange.cli.param.queueItem")
        String ref;

        @Option(names = "--conclusion", required = true, paramLabel = "APPROVE|SUPPLEMENT|REJECT",
                descriptionKey = "exchange.cli.option.conclusion")
        String conclusion;

        @Option(names = "--point", paramLabel = "TEXT", descriptionKey = "exchange.cli.option.point")
        List<String> points = new ArrayList<>();

        @Option(names = "--basis", paramLabel = "TEXT", descriptionKey = "exchange.cli.option.basis")
        String basis;

        @Option(names = "--reviewer", required = true, paramLabel = "OFFICER_CODE", descriptionKey = "exchange.cli.option.reviewer")
        String reviewer;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "exchange.cli.option.resultOut")
        Path out;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "exchange.cli.option.date")
        String date;

        @Override
        public Integer call() {
            ReviewConclusion c = conclusion(conclusion);
            LocalDate day = null;
            if (date != null) {
                try {
                    day = LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    throw new InputRejectedException(Texts.tr("exchange.cli.badDate", date));
                }
            }
            LocalDate on = day;
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                ReviewQueueService county = exchange(services).county();
                QueueItem item = item(county, ref);
                ReviewQueueService.OpinionWritten w = refusing(() -> county.writeOpinion(item.id(),
                        new ReviewQueueService.OpinionInput(c, points, basis, reviewer, on), session(), out));
                System.out.println(Texts.tr("exchange.cli.opinion.done", Texts.label(c), item.caseNo(), w.bundle().file(),
                        w.bundle().manifest().bundleId()));
                return ExitCodes.OK;
            }
        }

        private static ReviewConclusion conclusion(String s) {
            String v = s.strip();
            for (ReviewConclusion c : ReviewConclusion.values()) {
                if (c.name().equals(v.toUpperCase(Locale.ROOT)) || Texts.label(c).equals(v)) {
                    return c;
                }
            }
            throw new InputRejectedException(Texts.tr("exchange.cli.badConclusion", s));
        }
    }
}
