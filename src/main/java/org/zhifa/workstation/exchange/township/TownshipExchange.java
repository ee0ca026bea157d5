package org.zhifa.workstation.exchange.township;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.OfficerDuty;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.cases.action.SubmitReview;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Severity;
import org.zhifa.workstation.domain.procedure.Violation;
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
import org.zhifa.workstation.exchange.bundle.MediaTypes;
import org.zhifa.workstation.exchange.bundle.ProblemCode;
import org.zhifa.workstation.exchange.bundle.VerifiedBundle;
import org.zhifa.workstation.exchange.bundle.WrittenBundle;
import org.zhifa.workstation.exchange.content.BundleDocuments.DocumentFile;
import org.zhifa.workstation.exchange.content.CaseReplay;
import org.zhifa.workstation.exchange.content.ContentJson;
import org.zhifa.workstation.exchange.content.ExchangeEnvironment;
import org.zhifa.workstation.exchange.content.OpinionDocument;
import org.zhifa.workstation.exchange.content.ReferenceData;
import org.zhifa.workstation.exchange.content.ReferencedOfficers;
import org.zhifa.workstation.exchange.content.Replays;
import org.zhifa.workstation.exchange.keys.KeyService;
import org.zhifa.workstation.store.ExchangeRepository.BundleRow;
import org.zhifa.workstation.store.ExchangeRepository.FileRow;
import org.zhifa.workstation.store.ExchangeRepository.SubmissionRow;
import org.zhifa.workstation.store.Tx;
import org.zhifa.workstation.store.json.CaseJsonCodec;

/**
 * The township side of the exchange (docs/bundle-format.md, "Township"):
 * <ul>
 * <li>报送审核 ({@link #submitCase}): REVIEW_SUBMITTED through the case service (so the procedure gates apply), then
 *     the signed CASE_BUNDLE with the case JSON, the reference data it needs, its documents and evidence files;</li>
 * <li>while the submission waits for its result the case is locked: {@link #lockReason} refuses every action except
 *     withdrawing the submission ({@link #withdraw}); {@link #perform} is the case service behind that lock;</li>
 * <li>the REVIEW_RESULT ({@link #importResult}): the opinion becomes a REVIEW_OPINION action through the same gates
 *     (同意: the case goes on; 补正/不同意: back to investigation, the points kept as tasks), refused as STALE when the
 *     case changed since the bundle was written.</li>
 * </ul>
 */
public final class TownshipExchange {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final ExchangeEnvironment env;
    private final CaseReplay replay = new CaseReplay();
    private final CaseJsonCodec codec = new CaseJsonCodec();
    private volatile SubmissionGate gate = caseNo -> new GateResult(List.of(), List.of());

    public TownshipExchange(ExchangeEnvironment env) {
        this.env = env;
    }

    /** What the check before 报送审核 found: blocking reasons refuse the export, warnings travel with the result. */
    public record GateResult(List<String> blocking, List<String> warnings) { }

    /** A check run on the case before its bundle is written (the case-file audit, wired by the composition root). */
    @FunctionalInterface
    public interface SubmissionGate {
        GateResult check(String caseNo);
    }

    /** Sets the check run before every 报送审核. */
    public void gateSubmissions(SubmissionGate newGate) {
        this.gate = java.util.Objects.requireNonNull(newGate, "gate");
    }

    /** Where a submission stands. Labels: {@link #label}. */
    public enum SubmissionStatus { PENDING, WITHDRAWN, ANSWERED }

    /** A CASE_BUNDLE sent for review and what became of it. */
    public record Submission(String bundleId, String caseNo, int caseRevision, Instant submittedAt, String submittedBy,
                             SubmissionStatus status, Instant closedAt, String closedBy, String resultBundleId,
                             ReviewConclusion conclusion, String reviewer, List<String> points, String legalBasis) { }

