package org.zhifa.workstation.exchange.county;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhifa.workstation.cases.security.Permissions;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.fields.CaseFields;
import org.zhifa.workstation.documents.fields.DocumentInstance;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.calendar.HolidayCalendar;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseDocument;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.procedure.decision.LegalReview;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.exchange.bundle.BundleHeader;
import org.zhifa.workstation.exchange.bundle.BundleKind;
import org.zhifa.workstation.exchange.bundle.BundleLayout;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.BundleWriter;
import org.zhifa.workstation.exchange.bundle.ExchangeException;
import org.zhifa.workstation.exchange.bundle.Manifest;
import org.zhifa.workstation.exchange.bundle.ManifestEntry;
import org.zhifa.workstation.exchange.bundle.ProblemCode;
import org.zhifa.workstation.exchange.bundle.VerifiedBundle;
import org.zhifa.workstation.exchange.bundle.WrittenBundle;
import org.zhifa.workstation.exchange.content.BundleDocuments.DocumentFile;
import org.zhifa.workstation.exchange.content.BundledDocumentName;
import org.zhifa.workstation.exchange.content.CaseReplay;
import org.zhifa.workstation.exchange.content.ContentJson;
import org.zhifa.workstation.exchange.content.ExchangeEnvironment;
import org.zhifa.workstation.exchange.content.OpinionDocument;
import org.zhifa.workstation.exchange.content.ReferenceData;
import org.zhifa.workstation.exchange.content.Replays;
import org.zhifa.workstation.exchange.keys.KeyService;
import org.zhifa.workstation.store.ExchangeRepository.BundleRow;
import org.zhifa.workstation.store.ExchangeRepository.FileRow;
import org.zhifa.workstation.store.ExchangeRepository.QueueAudit;
import org.zhifa.workstation.store.ExchangeRepository.QueueRow;
import org.zhifa.workstation.review.AuditResult;
import org.zhifa.workstation.review.CaseFileAuditService;
import org.zhifa.workstation.store.Tx;
import org.zhifa.workstation.store.json.CaseJsonCodec;
import org.zhifa.workstation.store.json.CaseJsonException;

/**
 * The county review center's side (docs/bundle-format.md, "County"): CASE_BUNDLEs from many townships go into a
 * review queue; the reviewer opens a bundled case read-only (its record replayed from the case JSON against the
 * township's reference data carried in the bundle, its documents and evidence files, the automatic checks and, for a
 * resubmission, what changed since the previous version), and writes the 法制审核意见 as a REVIEW_RESULT signed with
 * the county key. The review period is {@code reviewDays} working days from receipt (setting, default 10).
 */
public final class ReviewQueueService {
    private final ExchangeEnvironment env;
    private final CaseReplay replay = new CaseReplay();
    private final CaseJsonCodec codec = new CaseJsonCodec();

    private volatile CaseFileAuditService audit;

    public ReviewQueueService(ExchangeEnvironment env) {
        this.env = env;
    }

    /** Runs the case-file audit on every received bundle (wired by the composition root); null: no audit. */
    public void auditWith(CaseFileAuditService service) {
        this.audit = service;
    }

    /** Where a queue item stands. */
    public enum QueueStatus { PENDING, ANSWERED, SUPERSEDED }

    /**
     * One case bundle in the queue.
     *
     * @param due      the end of the review period ({@code reviewDays} working days after receipt)
     * @param overdue  still pending after the due day
     * @param auditScore  the case-file audit's score when the bundle was received (null: not audited)
     * @param auditVetoed whether that audit found a veto item
     */
    public record QueueItem(long id, String bundleId, String caseNo, int caseRevision, String cause, String partyName,
                            String sourceAuthority, String sourceName, String signerKeyId, LocalDate receivedOn,
                            Deadline due, boolean overdue, QueueStatus status, Long previousId,
                            ReviewConclusion conclusion, String resultBundleId, BigDecimal auditScore,
                            boolean auditVetoed) { }

    /**
     * A produced document the case bundle carries.
     *
     * @param type   its type, when the name says it (documents of this program); null otherwise
     * @param title  the title for the list (the case file's title of the document, else the file name)
     * @param file   the copy in the content store, when present
     */
    public record BundledDocument(String path, DocumentType type, int occurrence, String title, String mediaType,
                                  Optional<Path> file) {
        public boolean pdf() {
            return path.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        }
    }

    /** A file that came with the bundle, kept in the content store. */
    public record BundledFile(String path, String mediaType, String sha256, long size, Optional<Path> file) { }

    /** What changed since the previous version of the case: actions added and removed (by their full content). */
    public record ActionDiff(List<CaseAction> added, List<CaseAction> removed, boolean headerChanged) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && !headerChanged;
        }
    }

    /**
     * A queue item opened for review (read-only).
     *
     * @param record    the case as the replay reached it (every action shown, even after a refused one)
     * @param findings  the automatic checks: blocking problems of the replay first, then its warnings
     * @param changes   against the previous version of the case, when this is a resubmission
     * @param documents the produced documents in the order of the case file (PDF and DOCX of each)
     * @param audit     the case-file audit (案卷评查) of the bundled file, when the audit is wired in
     */
    public record ReviewItem(QueueItem item, CaseRecord record, ReferenceData reference, List<Violation> findings,
                             boolean replayAccepted, List<BundledFile> files, Optional<ActionDiff> changes,
                             Optional<OpinionDocument> opinion, List<BundledDocument> documents,
                             Optional<AuditResult> audit) { }

    /** What an import into the queue did. */
    public record Received(QueueItem item, Optional<QueueItem> superseded, List<Violation> findings) { }

    /** What writing an opinion did. */
    public record OpinionWritten(QueueItem item, WrittenBundle bundle, OpinionDocument opinion) { }

    /** The reviewer's input: conclusion, numbered points, legal basis; the reviewer and the day (null: today). */
    public record OpinionInput(ReviewConclusion conclusion, List<String> points, String legalBasis, String reviewerCode,
                               LocalDate date) { }

    // ---- the queue ----------------------------------------------------------------------------------------------

    /** Every item, newest first, with its review period as of the day. */
    public List<QueueItem> queue(LocalDate asOf) {
        return env.stores().database().read(tx -> {
            LegalCalendar calendar = calendar(tx);
            int days = env.settings().get().reviewDays();
            Map<Long, QueueAudit> audits = env.repository().queueAudits(tx);
            return env.repository().queue(tx).stream().map(r -> item(r, calendar, days, asOf, audits)).toList();
        });
    }

    /**
     * The queue in the order of work: pending items first, the lowest audit score first (not audited last, then
     * the oldest first), then the answered and superseded items, newest first.
     */
    public List<QueueItem> queueByScore(LocalDate asOf) {
        Comparator<QueueItem> pending = Comparator.comparing((QueueItem i) -> i.auditScore() == null)
                .thenComparing(QueueItem::auditScore, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(QueueItem::id);
        List<QueueItem> all = queue(asOf);
        List<QueueItem> ordered = new ArrayList<>(all.stream().filter(i -> i.status() == QueueStatus.PENDING)
                .sorted(pending).toList());
        ordered.addAll(all.stream().filter(i -> i.status() != QueueStatus.PENDING).toList());
        return ordered;
    }

    public Optional<QueueItem> find(long id, LocalDate asOf) {
        return env.stores().database().read(tx -> env.repository().queueItem(tx, id)
                .map(r -> item(r, calendar(tx), env.settings().get().reviewDays(), asOf, env.repository().queueAudits(tx))));
    }

    /** The pending item of a case number (refused when there is none, or several from different townships). */
    public QueueItem pendingFor(String caseNo, LocalDate asOf) {
        List<QueueItem> matching = queue(asOf).stream()
                .filter(i -> i.caseNo().equals(caseNo) && i.status() == QueueStatus.PENDING).toList();
        if (matching.isEmpty()) {
            boolean any = queue(asOf).stream().anyMatch(i -> i.caseNo().equals(caseNo));
            throw new ExchangeException(any ? Texts.tr("exchange.queue.notPending", caseNo)
                    : Texts.tr("exchange.queue.noSuchCase", caseNo));
        }
        if (matching.size() > 1) {
            throw new ExchangeException(Texts.tr("exchange.queue.ambiguous", caseNo,
                    matching.stream().map(i -> "#" + i.id() + " " + i.sourceName()).collect(Collectors.joining("、"))));
        }
        return matching.getFirst();
    }

    private QueueItem item(QueueRow r, LegalCalendar calendar, int reviewDays, LocalDate asOf, Map<Long, QueueAudit> audits) {
        Optional<QueueAudit> audited = Optional.ofNullable(audits.get(r.id()));
        Deadline due = calendar.workingDaysDeadline(r.receivedOn(), reviewDays, Texts.tr("exchange.queue.period", reviewDays));
        QueueStatus status = QueueStatus.valueOf(r.status());
        return new QueueItem(r.id(), r.bundleId(), r.caseNo(), r.caseRevision(), r.cause(), r.partyName(),
                r.sourceAuthority(), r.sourceName(), r.signerKeyId(), r.receivedOn(), due,
                status == QueueStatus.PENDING && asOf.isAfter(due.date()), status, r.previousId(),
                r.conclusion() == null ? null : ReviewConclusion.valueOf(r.conclusion()), r.resultBundleId(),
                audited.map(QueueAudit::score).orElse(null), audited.map(QueueAudit::vetoed).orElse(false));
    }

    private LegalCalendar calendar(Tx tx) {
        return new LegalCalendar(HolidayCalendar.of(env.stores().holidays().entries(tx), env.stores().holidays().years(tx).keySet()));
    }

    // ---- receiving case bundles ---------------------------------------------------------------------------------

    /** A CASE_BUNDLE checked against this installation, ready to enter the queue. */
    public record PreparedCase(VerifiedBundle bundle, CaseDocument document, ReferenceData reference,
                               CaseReplay.Replayed replayed) { }

    /** Every check of a verified CASE_BUNDLE; writes nothing. */
    public PreparedCase check(VerifiedBundle v) {
        return env.stores().database().read(tx -> check(tx, v));
    }

    private PreparedCase check(Tx tx, VerifiedBundle v) {
        Manifest m = v.manifest();
        Replays.check(env, tx, m, "exchange.replay.case", m.caseNo());
        CaseDocument d;
        try {
            d = codec.read(new String(v.json(BundleLayout.CASE).orElseThrow(), StandardCharsets.UTF_8));
        } catch (CaseJsonException e) {
            throw new BundleRejectedException(ProblemCode.INVALID_CONTENT,
                    Texts.tr("exchange.content.invalid", BundleLayout.CASE, e.getMessage()));
        }
        ReferenceData reference = ContentJson.read(v.json(BundleLayout.REFERENCE).orElseThrow(), ReferenceData.class,
                BundleLayout.REFERENCE);
        List<String> problems = new ArrayList<>();
        if (!m.caseNo().equals(d.caseNo())) {
            problems.add(Texts.tr("exchange.case.otherCase", d.caseNo(), m.caseNo()));
        }
        if (!ReferenceData.FORMAT.equals(reference.format()) || reference.authority() == null
                || reference.officers() == null || reference.officers().stream().anyMatch(o -> o == null || o.code() == null)) {
            problems.add(Texts.tr("exchange.case.badReference"));
        } else if (!reference.authority().code().equals(d.authority()) || !m.source().authority().equals(d.authority())) {
            problems.add(Texts.tr("exchange.case.otherAuthority", d.authority(), m.source().authority()));
        } else if (reference.matter() != null && !reference.matter().code().equals(d.matter())) {
            problems.add(Texts.tr("exchange.case.otherMatter", d.matter()));
        }
        Set<String> bundled = new HashSet<>();
        m.entries().stream().filter(e -> e.path().startsWith(BundleLayout.EVIDENCE))
                .forEach(e -> bundled.add(e.path().substring(BundleLayout.EVIDENCE.length())));
        for (CaseAction a : d.actions() == null ? List.<CaseAction>of() : d.actions()) {
            String sha = a instanceof AddEvidence e ? e.sha256() : a instanceof Seize s ? s.recordingSha256() : null;
            if (sha != null && !bundled.contains(sha)) {
                problems.add(Texts.tr("exchange.case.evidenceMissing", sha));
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleRejectedException(problems.stream()
                    .map(p -> new org.zhifa.workstation.exchange.bundle.Problem(ProblemCode.INVALID_CONTENT, p)).toList());
        }
        CaseReplay.Replayed replayed = replayed(tx, d, reference);
        return new PreparedCase(v, d, reference, replayed);
    }

    private CaseReplay.Replayed replayed(Tx tx, CaseDocument d, ReferenceData reference) {
        Map<String, Officer> officers = reference.officers().stream()
                .collect(Collectors.toMap(Officer::code, Function.identity(), (a, b) -> a));
        Map<String, CatalogMatter> catalog = reference.matter() == null ? Map.of() : Map.of(reference.matter().code(), reference.matter());
        CaseRecord lead = CaseReplay.lead(d, reference.authority(), catalog, officers);
        RuleContext ctx = CaseReplay.context(env.stores(), tx, env.settings().get(), officers.values(), catalog.values());
        return replay.replay(lead, d.actions() == null ? List.of() : d.actions(), ctx);
    }

    /**
     * Puts a verified CASE_BUNDLE into the queue in one transaction (its files first go to the content store). A
     * newer version of a case that is still pending supersedes the older one.
     */
    public Received receive(VerifiedBundle v, Session session) {
        Permissions.require(session, Role.REVIEWER, Role.ADMIN);
        PreparedCase first = check(v);
        Optional<AuditResult> audited = auditBundle(first.replayed().record(), first.reference(),
                documents(first.replayed().record(), v.manifest().entries().stream()
                        .map(e -> new FileRow(null, e.path(), e.mediaType(), e.sha256(), e.size())).toList(), v::file));
        List<FileRow> files = keepFiles(v);
        return env.stores().database().transaction(tx -> {
            PreparedCase p = check(tx, v);
            Manifest m = v.manifest();
            Instant now = env.clock().instant();
            env.repository().insertBundle(tx, new BundleRow(m.bundleId(), m.kind().name(), "IN", m.caseNo(),
                    m.caseRevision(), m.signerKeyId(), v.manifestSha256(), null, v.source().getFileName().toString(),
                    now, session.username()));
            Optional<QueueRow> previous = env.repository().latestQueueItem(tx, m.source().authority(), m.caseNo());
            long id = env.repository().insertQueueItem(tx, new QueueRow(null, m.bundleId(), m.caseNo(), m.caseRevision(),
                    p.document().cause(), p.document().party().name(), m.source().authority(), m.source().name(),
                    m.signerKeyId(), Instant.parse(m.createdAt()), env.today(), now, session.username(),
                    QueueStatus.PENDING.name(), previous.map(QueueRow::id).orElse(null),
                    new String(v.manifestBytes(), StandardCharsets.UTF_8),
                    new String(v.json(BundleLayout.CASE).orElseThrow(), StandardCharsets.UTF_8),
                    new String(v.json(BundleLayout.REFERENCE).orElseThrow(), StandardCharsets.UTF_8),
                    null, null, null, null, null));
            files.forEach(f -> env.repository().insertFile(tx, f));
            Optional<QueueRow> superseded = previous.filter(q -> QueueStatus.PENDING.name().equals(q.status()));
            superseded.ifPresent(q -> env.repository().setQueueStatus(tx, q.id(), QueueStatus.SUPERSEDED.name()));
            audited.ifPresent(a -> env.repository().setQueueAudit(tx, id, new QueueAudit(a.score(), a.vetoed())));
            env.stores().auditLog().append(tx, session.username(), "CASE_BUNDLE_RECEIVED", "review_queue", m.caseNo(),
                    "{\"bundleId\":\"" + m.bundleId() + "\",\"revision\":" + m.caseRevision() + ",\"source\":\""
                            + m.source().authority() + "\",\"signer\":\"" + m.signerKeyId() + "\"}");
            LegalCalendar calendar = calendar(tx);
            int days = env.settings().get().reviewDays();
            Map<Long, QueueAudit> audits = env.repository().queueAudits(tx);
            QueueItem item = item(env.repository().queueItem(tx, id).orElseThrow(), calendar, days, env.today(), audits);
            Optional<QueueItem> old = superseded.map(q -> item(env.repository().queueItem(tx, q.id()).orElseThrow(),
                    calendar, days, env.today(), audits));
            List<Violation> findings = new ArrayList<>(first.replayed().blocking());
            findings.addAll(first.replayed().warnings());
            return new Received(item, old, findings);
        });
    }

    private List<FileRow> keepFiles(VerifiedBundle v) {
        List<FileRow> rows = new ArrayList<>();
        for (ManifestEntry e : v.manifest().entries()) {
            Optional<Path> extracted = v.file(e.path());
            if (extracted.isPresent()) {
                String sha = env.files().put(extracted.get());
                if (!sha.equals(e.sha256())) {
                    throw new UncheckedIOException(new IOException("extracted file changed: " + e.path()));
                }
                rows.add(new FileRow(v.manifest().bundleId(), e.path(), e.mediaType(), e.sha256(), e.size()));
            }
        }
        return rows;
    }

    // ---- reviewing ----------------------------------------------------------------------------------------------

    /** Opens a queue item read-only: the case, the automatic checks, the files, the changes since the last version. */
    public ReviewItem open(long id, LocalDate asOf) {
        ReviewItem opened = env.stores().database().read(tx -> {
            QueueRow r = env.repository().queueItem(tx, id)
                    .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.queue.noItem", id)));
            QueueItem item = item(r, calendar(tx), env.settings().get().reviewDays(), asOf, env.repository().queueAudits(tx));
            CaseDocument d = codec.read(r.caseJson());
            ReferenceData reference = ContentJson.read(r.referenceJson().getBytes(StandardCharsets.UTF_8),
                    ReferenceData.class, BundleLayout.REFERENCE);
            CaseReplay.Replayed replayed = replayed(tx, d, reference);
            List<Violation> findings = new ArrayList<>(replayed.blocking());
            findings.addAll(replayed.warnings());
            List<FileRow> rows = env.repository().files(tx, r.bundleId());
            List<BundledDocument> documents = documents(replayed.record(), rows, path -> rows.stream()
                    .filter(f -> f.path().equals(path)).findFirst().flatMap(f -> env.files().find(f.sha256())));
            List<BundledFile> files = rows.stream()
                    .map(f -> new BundledFile(f.path(), f.mediaType(), f.sha256(), f.sizeBytes(), env.files().find(f.sha256())))
                    .toList();
            Optional<ActionDiff> changes = r.previousId() == null ? Optional.empty()
                    : env.repository().queueItem(tx, r.previousId()).map(prev -> diff(codec.read(prev.caseJson()), d));
            Optional<OpinionDocument> opinion = Optional.ofNullable(r.opinionJson())
                    .map(o -> ContentJson.read(o.getBytes(StandardCharsets.UTF_8), OpinionDocument.class, BundleLayout.OPINION));
            return new ReviewItem(item, replayed.record(), reference, findings, replayed.accepted(), files, changes,
                    opinion, documents, Optional.empty());
        });
        Optional<AuditResult> audited = auditBundle(opened.record(), opened.reference(), opened.documents());
        return new ReviewItem(opened.item(), opened.record(), opened.reference(), opened.findings(),
                opened.replayAccepted(), opened.files(), opened.changes(), opened.opinion(), opened.documents(), audited);
    }

    /** The produced documents among a bundle's entries, in the order of the case file, titled from the case. */
    private static List<BundledDocument> documents(CaseRecord c, List<FileRow> entries,
                                                   Function<String, Optional<Path>> fileOf) {
        List<DocumentInstance> instances = CaseFields.documents(c);
        List<BundledDocument> out = new ArrayList<>();
        for (FileRow e : entries) {
            if (!e.path().startsWith(BundleLayout.DOCUMENTS)) {
                continue;
            }
            String name = e.path().substring(BundleLayout.DOCUMENTS.length());
            Optional<BundledDocumentName> parsed = BundledDocumentName.parse(name);
            DocumentType type = parsed.map(BundledDocumentName::type).orElse(null);
            int occurrence = parsed.map(BundledDocumentName::occurrence).orElse(0);
            String title = parsed.flatMap(n -> instances.stream()
                            .filter(d -> d.type() == n.type() && d.occurrence() == n.occurrence()).findFirst())
                    .map(d -> d.title() == null ? d.type().title() : d.title())
                    .or(() -> parsed.map(n -> n.type().title())).orElse(name);
            out.add(new BundledDocument(e.path(), type, occurrence, title, e.mediaType(), fileOf.apply(e.path())));
        }
        out.sort(Comparator.comparingInt((BundledDocument d) -> BundledDocumentName.parse(
                d.path().substring(BundleLayout.DOCUMENTS.length())).map(BundledDocumentName::position).orElse(9999)));
        return out;
    }

    /** The case-file audit of a bundled case with its Word documents; empty when no audit is wired in. */
    private Optional<AuditResult> auditBundle(CaseRecord c, ReferenceData reference, List<BundledDocument> documents) {
        CaseFileAuditService service = audit;
        if (service == null) {
            return Optional.empty();
        }
        List<CaseFileAuditService.FileDocument> words = documents.stream()
                .filter(d -> d.type() != null && d.file().isPresent() && !d.pdf())
                .map(d -> new CaseFileAuditService.FileDocument(d.type().name(), d.title(), null, d.file().get()))
                .toList();
        return Optional.of(service.audit(c, reference.officers(),
                reference.matter() == null ? List.of() : List.of(reference.matter()), words, env.today()));
    }

    /** The actions added and removed between two versions of a case, compared by their full JSON. */
    public ActionDiff diff(CaseDocument before, CaseDocument after) {
        List<CaseAction> old = before.actions() == null ? List.of() : before.actions();
        List<CaseAction> now = after.actions() == null ? List.of() : after.actions();
        List<String> oldJson = new ArrayList<>(old.stream().map(codec::writeAction).toList());
        List<CaseAction> added = new ArrayList<>();
        for (CaseAction a : now) {
            if (!oldJson.remove(codec.writeAction(a))) {
                added.add(a);
            }
        }
        List<String> nowJson = new ArrayList<>(now.stream().map(codec::writeAction).toList());
        List<CaseAction> removed = new ArrayList<>();
        for (CaseAction a : old) {
            if (!nowJson.remove(codec.writeAction(a))) {
                removed.add(a);
            }
        }
        CaseDocument headerBefore = new CaseDocument(before.format(), before.caseNo(), before.authority(), before.matter(),
                before.procedure(), before.source(), before.cause(), before.facts(), before.actDate(), before.actPlace(),
                before.discoveredOn(), before.party(), before.officers(), List.of());
        CaseDocument headerAfter = new CaseDocument(after.format(), after.caseNo(), after.authority(), after.matter(),
                after.procedure(), after.source(), after.cause(), after.facts(), after.actDate(), after.actPlace(),
                after.discoveredOn(), after.party(), after.officers(), List.of());
        return new ActionDiff(added, removed, !headerBefore.equals(headerAfter));
    }

    // ---- the opinion --------------------------------------------------------------------------------------------

    /**
     * Writes the 法制审核意见 on a pending item as a REVIEW_RESULT signed with this installation's key, and records it.
     * The reviewer is an officer of this installation with the REVIEWER role and 法律职业资格 (Art 58 ¶2); the
     * opinion is tried on the bundled case first, so the township's gates will take it.
     */
    public OpinionWritten writeOpinion(long id, OpinionInput input, Session session, Path out) {
        Permissions.require(session, Role.REVIEWER, Role.ADMIN);
        LocalDate date = input.date() == null ? env.today() : input.date();
        String reviewerCode = input.reviewerCode() != null ? input.reviewerCode() : session.user().officerCode();
        if (reviewerCode == null || reviewerCode.isBlank()) {
            throw new ExchangeException(Texts.tr("exchange.opinion.noReviewer"));
        }
        if (session.user().officerCode() != null && !session.user().hasRole(Role.ADMIN)
                && !session.user().officerCode().equals(reviewerCode)) {
            throw new ExchangeException(Texts.tr("exchange.opinion.otherReviewer", reviewerCode));
        }
        List<String> points = input.points() == null ? List.of()
                : input.points().stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
        if (input.conclusion() == null) {
            throw new ExchangeException(Texts.tr("exchange.opinion.noConclusion"));
        }
        if (input.conclusion() != ReviewConclusion.APPROVE && points.isEmpty()) {
            throw new ExchangeException(Texts.tr("exchange.opinion.noPoints"));
        }
        KeyService.OwnKey key = env.keys().signer();
        record Prepared(QueueRow row, Officer reviewer, Authority center, CaseRecord reviewed) { }
        Prepared p = env.stores().database().read(tx -> {
            QueueRow r = env.repository().queueItem(tx, id)
                    .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.queue.noItem", id)));
            if (!QueueStatus.PENDING.name().equals(r.status())) {
                throw new ExchangeException(QueueStatus.ANSWERED.name().equals(r.status())
                        ? Texts.tr("exchange.opinion.answered", r.caseNo()) : Texts.tr("exchange.opinion.superseded", r.caseNo()));
            }
            List<Officer> ours = env.stores().reference().officers(tx);
            Officer reviewer = ours.stream().filter(o -> o.code().equals(reviewerCode)).findFirst()
                    .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.opinion.unknownReviewer", reviewerCode)));
            if (reviewer.role() != OfficerRole.REVIEWER || !LegalReview.qualified(reviewer)) {
                throw new ExchangeException(Texts.tr("exchange.opinion.unqualified", reviewer.name(), reviewerCode));
            }
            Authority center = center(tx, key);
            CaseDocument d = codec.read(r.caseJson());
            ReferenceData reference = ContentJson.read(r.referenceJson().getBytes(StandardCharsets.UTF_8),
                    ReferenceData.class, BundleLayout.REFERENCE);
            CaseReplay.Replayed replayed = replayed(tx, d, reference);
            List<Officer> officers = new ArrayList<>(reference.officers().stream()
                    .filter(o -> !o.code().equals(reviewerCode)).toList());
            officers.add(reviewer);
            RuleContext ctx = CaseReplay.context(env.stores(), tx, env.settings().get(), officers,
                    reference.matter() == null ? List.of() : List.of(reference.matter()));
            Outcome o = replay.engine().apply(replayed.record(), new RecordReviewOpinion(date, reviewerCode, reviewerCode,
                    input.conclusion(), points, input.legalBasis()), ctx);
            if (!o.accepted()) {
                throw new ExchangeException(Texts.tr("exchange.opinion.refused",
                        String.join("\n", o.blocking().stream().map(Violation::describe).toList())));
            }
            return new Prepared(r, reviewer, center, o.result());
        });
        QueueRow r = p.row();
        OpinionDocument opinion = new OpinionDocument(OpinionDocument.FORMAT, r.caseNo(), r.bundleId(), r.caseRevision(),
                input.conclusion(), points, input.legalBasis() == null || input.legalBasis().isBlank() ? null
                : input.legalBasis().strip(), date, new OpinionDocument.Reviewer(p.reviewer().code(), p.reviewer().name(),
                p.reviewer().legalQualification(), p.reviewer().reviewerSince()),
                new OpinionDocument.Center(p.center().code(), p.center().name()));
        WrittenBundle written;
        try (BundleWriter w = new BundleWriter(out, env.limits())) {
            w.addJson(BundleLayout.OPINION, ContentJson.write(opinion));
            Optional<DocumentFile> doc = env.documents().reviewOpinion(p.reviewed(), opinion);
            if (doc.isPresent()) {
                w.addFile(BundleLayout.DOCUMENTS + doc.get().name(), doc.get().file(), doc.get().mediaType(), null);
            }
            written = w.finish(new BundleHeader(BundleKind.REVIEW_RESULT, UUID.randomUUID().toString(),
                    env.clock().instant(), new Manifest.Source(p.center().code(), p.center().name()), r.caseNo(),
                    r.caseRevision(), new Manifest.Reference(r.bundleId(), r.caseRevision()), null), key);
        } catch (IOException e) {
            throw new ExchangeException(Texts.tr("exchange.submit.writeFailed", out, e.getMessage()), e);
        }
        try {
            env.stores().database().transaction(tx -> {
                Instant now = env.clock().instant();
                if (!env.repository().answerQueueItem(tx, id, input.conclusion().name(), new String(ContentJson.write(opinion),
                        StandardCharsets.UTF_8), written.manifest().bundleId(), now, session.username())) {
                    throw new ExchangeException(Texts.tr("exchange.opinion.answered", r.caseNo()));
                }
                env.repository().insertBundle(tx, new BundleRow(written.manifest().bundleId(), BundleKind.REVIEW_RESULT.name(),
                        "OUT", r.caseNo(), r.caseRevision(), key.keyId(), written.manifestSha256(), null,
                        written.file().getFileName().toString(), now, session.username()));
                env.stores().auditLog().append(tx, session.username(), "REVIEW_OPINION_WRITTEN", "review_queue", r.caseNo(),
                        "{\"bundleId\":\"" + written.manifest().bundleId() + "\",\"caseBundleId\":\"" + r.bundleId()
                                + "\",\"conclusion\":\"" + input.conclusion().name() + "\",\"reviewer\":\"" + reviewerCode + "\"}");
                return null;
            });
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(written.file());
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new OpinionWritten(find(id, env.today()).orElseThrow(), written, opinion);
    }

    /** The authority the review result speaks for: the key's, else the review center, else the only authority. */
    private Authority center(Tx tx, KeyService.OwnKey key) {
        List<Authority> all = env.stores().reference().authorities(tx);
        if (key.authorityCode() != null) {
            return all.stream().filter(a -> a.code().equals(key.authorityCode())).findFirst()
                    .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.key.noSuchAuthority", key.authorityCode())));
        }
        return all.stream().filter(Authority::reviewCenter).findFirst()
                .or(() -> all.size() == 1 ? Optional.of(all.getFirst()) : Optional.empty())
                .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.opinion.noCenter")));
    }

    /** The label of a queue status, for lists. */
    public static String label(QueueStatus status) {
        return switch (status) {
            case PENDING -> Texts.tr("exchange.queue.pending");
            case ANSWERED -> Texts.tr("exchange.queue.answered");
            case SUPERSEDED -> Texts.tr("exchange.queue.superseded");
        };
    }
}