    /**
     * What {@link #submitCase} did.
     *
     * @param reviewSubmittedNow whether a REVIEW_SUBMITTED was recorded now (false: the case's last action already was
     *                           one, e.g. after a withdrawal with no change)
     * @param replaced           the pending submission this one replaced, if any
     */
    public record SubmitResult(WrittenBundle bundle, Submission submission, boolean reviewSubmittedNow,
                               Optional<Submission> replaced, List<Violation> warnings, List<String> auditWarnings) { }

    /** One point of a 补正 / 不同意 opinion, to show as a task until the case is submitted again. */
    public record ReviewTask(int number, String text, ReviewConclusion conclusion, String reviewer, String caseNo) { }

    /** What importing a REVIEW_RESULT did. */
    public record ResultImport(Submission submission, CaseRecord record, OpinionDocument opinion, List<Violation> warnings) { }

    // ---- 报送审核 ------------------------------------------------------------------------------------------------

    /**
     * Submits the case for review and writes the CASE_BUNDLE to {@code out}.
     *
     * @param officerCode    who submits (null: the session's officer, else the case's 主办)
     * @param replacePending when the case already waits for a result: withdraw that submission and submit again
     *                       (otherwise refused)
     */
    public SubmitResult submitCase(String caseNo, Session session, Path out, String officerCode, boolean replacePending) {
        Permissions.require(session, Role.OFFICER, Role.LEAD, Role.ADMIN);
        CaseRecord before = env.cases().find(caseNo)
                .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.case.notFound", caseNo)));
        Optional<Submission> pending = pending(caseNo);
        if (pending.isPresent() && !replacePending) {
            throw new ExchangeException(Texts.tr("exchange.submit.pending", caseNo, pending.get().bundleId()));
        }
        Optional<KeyService.OwnKey> existing = env.keys().ownKey();
        if (existing.isPresent() && existing.get().authorityCode() != null
                && !existing.get().authorityCode().equals(before.authority().code())) {
            throw new ExchangeException(Texts.tr("exchange.submit.keyAuthority", existing.get().authorityCode(),
                    before.authority().code()));
        }
        String actor = officerCode != null ? officerCode
                : session.user().officerCode() != null ? session.user().officerCode()
                : before.officers().stream().filter(o -> o.duty() == OfficerDuty.LEAD_HANDLER).findFirst()
                        .map(o -> o.officer().code()).orElse(null);
        GateResult checked = gate.check(caseNo);
        if (!checked.blocking().isEmpty()) {
            throw new ExchangeException(Texts.tr("exchange.submit.auditVeto", caseNo, String.join("\n", checked.blocking())));
        }
        boolean submitNow = before.actions().isEmpty() || !(before.actions().getLast() instanceof SubmitReview);
        List<Violation> warnings = new ArrayList<>();
        if (pending.isPresent()) {
            withdraw(caseNo, Texts.tr("exchange.submit.replacedReason"), session);
        }
        if (submitNow) {
            Outcome o = env.cases().perform(caseNo, new SubmitReview(env.today(), actor, null), session.username());
            if (!o.accepted()) {
                throw new ExchangeException(Texts.tr("exchange.submit.refused", caseNo,
                        String.join("\n", o.blocking().stream().map(Violation::describe).toList())));
            }
            warnings.addAll(o.warnings());
        }
        CaseRecord c = env.cases().find(caseNo).orElseThrow();
        KeyService.OwnKey key = env.keys().signer();
        WrittenBundle written = writeCaseBundle(c, out, key);
        Instant now = env.clock().instant();
        try {
            env.stores().database().transaction(tx -> {
                env.repository().insertSubmission(tx, new SubmissionRow(written.manifest().bundleId(), caseNo,
                        c.revision(), now, session.username(), SubmissionStatus.PENDING.name(), null, null, null, null,
                        null, null, null));
                env.repository().insertBundle(tx, new BundleRow(written.manifest().bundleId(), BundleKind.CASE_BUNDLE.name(),
                        "OUT", caseNo, c.revision(), key.keyId(), written.manifestSha256(), null,
                        written.file().getFileName().toString(), now, session.username()));
                env.stores().auditLog().append(tx, session.username(), "CASE_BUNDLE_EXPORTED", "case", caseNo,
                        "{\"bundleId\":\"" + written.manifest().bundleId() + "\",\"revision\":" + c.revision()
                                + ",\"manifestSha256\":\"" + written.manifestSha256() + "\"}");
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
        return new SubmitResult(written, pending(caseNo).orElseThrow(), submitNow, pending, warnings, checked.warnings());
    }

    private WrittenBundle writeCaseBundle(CaseRecord c, Path out, KeyService.OwnKey key) {
        String caseJson = codec.write(CaseReplay.toDocument(c));
        Map<String, Officer> known = env.stores().database().read(tx -> env.stores().reference().officers(tx)).stream()
                .collect(Collectors.toMap(Officer::code, Function.identity(), (a, b) -> a));
        ReferenceData reference = new ReferenceData(ReferenceData.FORMAT, c.authority(),
                ReferencedOfficers.in(caseJson, known), c.matter());
        try (BundleWriter w = new BundleWriter(out, env.limits())) {
            w.addJson(BundleLayout.CASE, caseJson.getBytes(StandardCharsets.UTF_8));
            w.addJson(BundleLayout.REFERENCE, ContentJson.write(reference));
            Set<String> names = new HashSet<>();
            for (DocumentFile d : env.documents().caseDocuments(c)) {
                if (names.add(d.name())) {
                    w.addFile(BundleLayout.DOCUMENTS + d.name(), d.file(), d.mediaType(), null);
                }
            }
            for (EvidenceFile e : evidenceFiles(c)) {
                Path file = env.files().find(e.sha256())
                        .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.submit.evidenceMissing", e.title(), e.sha256())));
                w.addFile(BundleLayout.EVIDENCE + e.sha256(), file, MediaTypes.of(e.fileName()), e.sha256());
            }
            return w.finish(new BundleHeader(BundleKind.CASE_BUNDLE, UUID.randomUUID().toString(), env.clock().instant(),
                    new Manifest.Source(c.authority().code(), c.authority().name()), c.caseNo(), c.revision(), null, null), key);
        } catch (IOException e) {
            throw new ExchangeException(Texts.tr("exchange.submit.writeFailed", out, e.getMessage()), e);
        }
    }

    /** An evidence file a case refers to (EVIDENCE_ADDED, and the recording of a SEIZURE_ORDERED). */
    record EvidenceFile(String sha256, String title, String fileName) { }

    static List<EvidenceFile> evidenceFiles(CaseRecord c) {
        List<EvidenceFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CaseAction a : c.actions()) {
            if (a instanceof AddEvidence e && e.sha256() != null && seen.add(e.sha256())) {
                files.add(new EvidenceFile(e.sha256(), e.title(), e.fileName()));
            } else if (a instanceof Seize s && s.recordingSha256() != null && seen.add(s.recordingSha256())) {
                files.add(new EvidenceFile(s.recordingSha256(), s.items(), null));
            }
        }
        return files;
    }

    // ---- the lock and withdrawal --------------------------------------------------------------------------------

    /** The submission of the case that waits for its result, if any. */
    public Optional<Submission> pending(String caseNo) {
        return submissions(caseNo).stream().filter(s -> s.status() == SubmissionStatus.PENDING).findFirst();
    }

    /** Every submission of the case, oldest first. */
    public List<Submission> submissions(String caseNo) {
        return env.stores().database().read(tx -> env.repository().submissions(tx, caseNo)).stream()
                .map(TownshipExchange::submission).toList();
    }

    /** Every submission waiting for its result (for the 待办 list). */
    public List<Submission> pendingSubmissions() {
        return env.stores().database().read(tx -> env.repository().pendingSubmissions(tx)).stream()
                .map(TownshipExchange::submission).toList();
    }

    /**
     * Why the action may not be taken now: the case waits for the review center's result. Empty when the case is not
     * locked. The REVIEW_OPINION itself arrives only through {@link #importResult}.
     */
    public Optional<String> lockReason(String caseNo, CaseAction action) {
        return pending(caseNo).map(s -> Texts.tr("exchange.lock.locked", caseNo,
                java.time.LocalDateTime.ofInstant(s.submittedAt(), env.clock().getZone()).toLocalDate(),
                Texts.label(action.type())));
    }

    /**
     * The lock as a blocking violation (rule S4, Art 58), for a hook in the case service: empty when the case is not
     * waiting for a result.
     */
    public Optional<Violation> lockViolation(String caseNo, CaseAction action) {
        return lockReason(caseNo, action).map(m -> new Violation("S4", Texts.tr("exchange.lock.article"), m, Severity.ERROR));
    }

    /** The case service's perform behind the lock: a locked case refuses the action with the reason. */
    public Outcome perform(String caseNo, CaseAction action, Session session) {
        Optional<Violation> locked = lockViolation(caseNo, action);
        if (locked.isPresent()) {
            CaseRecord c = env.cases().find(caseNo)
                    .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.case.notFound", caseNo)));
            return new Outcome(c, List.of(locked.get()));
        }
        return env.cases().perform(caseNo, action, session.username());
    }

    /** Withdraws the pending submission: the case is unlocked; a result that still arrives for it is refused. */
    public Submission withdraw(String caseNo, String reason, Session session) {
        Permissions.require(session, Role.OFFICER, Role.LEAD, Role.ADMIN);
        return env.stores().database().transaction(tx -> {
            SubmissionRow p = env.repository().submissions(tx, caseNo).stream()
                    .filter(s -> SubmissionStatus.PENDING.name().equals(s.status())).findFirst()
                    .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.withdraw.none", caseNo)));
            SubmissionRow closed = new SubmissionRow(p.bundleId(), p.caseNo(), p.caseRevision(), p.submittedAt(),
                    p.submittedBy(), SubmissionStatus.WITHDRAWN.name(), env.clock().instant(), session.username(),
                    null, null, null, null, null);
            env.repository().closeSubmission(tx, closed);
            env.stores().auditLog().append(tx, session.username(), "REVIEW_SUBMISSION_WITHDRAWN", "case", caseNo,
                    "{\"bundleId\":\"" + p.bundleId() + "\",\"reason\":" + json(reason) + "}");
            return submission(env.repository().submission(tx, p.bundleId()).orElseThrow());
        });
    }

    /** The review tasks of every case that has them (the points of its latest 补正 / 不同意 opinion). */
    public List<ReviewTask> openReviewTasks() {
        return env.stores().database().read(tx -> env.repository().submittedCases(tx)).stream()
                .flatMap(caseNo -> reviewTasks(caseNo).stream()).toList();
    }

    /**
     * The points of the latest 补正 / 不同意 opinion while the case has not been submitted again: what the officers
     * must do before the next submission.
     */
    public List<ReviewTask> reviewTasks(String caseNo) {
        List<Submission> all = submissions(caseNo);
        if (all.isEmpty()) {
            return List.of();
        }
        Submission last = all.getLast();
        if (last.status() != SubmissionStatus.ANSWERED || last.conclusion() == ReviewConclusion.APPROVE
                || last.points() == null) {
            return List.of();
        }
        List<ReviewTask> tasks = new ArrayList<>();
        for (int i = 0; i < last.points().size(); i++) {
            tasks.add(new ReviewTask(i + 1, last.points().get(i), last.conclusion(), last.reviewer(), caseNo));
        }
        return tasks;
    }

    /**
     * The 法制审核意见书 that arrived with the review result recording the case's {@code occurrence}-th (0-based)
     * REVIEW_OPINION, as the county signed it (PDF); empty when that opinion did not arrive with one. The 卷宗 takes
     * this file in place of producing the document here.
     */
    public Optional<byte[]> receivedOpinion(String caseNo, int occurrence) {
        return env.stores().database().read(tx -> {
            Optional<CaseRecord> c = env.stores().cases().find(tx, caseNo);
            List<RecordReviewOpinion> opinions = c.map(r -> r.all(RecordReviewOpinion.class)).orElse(List.of());
            if (occurrence < 0 || occurrence >= opinions.size()) {
                return Optional.<byte[]>empty();
            }
            RecordReviewOpinion o = opinions.get(occurrence);
            return env.repository().submissions(tx, caseNo).stream().map(TownshipExchange::submission)
                    .filter(s -> s.status() == SubmissionStatus.ANSWERED && s.resultBundleId() != null
                            && o.conclusion() == s.conclusion() && java.util.Objects.equals(o.reviewer(), s.reviewer())
                            && java.util.Objects.equals(o.points(), s.points()))
                    .reduce((first, second) -> second)
                    .flatMap(s -> env.repository().files(tx, s.resultBundleId()).stream()
                            .filter(f -> f.path().startsWith(BundleLayout.DOCUMENTS) && "application/pdf".equals(f.mediaType()))
                            .findFirst())
                    .flatMap(f -> env.files().find(f.sha256()))
                    .map(TownshipExchange::bytes);
        });
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the REVIEW_RESULT --------------------------------------------------------------------------------------

    /** A checked result, ready to apply. */
    public record PreparedResult(VerifiedBundle bundle, OpinionDocument opinion, RecordReviewOpinion action,
                                 Submission submission, CaseRecord current, List<Violation> warnings) { }

    /** Every check of a verified REVIEW_RESULT against this installation; writes nothing. */
    public PreparedResult check(VerifiedBundle v) {
        return env.stores().database().read(tx -> check(tx, v));
    }

    private PreparedResult check(Tx tx, VerifiedBundle v) {
        Manifest m = v.manifest();
        OpinionDocument opinion = opinion(v);
        Replays.check(env, tx, m, "exchange.replay.result", m.caseNo());
        SubmissionRow s = env.repository().submission(tx, m.refersTo().bundleId())
                .orElseThrow(() -> new BundleRejectedException(ProblemCode.WRONG_KIND,
                        Texts.tr("exchange.result.notOurs", m.caseNo(), m.refersTo().bundleId())));
        if (!s.caseNo().equals(m.caseNo()) || s.caseRevision() != m.caseRevision()) {
            throw new BundleRejectedException(ProblemCode.INVALID_CONTENT, Texts.tr("exchange.result.mismatch", m.caseNo()));
        }
        CaseRecord current = env.stores().cases().find(tx, m.caseNo())
                .orElseThrow(() -> new BundleRejectedException(ProblemCode.STALE, Texts.tr("exchange.case.notFound", m.caseNo())));
        if (current.revision() != s.caseRevision()) {
            throw new BundleRejectedException(ProblemCode.STALE,
                    Texts.tr("exchange.result.stale", m.caseNo(), s.caseRevision(), current.revision()));
        }
        if (!SubmissionStatus.PENDING.name().equals(s.status())) {
            throw new BundleRejectedException(ProblemCode.STALE, SubmissionStatus.WITHDRAWN.name().equals(s.status())
                    ? Texts.tr("exchange.result.withdrawn", m.caseNo(), s.bundleId())
                    : Texts.tr("exchange.result.answered", m.caseNo(), s.bundleId()));
        }
        RecordReviewOpinion action = new RecordReviewOpinion(opinion.date(), opinion.reviewer().code(),
                opinion.reviewer().code(), opinion.conclusion(), opinion.points(), opinion.legalBasis());
        RuleContext ctx = CaseReplay.context(env.stores(), tx, env.settings().get());
        Outcome o = replay.engine().apply(current, action, ctx);
        if (!o.accepted()) {
            List<String> reasons = o.blocking().stream().map(Violation::describe).toList();
            throw new BundleRejectedException(ProblemCode.INVALID_CONTENT,
                    Texts.tr("exchange.result.refused", m.caseNo(), String.join("\n", reasons)));
        }
        return new PreparedResult(v, opinion, action, submission(s), current, o.warnings());
    }

    private static OpinionDocument opinion(VerifiedBundle v) {
        Manifest m = v.manifest();
        OpinionDocument o = ContentJson.read(v.json(BundleLayout.OPINION).orElseThrow(), OpinionDocument.class, BundleLayout.OPINION);
        boolean ok = OpinionDocument.FORMAT.equals(o.format()) && m.caseNo().equals(o.caseNo())
                && m.refersTo().bundleId().equals(o.caseBundleId()) && o.caseRevision() == m.caseRevision()
                && o.conclusion() != null && o.date() != null && o.reviewer() != null && o.reviewer().code() != null
                && o.points() != null && o.points().stream().allMatch(p -> p != null && !p.isBlank());
        if (!ok) {
            throw new BundleRejectedException(ProblemCode.INVALID_CONTENT, Texts.tr("exchange.result.badOpinion"));
        }
        return o;
    }

    /**
     * Applies a verified REVIEW_RESULT in one transaction: the REVIEW_OPINION action with its audit entry, the
     * submission closed with the points, the bundle recorded (a second import is refused as a replay), the documents
     * kept. Every check is repeated inside the transaction.
     */
    public ResultImport importResult(VerifiedBundle v, Session session) {
        Permissions.require(session, Role.OFFICER, Role.LEAD, Role.ADMIN);
        PreparedResult first = check(v);
        List<FileRow> files = keepFiles(v);
        return env.stores().database().transaction(tx -> {
            PreparedResult p = check(tx, v);
            Manifest m = v.manifest();
            Outcome o = replay.engine().apply(p.current(), p.action(), CaseReplay.context(env.stores(), tx, env.settings().get()));
            env.stores().cases().appendAction(tx, o.result(), p.action());
            env.stores().auditLog().append(tx, session.username(), p.action().type().name(), "case", m.caseNo(),
                    codec.writeAction(p.action()));
            Instant now = env.clock().instant();
            env.repository().insertBundle(tx, new BundleRow(m.bundleId(), m.kind().name(), "IN", m.caseNo(),
                    m.caseRevision(), m.signerKeyId(), v.manifestSha256(), null, v.source().getFileName().toString(),
                    now, session.username()));
            files.forEach(f -> env.repository().insertFile(tx, f));
            SubmissionRow s = env.repository().submission(tx, m.refersTo().bundleId()).orElseThrow();
            env.repository().closeSubmission(tx, new SubmissionRow(s.bundleId(), s.caseNo(), s.caseRevision(),
                    s.submittedAt(), s.submittedBy(), SubmissionStatus.ANSWERED.name(), now, session.username(),
                    m.bundleId(), p.opinion().conclusion().name(), p.opinion().reviewer().code(),
                    json(p.opinion().points()), p.opinion().legalBasis()));
            env.stores().auditLog().append(tx, session.username(), "REVIEW_RESULT_IMPORTED", "case", m.caseNo(),
                    "{\"bundleId\":\"" + m.bundleId() + "\",\"caseBundleId\":\"" + s.bundleId() + "\",\"conclusion\":\""
                            + p.opinion().conclusion().name() + "\",\"signer\":\"" + m.signerKeyId() + "\"}");
            CaseRecord after = env.stores().cases().find(tx, m.caseNo()).orElseThrow();
            return new ResultImport(submission(env.repository().submission(tx, s.bundleId()).orElseThrow()), after,
                    p.opinion(), first.warnings());
        });
    }

    /** Copies the result's documents into the content store (after every check passed). */
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

    // ---- helpers ------------------------------------------------------------------------------------------------

    static Submission submission(SubmissionRow r) {
        return new Submission(r.bundleId(), r.caseNo(), r.caseRevision(), r.submittedAt(), r.submittedBy(),
                SubmissionStatus.valueOf(r.status()), r.closedAt(), r.closedBy(), r.resultBundleId(),
                r.conclusion() == null ? null : ReviewConclusion.valueOf(r.conclusion()), r.reviewer(),
                points(r.pointsJson()), r.legalBasis());
    }

    private static List<String> points(String json) {
        if (json == null) {
            return null;
        }
        try {
            return ContentJson.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return ContentJson.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The label of a submission status, for lists. */
    public static String label(SubmissionStatus status) {
        return switch (status) {
            case PENDING -> Texts.tr("exchange.submission.pending");
            case WITHDRAWN -> Texts.tr("exchange.submission.withdrawn");
            case ANSWERED -> Texts.tr("exchange.submission.answered");
        };
    }
}
