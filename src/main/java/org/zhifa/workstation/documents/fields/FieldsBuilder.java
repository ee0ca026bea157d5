package org.zhifa.workstation.documents.fields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.template.FieldValues;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.authority.Team;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.Evidence;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.OfficerDuty;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.RecordingMetadata;
import org.zhifa.workstation.domain.cases.RepresentationPoint;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.action.ArchiveCase;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.DecidePreservation;
import org.zhifa.workstation.domain.cases.action.DeclineFiling;
import org.zhifa.workstation.domain.cases.action.Deliberate;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.HearRepresentation;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.OrderCorrection;
import org.zhifa.workstation.domain.cases.action.PreserveEvidence;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Register;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.action.ServeUrging;
import org.zhifa.workstation.domain.cases.action.SubmitReview;
import org.zhifa.workstation.domain.cases.action.Transfer;
import org.zhifa.workstation.domain.cases.action.WaiveHearing;
import org.zhifa.workstation.domain.cases.action.WaiveRepresentation;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.discretion.Yuan;
import org.zhifa.workstation.domain.money.AmountInWords;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.decision.CaseDiscretion;
import org.zhifa.workstation.domain.procedure.decision.HearingRight;
import org.zhifa.workstation.domain.procedure.execution.ServiceDates;
import org.zhifa.workstation.domain.procedure.execution.Settlement;
import org.zhifa.workstation.domain.text.Texts;

/** Builds the fields of one document (see {@link CaseFields}); one instance per call. */
final class FieldsBuilder {
    /** 证据先行登记保存: decide within 7 working days (Art 56, R12). */
    private static final int PRESERVATION_WORKING_DAYS = 7;
    private static final String NOT_APPLICABLE = "/";
    private static final String SEP = "、";

    private final CaseRecord c;
    private final DocumentType type;
    private final FieldContext ctx;
    private final FieldValues v = new FieldValues();
    /** The date of the action the document records (its 落款日期), when there is one. */
    private LocalDate documentDate;

    /** The field groups to build (see TemplateMarkers); empty: all. */
    private final Set<String> groups;

    FieldsBuilder(CaseRecord c, DocumentType type, FieldContext ctx, Set<String> groups) {
        this.c = c;
        this.type = type;
        this.ctx = ctx;
        this.groups = groups;
    }

    /** A builder method and the field groups it writes. */
    private record Group(Runnable builder, String... writes) { }

    private static Group group(Runnable builder, String... writes) {
        return new Group(builder, writes);
    }

    /** Whether one of the groups a builder method writes is wanted. */
    private boolean wants(String... written) {
        if (groups.isEmpty()) {
            return true;
        }
        for (String g : written) {
            if (groups.contains(g)) {
                return true;
            }
        }
        return false;
    }

    FieldValues build() {
        // document() comes last: it reads the date the group of the document's own action has set
        List<Group> groups = List.of(
                group(this::authority, "authority", "team"),
                group(this::caseHeader, "case"),
                group(this::matter, "matter"),
                group(this::party, "party"),
                group(this::handlers, "case", "handler1", "handler2"),
                group(this::evidence, "evidence", "file"),
                group(this::register, "register"),
                group(this::filing, "filing"),
                group(this::records, "record"),
                group(this::correction, "correction", "decision"),
                group(this::preservation, "preservation", "preservationItems"),
                group(this::investigation, "investigation"),
                group(this::caseHistory, "case"),
                group(this::review, "review"),
                group(this::deliberation, "approval", "deliberation"),
                group(this::notice, "notice"),
                group(this::representation, "representation", "points"),
                group(this::hearing, "hearing"),
                group(this::decision, "decision"),
                group(this::noPenalty, "noPenalty"),
                group(this::onSite, "onSite"),
                group(this::service, "service"),
                group(this::urging, "urging"),
                group(this::closure, "closure"),
                group(this::caseFile, "file", "entries"));
        for (Group g : groups) {
            if (wants(g.writes())) {
                g.builder().run();
            }
        }
        document();
        return v;
    }

    // ---------------------------------------------------------------- document, authority, case, matter, party

    private void document() {
        v.put("document.title", CaseFields.title(type));
        if (ctx.documentNumber() != null && !ctx.documentNumber().isBlank()) {
            v.put("document.number", ctx.documentNumber());
        }
        LocalDate date = documentDate != null ? documentDate : ctx.documentDate();
        v.put("document.date", Dates.chinese(date));
    }

    private void authority() {
        Authority a = c.authority();
        if (a == null) {
            return;
        }
        put("authority.name", a.name());
        put("authority.shortName", a.shortName());
        put("authority.address", a.address());
        v.put("authority.phone", nz(a.phone()));
        put("authority.reconsiderationBody", a.reconsiderationBody());
        put("authority.court", a.court());
        String team = leadHandler().flatMap(o -> Optional.ofNullable(ctx.teams().get(o.teamCode())))
                .map(Team::name).orElse(a.name());
        put("team.name", team);
    }

    private void caseHeader() {
        put("case.caseNo", c.caseNo());
        put("case.cause", c.cause());
        put("case.facts", c.facts());
        v.put("case.actDate", Dates.arabic(c.actDate()));
        put("case.actPlace", c.actPlace());
        v.put("case.discoveredOn", Dates.arabic(c.discoveredOn()));
        if (c.source() != null) {
            v.put("case.source", Texts.label(c.source()));
        }
        if (c.procedure() != null) {
            v.put("case.procedure", Texts.label(c.procedure()));
        }
        if (c.state() != null) {
            v.put("case.state", Texts.label(c.state()));
        }
        Optional<LocalDate> filed = c.last(FileCase.class).map(CaseAction::date).or(() -> Optional.ofNullable(c.filedOn()));
        if (filed.isPresent()) {
            v.put("case.filedOn", Dates.arabic(filed.get()));
        } else if (c.procedure() == ProcedureKind.SUMMARY || c.has(DeclineFiling.class) || c.has(Transfer.class)
                || c.has(org.zhifa.workstation.domain.cases.action.PledgeVerified.class)) {
            // never filed: an on-site case, 不予立案, 移送 before 立案, 告知承诺 corrected
            v.put("case.filedOn", NOT_APPLICABLE);
        }
        v.put("case.decidedOn", decisionAction().map(a -> Dates.arabic(a.date())).orElse(""));
        v.put("case.closedOn", c.last(CloseCase.class).map(a -> Dates.arabic(a.date())).orElse(""));
        decisionNumber().ifPresent(n -> v.put("case.decisionNumber", n));
    }

    private void matter() {
        CatalogMatter m = c.matter();
        if (m == null) {
            return;
        }
        put("matter.code", m.code());
        put("matter.name", m.name());
        put("matter.violation", violation());
        put("matter.violatedProvision", m.violatedProvision());
        put("matter.penaltyProvision", m.penaltyProvision());
        v.put("matter.benchmark", blank(m.benchmarkName()) ? ""
                : Texts.tr("fields.matter.benchmark", m.benchmarkName(), nz(m.benchmarkVersion())));
    }

    private void party() {
        Party p = c.party();
        if (p == null) {
            return;
        }
        boolean org = p.kind() == PartyKind.ORGANIZATION;
        v.putFlag("party.organization", org);
        v.putFlag("party.individual", !org);
        put("party.name", p.name());
        if (p.kind() != null) {
            v.put("party.kind", Texts.label(p.kind()));
        }
        v.put("party.idLabel", org ? Texts.tr("fields.party.creditCodeLabel") : Texts.tr("fields.party.idNumberLabel"));
        put("party.idNumber", p.identifier());
        if (org) {
            v.put("party.gender", NOT_APPLICABLE);
            v.put("party.birthDate", NOT_APPLICABLE);
            put("party.legalRepresentative", p.legalRepresentative());
        } else {
            v.put("party.gender", nz(p.gender()));
            v.put("party.birthDate", p.birthDate() == null ? "" : Dates.arabic(p.birthDate()));
            v.put("party.legalRepresentative", NOT_APPLICABLE);
        }
        put("party.address", p.address());
        String service = blank(p.serviceAddress()) ? p.address() : p.serviceAddress();
        put("party.serviceAddress", service);
        v.put("party.phone", nz(p.phone()));
    }

    /** handler1/handler2: the 立案 handlers, else the case's 主办/协办, else the on-site decision's officers. */
    private void handlers() {
        List<String> codes = handlerCodes();
        for (int i = 0; i < Math.min(2, codes.size()); i++) {
            String prefix = "handler" + (i + 1);
            Optional<Officer> o = ctx.officer(codes.get(i));
            if (o.isPresent()) {
                v.put(prefix + ".name", o.get().name());
                certificate(o.get()).ifPresent(n -> v.put(prefix + ".certificate", n));
                v.put(prefix + ".phone", nz(o.get().phone()));
            }
        }
        names(codes).ifPresent(n -> v.put("case.handlers", n));
        withCertificates(codes).ifPresent(n -> v.put("case.handlersWithCertificates", n));
    }

    private List<String> handlerCodes() {
        Optional<FileCase> filed = c.last(FileCase.class);
        if (filed.isPresent() && filed.get().handlers() != null && !filed.get().handlers().isEmpty()) {
            return filed.get().handlers();
        }
        List<String> codes = new ArrayList<>();
        for (OfficerDuty duty : List.of(OfficerDuty.LEAD_HANDLER, OfficerDuty.CO_HANDLER)) {
            for (CaseOfficer co : c.officers()) {
                if (co.duty() == duty && co.officer() != null && !codes.contains(co.officer().code())) {
                    codes.add(co.officer().code());
                }
            }
        }
        if (codes.isEmpty()) {
            c.last(DecideOnSite.class).ifPresent(d -> codes.addAll(d.officers()));
        }
        return codes;
    }

    private Optional<Officer> leadHandler() {
        List<String> codes = handlerCodes();
        return codes.isEmpty() ? Optional.empty() : ctx.officer(codes.getFirst());
    }

    // ---------------------------------------------------------------- evidence

    private void evidence() {
        List<Map<String, String>> rows = new ArrayList<>();
        int seq = 1;
        int media = 0;
        for (Evidence e : c.evidence()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("seq", Integer.toString(seq++));
            row.put("title", nz(e.title()));
            row.put("kind", e.kind() == null ? "" : Texts.label(e.kind()));
            row.put("collectedOn", e.collectedOn() == null ? "" : Dates.arabic(e.collectedOn()));
            row.put("collectedBy", name(e.collectedBy()).orElse(""));
            row.put("proves", nz(e.proves()));
            row.put("note", evidenceNote(e));
            rows.add(row);
            if (e.kind() == EvidenceKind.AUDIO_VISUAL || e.kind() == EvidenceKind.ELECTRONIC) {
                media++;
            }
        }
        v.putList("evidence", rows);
        v.put("evidence.count", Integer.toString(rows.size()));
        v.put("file.mediaCount", Integer.toString(media));
        List<String> items = new ArrayList<>();
        List<CaseAction> sources = c.actions().stream()
                .filter(a -> a instanceof MakeRecord || a instanceof org.zhifa.workstation.domain.cases.action.AddEvidence)
                .toList();
        for (CaseAction a : sources) {
            if (a instanceof MakeRecord r) {
                String what = r.kind() == null ? "" : Texts.label(r.kind());
                items.add(r.kind() == RecordKind.INQUIRY && !blank(r.subjectName())
                        ? Texts.tr("fields.evidence.recordOf", what, Dates.arabic(r.date()), shortName(r.subjectName()))
                        : Texts.tr("fields.evidence.record", what, Dates.arabic(r.date())));
            } else if (a instanceof org.zhifa.workstation.domain.cases.action.AddEvidence e) {
                items.add(nz(e.title()));
            }
        }
        if (!items.isEmpty()) {
            v.put("evidence.text", numbered(items));
        }
    }

    private static String evidenceNote(Evidence e) {
        RecordingMetadata r = e.recording();
        if (r != null) {
            String device = blank(r.device()) ? "" : shortName(r.device());
            String start = r.start() == null ? "" : Dates.dateTime(r.start());
            return Texts.tr("fields.evidence.recording", device, start);
        }
        return blank(e.fileName()) ? "" : e.fileName();
    }

    // ---------------------------------------------------------------- register, filing

    private void register() {
        Optional<Register> reg = c.last(Register.class);
        LocalDate on = reg.map(CaseAction::date).orElse(c.discoveredOn());
        if (type == DocumentType.SOURCE_REGISTER) {
            documentDate = on;
        }
        v.put("register.date", on == null ? null : Dates.arabic(on));
        Optional<String> officer = reg.flatMap(r -> name(r.actor())).or(() -> leadHandler().map(Officer::name));
        officer.ifPresent(n -> v.put("register.officer", n));
        Optional<FileCase> filed = c.last(FileCase.class);
        Optional<DeclineFiling> declined = c.last(DeclineFiling.class);
        Optional<Transfer> transferred = c.last(Transfer.class).filter(t -> filed.isEmpty());
        String what = violation();
        String opinion = "";
        String approval = "";
        String approver = "";
        String approvedOn = "";
        if (filed.isPresent()) {
            opinion = Texts.tr("fields.register.opinion.file", what);
            approval = Texts.tr("fields.register.approval.file");
            approver = name(filed.get().approvedBy()).orElse("");
            approvedOn = Dates.arabic(filed.get().date());
        } else if (declined.isPresent()) {
            opinion = Texts.tr("fields.register.opinion.decline", stripEnd(declined.get().reason()));
            approval = Texts.tr("fields.register.approval.decline");
            approver = name(declined.get().approvedBy()).orElse("");
            approvedOn = Dates.arabic(declined.get().date());
        } else if (transferred.isPresent()) {
            opinion = Texts.tr("fields.register.opinion.transfer", Texts.label(transferred.get().target()),
                    nz(transferred.get().recipient()));
            approval = Texts.tr("fields.register.approval.transfer");
            approver = name(transferred.get().approvedBy()).orElse("");
            approvedOn = Dates.arabic(transferred.get().date());
        } else if (c.procedure() == ProcedureKind.SUMMARY) {
            opinion = Texts.tr("fields.register.opinion.summary");
            approval = NOT_APPLICABLE;
            approver = NOT_APPLICABLE;
            approvedOn = NOT_APPLICABLE;
        }
        v.put("register.opinion", opinion);
        v.put("register.approval", approval);
        v.put("register.approver", approver);
        v.put("register.approvedOn", approvedOn);
    }

    private void filing() {
        Optional<FileCase> f = c.last(FileCase.class);
        if (f.isEmpty()) {
            return;
        }
        if (type == DocumentType.FILING_APPROVAL) {
            documentDate = f.get().date();
        }
        v.put("filing.date", Dates.arabic(f.get().date()));
        name(f.get().approvedBy()).ifPresent(n -> v.put("filing.approver", n));
        String what = violation();
        v.put("filing.opinion", Texts.tr("fields.filing.opinion", what));
        names(f.get().handlers()).ifPresent(n -> v.put("filing.approval", Texts.tr("fields.filing.approval", n)));
        v.put("filing.lateReason", blank(f.get().lateReason()) ? NOT_APPLICABLE : f.get().lateReason().strip());
    }

    // ---------------------------------------------------------------- 笔录

    private void records() {
        if (type != DocumentType.INSPECTION_RECORD && type != DocumentType.INQUIRY_RECORD) {
            return;
        }
        RecordKind kind = type == DocumentType.INQUIRY_RECORD ? RecordKind.INQUIRY : RecordKind.INSPECTION;
        Optional<MakeRecord> picked = pick(CaseFields.records(c, kind), type);
        if (picked.isEmpty()) {
            return;
        }
        MakeRecord r = picked.get();
        documentDate = r.date();
        v.put("record.date", Dates.arabic(r.date()));
        v.put("record.start", Dates.dateTime(r.start()));
        v.put("record.end", Dates.dateTime(r.end()));
        put("record.place", r.place());
        List<String> officers = r.officers() == null ? List.of() : r.officers();
        signingOfficers("record.officer", officers);
        names(officers).ifPresent(n -> v.put("record.officers", n));
        withCertificates(officers).ifPresent(n -> v.put("record.officersWithCertificates", n));
        name(r.recorder()).ifPresent(n -> v.put("record.recorder", n));
        put("record.subject", r.subjectName());
        String notice = r.certificatesShown() && r.recusalRightExplained() ? Texts.tr("fields.record.notice.both")
                : r.certificatesShown() ? Texts.tr("fields.record.notice.certificatesOnly")
                : r.recusalRightExplained() ? Texts.tr("fields.record.notice.recusalOnly")
                : Texts.tr("fields.record.notice.none");
        v.put("record.noticeText", notice);
        put("record.summary", r.summary());
        List<String> media = c.evidence().stream()
                .filter(e -> r.date().equals(e.collectedOn()) && e.kind() == EvidenceKind.AUDIO_VISUAL)
                .map(Evidence::title).toList();
        v.put("record.media", media.isEmpty() ? Texts.tr("fields.none") : String.join("；", media));
    }

    // ---------------------------------------------------------------- measures

    private void correction() {
        Optional<OrderCorrection> picked = pick(c.all(OrderCorrection.class), DocumentType.CORRECTION_NOTICE);
        if (picked.isEmpty()) {
            v.putFlag("decision.correctionOrdered", false);
            return;
        }
        OrderCorrection o = picked.get();
        if (type == DocumentType.CORRECTION_NOTICE) {
            documentDate = o.date();
        }
        v.put("correction.date", Dates.arabic(o.date()));
        v.put("correction.deadline", Dates.arabic(o.deadline()));
        put("correction.requirements", stripEnd(o.requirements()));
        name(o.actor()).ifPresent(n -> v.put("correction.officer", n));
        v.putFlag("decision.correctionOrdered", true);
        if (!blank(o.requirements())) {
            v.put("decision.correctionText", Texts.tr("fields.decision.correction", Dates.arabic(o.date()),
                    stripEnd(o.requirements())));
        }
    }

    private void preservation() {
        Optional<PreserveEvidence> picked = pick(c.all(PreserveEvidence.class),
                type == DocumentType.PRESERVATION_LIST ? DocumentType.PRESERVATION_LIST : DocumentType.PRESERVATION_NOTICE);
        if (picked.isPresent()) {
            PreserveEvidence p = picked.get();
            if (type == DocumentType.PRESERVATION_NOTICE || type == DocumentType.PRESERVATION_LIST) {
                documentDate = p.date();
            }
            v.put("preservation.date", Dates.arabic(p.date()));
            name(p.approvedBy()).ifPresent(n -> v.put("preservation.approver", n));
            names(p.officers()).ifPresent(n -> v.put("preservation.officers", n));
            withCertificates(p.officers()).ifPresent(n -> v.put("preservation.officersWithCertificates", n));
            put("preservation.items", stripEnd(p.items()));
            v.put("preservation.deadline", Dates.arabic(ctx.calendar()
                    .workingDaysDeadline(p.date(), PRESERVATION_WORKING_DAYS, Texts.tr("fields.preservation.rule")).date()));
            List<Map<String, String>> rows = new ArrayList<>();
            int seq = 1;
            for (String item : nz(p.items()).split("[；;\\n]")) {
                if (!item.isBlank()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("seq", Integer.toString(seq++));
                    row.put("name", item.strip());
                    row.put("spec", "");
                    row.put("quantity", "");
                    row.put("note", "");
                    rows.add(row);
                }
            }
            v.putList("preservationItems", rows);
        }
        Optional<DecidePreservation> decided = pick(c.all(DecidePreservation.class), DocumentType.PRESERVATION_DECISION);
        if (decided.isPresent()) {
            if (type == DocumentType.PRESERVATION_DECISION) {
                documentDate = decided.get().date();
            }
            v.put("preservation.decidedOn", Dates.arabic(decided.get().date()));
            put("preservation.disposal", stripEnd(decided.get().disposal()));
        }
    }

    // ---------------------------------------------------------------- investigation, review, deliberation

    private void investigation() {
        v.put("investigation.history", history());
        Optional<ConcludeInvestigation> picked = pick(c.all(ConcludeInvestigation.class), DocumentType.INVESTIGATION_REPORT);
        if (picked.isEmpty()) {
            return;
        }
        ConcludeInvestigation r = picked.get();
        if (type == DocumentType.INVESTIGATION_REPORT) {
            documentDate = r.date();
        }
        v.put("investigation.date", Dates.arabic(r.date()));
        if (r.outcome() != null) {
            v.put("investigation.outcome", Texts.label(r.outcome()));
        }
        v.put("investigation.circumstances", circumstances(r.circumstances()));
        v.put("investigation.illegalGains", r.illegalGains() == null || r.illegalGains().signum() == 0
                ? Texts.tr("fields.none") : Texts.tr("fields.amount", Yuan.format(r.illegalGains()), words(r.illegalGains())));
        v.put("investigation.departureReason", blank(r.departureReason()) ? Texts.tr("fields.none") : r.departureReason().strip());
        String proposal = null;
        if (r.outcome() == InvestigationOutcome.PENALTY && r.proposedPenalty() != null) {
            proposal = Texts.tr("fields.investigation.proposal.penalty", penaltyText(r.proposedPenalty()));
            discretion(r.proposedPenalty().fine(), r.departureReason()).ifPresent(s -> v.put("investigation.discretion", s));
        } else if (r.outcome() == InvestigationOutcome.NO_PENALTY) {
            proposal = Texts.tr("fields.investigation.proposal.noPenalty",
                    r.noPenaltyGround() == null ? "" : Texts.label(r.noPenaltyGround()));
            v.put("investigation.discretion", proposal);
        } else if (r.outcome() == InvestigationOutcome.TRANSFER_JUDICIAL) {
            proposal = Texts.tr("fields.investigation.proposal.transfer");
            v.put("investigation.discretion", NOT_APPLICABLE);
        }
        v.put("investigation.proposal", proposal);
    }

    /** The course of the investigation, one sentence per step. */
    private String history() {
        StringBuilder out = new StringBuilder();
        for (CaseAction a : c.actions()) {
            switch (a) {
                case FileCase f -> out.append(Texts.tr("fields.history.filed", Dates.arabic(f.date()),
                        names(f.handlers()).orElse("")));
                case MakeRecord r -> out.append(r.kind() == RecordKind.INQUIRY
                        ? Texts.tr("fields.history.inquiry", Dates.arabic(r.date()), names(r.officers()).orElse(""),
                                nz(r.subjectName()))
                        : Texts.tr("fields.history.inspection", Dates.arabic(r.date()), names(r.officers()).orElse(""),
                                nz(r.place())));
                case org.zhifa.workstation.domain.cases.action.AddEvidence e ->
                        out.append(Texts.tr("fields.history.evidence", Dates.arabic(e.date()), nz(e.title())));
                case OrderCorrection o -> out.append(Texts.tr("fields.history.correction", Dates.arabic(o.date()),
                        stripEnd(o.requirements())));
                case PreserveEvidence p -> out.append(Texts.tr("fields.history.preservation", Dates.arabic(p.date()),
                        stripEnd(p.items())));
                default -> { }
            }
        }
        return out.toString();
    }

    private void review() {
        Optional<SubmitReview> sub = pick(c.all(SubmitReview.class), DocumentType.REVIEW_SUBMISSION);
        Optional<RecordReviewOpinion> op = pick(c.all(RecordReviewOpinion.class), DocumentType.REVIEW_OPINION);
        if (sub.isPresent()) {
            SubmitReview s = sub.get();
            if (type == DocumentType.REVIEW_SUBMISSION) {
                documentDate = s.date();
            }
            v.put("review.submittedOn", Dates.arabic(s.date()));
            name(s.actor()).ifPresent(n -> v.put("review.submitter", n));
            name(s.reviewer()).ifPresent(n -> v.put("review.reviewer", n));
            v.put("review.reason", reviewReasons(s));
        }
        if (op.isPresent()) {
            RecordReviewOpinion o = op.get();
            if (type == DocumentType.REVIEW_OPINION) {
                documentDate = o.date();
            }
            Optional<Officer> reviewer = ctx.officer(o.reviewer());
            reviewer.ifPresent(r -> v.put("review.reviewer", r.name()));
            reviewer.ifPresent(r -> v.put("review.qualification", r.legalQualification()
                    ? Texts.tr("fields.review.qualified") : Texts.tr("fields.review.notQualified")));
            reviewer.flatMap(FieldsBuilder::certificate).ifPresent(n -> v.put("review.certificate", n));
            String unit = reviewer.flatMap(r -> Optional.ofNullable(ctx.teams().get(r.teamCode()))).map(Team::name)
                    .orElse(c.authority() == null ? null : c.authority().name());
            put("review.unit", unit);
            v.put("review.opinionDate", Dates.arabic(o.date()));
            if (o.conclusion() != null) {
                v.put("review.conclusion", Texts.label(o.conclusion()));
                reviewer.ifPresent(r -> v.put("review.conclusionText", Texts.tr("fields.review.conclusionText",
                        Texts.label(o.conclusion()), r.name(), Dates.arabic(o.date()))));
            }
            v.put("review.points", o.points() == null || o.points().isEmpty() ? Texts.tr("fields.none")
                    : numbered(o.points().stream().map(FieldsBuilder::stripEnd).toList(), "；\n"));
            v.put("review.legalBasis", blank(o.legalBasis()) ? NOT_APPLICABLE : o.legalBasis().strip());
        }
        if (!v.has("review.conclusionText")) {
            v.put("review.conclusionText", NOT_APPLICABLE);
        }
    }

    private String reviewReasons(SubmitReview s) {
        List<String> reasons = new ArrayList<>();
        Optional<ConcludeInvestigation> r = c.last(ConcludeInvestigation.class);
        if (r.map(ConcludeInvestigation::majorPublicInterest).orElse(false)) {
            reasons.add(Texts.tr("fields.review.reason.publicInterest"));
        }
        if (c.all(HoldHearing.class).stream().anyMatch(h -> !h.date().isAfter(s.date()))) {
            reasons.add(Texts.tr("fields.review.reason.hearing"));
        }
        if (r.map(x -> x.complex() || x.difficult()).orElse(false)) {
            reasons.add(Texts.tr("fields.review.reason.complex"));
        }
        BigDecimal fine = r.map(ConcludeInvestigation::proposedPenalty).map(PenaltyTerms::fine).orElse(null);
        if (fine != null && c.party() != null) {
            var p = ctx.settings().procedure();
            BigDecimal threshold = c.party().kind() == PartyKind.ORGANIZATION ? p.reviewThresholdOrganization()
                    : p.reviewThresholdIndividual();
            if (threshold != null && fine.compareTo(threshold) >= 0) {
                reasons.add(Texts.tr("fields.review.reason.amount", Yuan.format(threshold)));
            }
        }
        if (r.map(x -> !blank(x.departureReason())).orElse(false)) {
            reasons.add(Texts.tr("fields.review.reason.departure"));
        }
        if (reasons.isEmpty()) {
            reasons.add(Texts.tr("fields.review.reason.mechanism"));
        }
        return String.join("；", reasons) + "。";
    }

    private void deliberation() {
        Optional<Deliberate> picked = pick(c.all(Deliberate.class), DocumentType.DELIBERATION_RECORD);
        if (picked.isEmpty()) {
            v.put("approval.deliberation", NOT_APPLICABLE);
            return;
        }
        Deliberate d = picked.get();
        if (type == DocumentType.DELIBERATION_RECORD) {
            documentDate = d.date();
        }
        v.put("deliberation.date", Dates.arabic(d.date()));
        name(d.chair()).ifPresent(n -> v.put("deliberation.chair", n));
        names(d.attendees()).ifPresent(n -> v.put("deliberation.attendees", n));
        leadHandler().ifPresent(o -> v.put("deliberation.reporter", o.name()));
        put("deliberation.conclusion", d.conclusion());
        v.put("approval.deliberation", blank(d.conclusion()) ? NOT_APPLICABLE : d.conclusion().strip());
    }

    // ---------------------------------------------------------------- 告知, 陈述申辩, 听证

    private void notice() {
        v.put("notice.representationDays", Dates.count(ctx.settings().procedure().representationDays()));
        Optional<ServeNotice> served = pick(c.all(ServeNotice.class), DocumentType.ADVANCE_NOTICE);
        PenaltyTerms proposal;
        if (served.isPresent()) {
            proposal = served.get().proposedPenalty();
            if (type == DocumentType.ADVANCE_NOTICE) {
                documentDate = served.get().date();
            }
            v.put("notice.date", Dates.arabic(served.get().date()));
            if (served.get().method() != null) {
                v.put("notice.method", Texts.label(served.get().method()));
            }
        } else {
            proposal = c.last(ConcludeInvestigation.class).filter(r -> r.outcome() == InvestigationOutcome.PENALTY)
                    .map(ConcludeInvestigation::proposedPenalty).orElse(null);
        }
        if (proposal == null) {
            v.putFlag("notice.hearingRight", false);
            return;
        }
        v.put("notice.penaltyText", penaltyText(proposal));
        String departure = c.last(ConcludeInvestigation.class).map(ConcludeInvestigation::departureReason).orElse(null);
        discretion(proposal.fine(), departure).ifPresent(s -> v.put("notice.discretion", s));
        v.put("notice.circumstances", circumstances(c.last(ConcludeInvestigation.class)
                .map(ConcludeInvestigation::circumstances).orElse(Set.of())));
        boolean hearing = c.party() != null && (served.map(ServeNotice::hearingRightGiven).orElse(false)
                || HearingRight.applies(proposal, c.party().kind(), ctx.settings().procedure()));
        v.putFlag("notice.hearingRight", hearing);
        Optional<Officer> contact = served.flatMap(s -> ctx.officer(s.actor())).or(this::leadHandler);
        contact.ifPresent(o -> v.put("notice.contact", o.name()));
        String phone = contact.map(Officer::phone).filter(p -> !blank(p))
                .orElse(c.authority() == null ? "" : nz(c.authority().phone()));
        v.put("notice.contactPhone", phone);
    }

    private void representation() {
        Optional<HearRepresentation> picked = pick(c.all(HearRepresentation.class), DocumentType.REPRESENTATION_RECORD);
        if (picked.isEmpty()) {
            return;
        }
        HearRepresentation h = picked.get();
        if (type == DocumentType.REPRESENTATION_RECORD) {
            documentDate = h.date();
        }
        v.put("representation.date", Dates.arabic(h.date()));
        List<String> officers = new ArrayList<>();
        officers.add(h.actor());
        handlerCodes().stream().filter(code -> !officers.contains(code)).findFirst().ifPresent(officers::add);
        names(officers).ifPresent(n -> v.put("representation.officers", n));
        withCertificates(officers).ifPresent(n -> v.put("representation.officersWithCertificates", n));
        List<Map<String, String>> rows = new ArrayList<>();
        int seq = 1;
        for (RepresentationPoint p : h.points() == null ? List.<RepresentationPoint>of() : h.points()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("seq", Integer.toString(seq++));
            row.put("statement", nz(p.statement()).strip());
            row.put("ruling", ruling(p));
            row.put("reason", nz(p.reason()).strip());
            rows.add(row);
        }
        v.putList("points", rows);
    }

    private static String ruling(RepresentationPoint p) {
        return p.adopted() == null ? Texts.tr("fields.representation.pending")
                : p.adopted() ? Texts.tr("fields.representation.adopted") : Texts.tr("fields.representation.rejected");
    }

    private void hearing() {
        Optional<RequestHearing> requested = c.last(RequestHearing.class);
        v.put("hearing.requestedOn", requested.map(r -> Dates.arabic(r.date())).orElse(NOT_APPLICABLE));
        Optional<ScheduleHearing> scheduled = pick(c.all(ScheduleHearing.class), DocumentType.HEARING_NOTICE);
        if (scheduled.isPresent()) {
            ScheduleHearing s = scheduled.get();
            if (type == DocumentType.HEARING_NOTICE) {
                documentDate = s.date();
            }
            v.put("hearing.noticeDate", Dates.arabic(s.date()));
            v.put("hearing.date", Dates.arabic(s.hearingDate()));
            name(s.presider()).ifPresent(n -> v.put("hearing.presider", n));
            v.put("hearing.publicText", s.publicHearing() ? Texts.tr("fields.hearing.public") : Texts.tr("fields.hearing.private"));
            v.putFlag("hearing.public", s.publicHearing());
            if (c.authority() != null) {
                put("hearing.place", c.authority().address());
            }
        }
        Optional<HoldHearing> held = pick(c.all(HoldHearing.class), DocumentType.HEARING_RECORD);
        if (held.isPresent()) {
            HoldHearing h = held.get();
            if (type == DocumentType.HEARING_RECORD) {
                documentDate = h.date();
            }
            v.put("hearing.heldOn", Dates.arabic(h.date()));
            name(h.presider()).ifPresent(n -> v.put("hearing.presider", n));
            v.put("hearing.attendance", h.partyAbsentWithoutReason() ? Texts.tr("fields.hearing.absent")
                    : Texts.tr("fields.hearing.attended"));
            if (c.authority() != null && !v.has("hearing.place")) {
                put("hearing.place", c.authority().address());
            }
        }
    }

    // ---------------------------------------------------------------- decisions

    private void decision() {
        Optional<Decide> decided = c.last(Decide.class);
        if (decided.isEmpty()) {
            v.putFlag("decision.hasFine", false);
            v.putFlag("decision.hearingHeld", false);
            return;
        }
        Decide d = decided.get();
        if (type == DocumentType.DECISION || type == DocumentType.DECISION_APPROVAL) {
            documentDate = d.date();
        }
        v.put("decision.date", Dates.arabic(d.date()));
        name(d.approvedBy()).ifPresent(n -> v.put("decision.approver", n));
        PenaltyTerms p = d.penalty();
        if (p != null) {
            v.put("decision.penaltyText", penaltyText(p));
        }
        BigDecimal fine = p == null ? null : p.fine();
        boolean hasFine = fine != null && fine.signum() > 0;
        v.putFlag("decision.hasFine", hasFine);
        v.put("decision.fine", hasFine ? Yuan.format(fine) : "");
        v.put("decision.fineWords", hasFine ? words(fine) : "");
        v.put("decision.fineText", hasFine ? Texts.tr("fields.amount", Yuan.format(fine), words(fine)) : NOT_APPLICABLE);
        String discretion = !blank(d.discretionStatement()) ? d.discretionStatement().strip()
                : discretion(fine, d.departureReason()).orElse(null);
        v.put("decision.discretion", discretion);
        v.put("decision.departureReason", blank(d.departureReason()) ? NOT_APPLICABLE : d.departureReason().strip());
        decisionHistory(d.date());
    }

    /** 立案 and the investigation as a decision tells them: case.history. */
    private void caseHistory() {
        Optional<FileCase> filed = c.last(FileCase.class);
        if (filed.isPresent()) {
            List<String> steps = new ArrayList<>();
            if (!CaseFields.records(c, RecordKind.INSPECTION).isEmpty()) {
                steps.add(Texts.tr("fields.decision.step.inspection"));
            }
            if (!CaseFields.records(c, RecordKind.INQUIRY).isEmpty()) {
                steps.add(Texts.tr("fields.decision.step.inquiry"));
            }
            if (!c.evidence().isEmpty()) {
                steps.add(Texts.tr("fields.decision.step.evidence"));
            }
            String source = c.source() == null ? "" : Texts.label(c.source());
            v.put("case.history", Texts.tr("fields.decision.history", Dates.arabic(filed.get().date()), nz(c.cause()),
                    source) + (steps.isEmpty() ? "" : Texts.tr("fields.decision.steps", String.join(SEP, steps))));
        }
    }

    /** The 告知, the 陈述申辩 and the hearing, as the decision tells them. */
    private void decisionHistory(LocalDate decidedOn) {
        Optional<ServeNotice> notice = c.last(ServeNotice.class);
        if (notice.isPresent()) {
            ServeNotice n = notice.get();
            boolean hearingRight = c.party() != null && HearingRight.given(n, c.party().kind(), ctx.settings().procedure());
            String number = ctx.number(DocumentType.ADVANCE_NOTICE).map(x -> Texts.tr("fields.parenthesised", x)).orElse("");
            v.put("decision.noticeText", Texts.tr("fields.decision.notice", Dates.arabic(n.date()), number,
                    hearingRight ? Texts.tr("fields.rights.withHearing") : Texts.tr("fields.rights.representation")));
            v.put("decision.representationText", representationText(n, hearingRight));
        }
        Optional<HoldHearing> held = c.last(HoldHearing.class).filter(h -> !h.date().isAfter(decidedOn));
        v.putFlag("decision.hearingHeld", held.isPresent());
        if (held.isPresent()) {
            HoldHearing h = held.get();
            String text = Texts.tr("fields.decision.hearing", Dates.arabic(h.date()), name(h.presider()).orElse(""));
            text += h.partyAbsentWithoutReason() ? Texts.tr("fields.decision.hearingAbsent") : Texts.tr("fields.decision.hearingRecord");
            v.put("decision.hearingText", text);
        }
        if (v.has("decision.noticeText")) {
            v.put("decision.rightsSummary", v.value("decision.noticeText") + v.value("decision.representationText")
                    + nz(v.value("decision.hearingText")));
        }
    }

    private String representationText(ServeNotice n, boolean hearingRight) {
        StringBuilder out = new StringBuilder();
        List<HearRepresentation> heard = c.all(HearRepresentation.class).stream()
                .filter(h -> !h.date().isBefore(n.date())).toList();
        Optional<WaiveRepresentation> waived = c.last(WaiveRepresentation.class).filter(w -> !w.date().isBefore(n.date()));
        if (!heard.isEmpty()) {
            for (HearRepresentation h : heard) {
                List<RepresentationPoint> points = h.points() == null ? List.of() : h.points();
                for (RepresentationPoint p : points) {
                    String reason = nz(stripEnd(p.reason()));
                    String again = Texts.tr("fields.decision.reviewedPrefix");
                    if (reason.startsWith(again)) {
                        reason = reason.substring(again.length());
                    }
                    out.append(Texts.tr("fields.decision.point", Dates.arabic(h.date()), stripEnd(p.statement()),
                            ruling(p), reason));
                }
            }
        } else if (waived.isPresent()) {
            out.append(waived.get().written() ? Texts.tr("fields.decision.waivedWritten", Dates.arabic(waived.get().date()))
                    : Texts.tr("fields.decision.waived", Dates.arabic(waived.get().date())));
        } else if (!c.has(RequestHearing.class)) {
            out.append(Texts.tr("fields.decision.noRepresentation"));
        }
        Optional<RequestHearing> requested = c.last(RequestHearing.class);
        if (requested.isPresent()) {
            out.append(Texts.tr("fields.decision.hearingRequested", Dates.arabic(requested.get().date())));
        } else if (hearingRight) {
            out.append(c.last(WaiveHearing.class).isPresent() ? Texts.tr("fields.decision.hearingWaived")
                    : Texts.tr("fields.decision.noHearingRequest"));
        }
        return out.toString();
    }

    private void noPenalty() {
        Optional<DecideNoPenalty> decided = c.last(DecideNoPenalty.class);
        if (decided.isEmpty()) {
            return;
        }
        DecideNoPenalty d = decided.get();
        if (type == DocumentType.NO_PENALTY_DECISION) {
            documentDate = d.date();
        }
        NoPenaltyGround g = d.ground();
        boolean established = g != NoPenaltyGround.FACTS_NOT_ESTABLISHED;
        v.put("noPenalty.date", Dates.arabic(d.date()));
        name(d.approvedBy()).ifPresent(n -> v.put("noPenalty.approver", n));
        v.putFlag("noPenalty.violationEstablished", established);
        v.putFlag("noPenalty.educated", established && d.educationRecorded());
        put("noPenalty.reason", stripEnd(d.reason()));
        if (g != null) {
            v.put("noPenalty.ground", Texts.label(g));
            String article = switch (g) {
                case MINOR_CORRECTED -> Texts.tr("fields.noPenalty.article.minor");
                case FIRST_OFFENSE -> Texts.tr("fields.noPenalty.article.firstOffense");
                case NO_FAULT -> Texts.tr("fields.noPenalty.article.noFault");
                case FACTS_NOT_ESTABLISHED -> Texts.tr("fields.noPenalty.article.notEstablished");
                case UNDER_14 -> Texts.tr("fields.noPenalty.article.under14");
                case MENTAL_INCAPACITY -> Texts.tr("fields.noPenalty.article.incapacity");
                case LIMITATION_EXPIRED -> Texts.tr("fields.noPenalty.article.limitation");
            };
            v.put("noPenalty.article", article);
        }
    }

    private void onSite() {
        Optional<DecideOnSite> decided = c.last(DecideOnSite.class);
        if (decided.isEmpty()) {
            v.putFlag("onSite.hasFine", false);
            v.putFlag("onSite.refused", false);
            return;
        }
        DecideOnSite d = decided.get();
        if (type == DocumentType.ON_SITE_DECISION) {
            documentDate = d.date();
        }
        put("onSite.serial", d.serialNumber());
        v.put("onSite.date", Dates.arabic(d.date()));
        put("onSite.place", d.place() != null ? d.place() : c.actPlace());
        PenaltyTerms p = d.penalty();
        if (p != null) {
            v.put("onSite.penaltyText", penaltyText(p));
        }
        BigDecimal fine = p == null ? null : p.fine();
        boolean hasFine = fine != null && fine.signum() > 0;
        v.putFlag("onSite.hasFine", hasFine);
        v.putFlag("onSite.refused", d.partyRefusedToSign());
        v.put("onSite.fine", hasFine ? Yuan.format(fine) : "");
        v.put("onSite.fineWords", hasFine ? words(fine) : "");
        if (hasFine) {
            v.put("onSite.paymentText", d.collectedOnSite()
                    ? Texts.tr("fields.onSite.collected", nz(d.receiptNumber()))
                    : Texts.tr("fields.onSite.payment"));
        }
        List<String> officers = d.officers() == null ? List.of() : d.officers();
        signingOfficers("onSite.officer", officers);
        v.put("onSite.procedureText", (d.certificatesShown() ? Texts.tr("fields.onSite.certificates") : "")
                + (d.partyHeard() ? Texts.tr("fields.onSite.heard") : Texts.tr("fields.onSite.notHeard")));
        discretion(fine, null).ifPresent(s -> v.put("onSite.discretion", s));
        if (c.authority() != null && !blank(c.authority().reconsiderationBody()) && !blank(c.authority().court())) {
            v.put("onSite.remedyClause", Texts.tr("fields.onSite.remedy", c.authority().reconsiderationBody().strip(),
                    c.authority().court().strip()));
        }
    }

    // ---------------------------------------------------------------- 送达, 催告, 结案, 卷宗

    private void service() {
        if (type != DocumentType.SERVICE_RECEIPT) {
            return;
        }
        List<CaseFields.Served> all = CaseFields.Served.of(c);
        Optional<CaseFields.Served> picked = pick(all, DocumentType.SERVICE_RECEIPT);
        if (picked.isEmpty()) {
            return;
        }
        CaseFields.Served s = picked.get();
        documentDate = s.action().date();
        v.put("service.documentTitle", CaseFields.title(s.document()));
        ctx.number(s.document()).ifPresent(n -> v.put("service.documentNumber", n));
        put("service.addressee", c.party() == null ? null : c.party().name());
        v.put("service.date", Dates.arabic(s.action().date()));
        List<String> servers = new ArrayList<>();
        servers.add(s.action().actor());
        handlerCodes().stream().filter(code -> !servers.contains(code)).findFirst().ifPresent(servers::add);
        names(servers).ifPresent(n -> v.put("service.servers", n));
        ServiceMethod method = switch (s.action()) {
            case ServeNotice n -> n.method();
            case ServeDecision d -> d.method();
            default -> null;
        };
        v.put("service.method", method == null ? "" : Texts.label(method));
        String address = c.party() == null ? null : blank(c.party().serviceAddress()) ? c.party().address()
                : c.party().serviceAddress();
        put("service.place", address);
        v.put("service.recipient", s.action() instanceof ServeDecision d ? nz(d.recipient()) : "");
        v.put("service.witness", method == ServiceMethod.LEFT_AT_ADDRESS ? "" : NOT_APPLICABLE);
        String note = "";
        if (s.action() instanceof ServeDecision d) {
            note = switch (d.method()) {
                case PUBLICATION -> Texts.tr("fields.service.note.publication", Integer.toString(d.failedAttempts()),
                        Integer.toString(ctx.settings().procedure().publicationServiceDays()));
                case ELECTRONIC -> Texts.tr("fields.service.note.electronic");
                case LEFT_AT_ADDRESS -> Texts.tr("fields.service.note.leftAtAddress");
                case null, default -> "";
            };
        }
        v.put("service.note", note);
    }

    private void urging() {
        Optional<ServeUrging> served = pick(c.all(ServeUrging.class), DocumentType.URGING_NOTICE);
        LocalDate asOf = served.map(CaseAction::date).orElse(ctx.documentDate());
        if (type == DocumentType.URGING_NOTICE && served.isPresent()) {
            documentDate = served.get().date();
        }
        Optional<CaseAction> decisionAction = decisionAction();
        if (asOf == null || decisionAction.isEmpty() || decisionAction.get() instanceof DecideNoPenalty) {
            return;
        }
        Settlement s = Settlement.of(c, ctx.calendar(), ctx.settings().procedure(), asOf);
        Optional<LocalDate> received = ServiceDates.effectiveServiceDate(c, ctx.settings().procedure());
        if (s.dueDate() == null || received.isEmpty() || (served.isEmpty() && s.outstanding().signum() == 0)) {
            return;
        }
        v.put("urging.date", Dates.arabic(asOf));
        v.put("urging.decisionDate", Dates.arabic(decisionAction.get().date()));
        decisionNumber().filter(n -> !NOT_APPLICABLE.equals(n)).ifPresent(n -> v.put("urging.decisionNumber", n));
        v.put("urging.servedOn", Dates.arabic(received.get()));
        v.put("urging.dueDate", Dates.arabic(s.dueDate()));
        v.put("urging.fineOutstanding", Yuan.format(s.fineOutstanding()));
        v.put("urging.surcharge", Yuan.format(s.surchargeOutstanding()));
        v.put("urging.overdueDays", Long.toString(s.overdueDays()));
        BigDecimal total = s.outstanding();
        v.put("urging.total", Yuan.format(total));
        v.put("urging.totalWords", words(total));
        PenaltyTerms p = switch (decisionAction.get()) {
            case Decide d -> d.penalty();
            case DecideOnSite d -> d.penalty();
            default -> null;
        };
        if (p != null) {
            v.put("urging.penaltyText", penaltyText(p));
        }
    }

    private void closure() {
        Optional<CloseCase> closed = c.last(CloseCase.class);
        if (closed.isEmpty()) {
            return;
        }
        CloseCase cc = closed.get();
        if (type == DocumentType.CLOSURE_APPROVAL) {
            documentDate = cc.date();
        }
        v.put("closure.date", Dates.arabic(cc.date()));
        name(cc.approvedBy()).ifPresent(n -> v.put("closure.approver", n));
        put("closure.summary", cc.summary());
        String outcome = switch (decisionAction().orElse(null)) {
            case Decide d when d.penalty() != null -> Texts.tr("fields.closure.outcome.penalty", penaltyText(d.penalty()));
            case DecideOnSite d when d.penalty() != null -> Texts.tr("fields.closure.outcome.onSite", penaltyText(d.penalty()));
            case DecideNoPenalty d -> Texts.tr("fields.closure.outcome.noPenalty", d.ground() == null ? "" : Texts.label(d.ground()));
            case null, default -> c.last(Transfer.class)
                    .map(t -> Texts.tr("fields.closure.outcome.transfer", Texts.label(t.target()), nz(t.recipient())))
                    .orElse(c.state() == null ? "" : Texts.label(c.state()));
        };
        v.put("closure.outcome", outcome);
        List<String> paid = new ArrayList<>();
        c.last(DecideOnSite.class).filter(DecideOnSite::collectedOnSite).filter(d -> d.penalty() != null
                && d.penalty().fine() != null).ifPresent(d -> paid.add(Texts.tr("fields.closure.collected",
                Dates.arabic(d.date()), Yuan.format(d.penalty().fine()), nz(d.receiptNumber()))));
        for (RecordPayment p : c.all(RecordPayment.class)) {
            String channel = p.channel() == null ? "" : Texts.label(p.channel());
            String surcharge = p.surcharge() == null || p.surcharge().signum() == 0 ? ""
                    : Texts.tr("fields.closure.surcharge", Yuan.format(p.surcharge()));
            paid.add(Texts.tr("fields.closure.payment", Dates.arabic(p.date()), channel,
                    Yuan.format(p.amount() == null ? BigDecimal.ZERO : p.amount()), surcharge));
        }
        v.put("closure.execution", paid.isEmpty() ? Texts.tr("fields.closure.nothingToPay") : String.join("；", paid) + "。");
    }

    private void caseFile() {
        v.put("file.retention", Texts.tr("fields.file.retention", Integer.toString(ctx.settings().archiveRetentionYears())));
        Optional<ArchiveCase> archived = c.last(ArchiveCase.class);
        v.put("file.archiveNumber", archived.map(a -> nz(a.archiveNumber())).orElse(""));
        v.put("file.archivedOn", archived.map(a -> Dates.arabic(a.date())).orElse(""));
        leadHandler().ifPresent(o -> v.put("file.compiler", o.name()));
        LocalDate compiled = archived.map(CaseAction::date).orElse(ctx.documentDate());
        v.put("file.compiledOn", compiled == null ? "" : Dates.arabic(compiled));
        v.put("file.checker", c.last(CloseCase.class).flatMap(cc -> name(cc.approvedBy())).orElse(""));
        v.put("file.checkedOn", compiled == null ? "" : Dates.arabic(compiled));
        CaseFileSummary file = ctx.caseFile();
        if (file == null) {
            return;
        }
        v.put("file.pieces", Integer.toString(file.pieces()));
        v.put("file.pages", Integer.toString(file.pages()));
        List<Map<String, String>> rows = new ArrayList<>();
        int seq = 1;
        for (FileIndexEntry e : file.entries()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("seq", Integer.toString(seq++));
            row.put("title", nz(e.title()));
            row.put("number", nz(e.number()));
            row.put("date", e.date() == null ? "" : Dates.arabic(e.date()));
            row.put("pages", e.firstPage() == e.lastPage() ? Integer.toString(e.firstPage())
                    : Texts.tr("fields.file.pageRange", Integer.toString(e.firstPage()), Integer.toString(e.lastPage())));
            row.put("remark", nz(e.remark()));
            rows.add(row);
        }
        v.putList("entries", rows);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The act the matter punishes, from its catalog name: "对滥伐林木的行政处罚" → "滥伐林木" (a trailing note in
     * brackets dropped); the 案由 when there is no matter.
     */
    private String violation() {
        if (c.matter() == null || blank(c.matter().name())) {
            return nz(c.cause());
        }
        String n = c.matter().name().strip();
        if (n.endsWith("）")) {
            int open = n.lastIndexOf('（');
            if (open > 0) {
                n = n.substring(0, open).strip();
            }
        }
        for (String suffix : List.of(Texts.tr("fields.matter.suffixPenalty"), Texts.tr("fields.matter.suffixCorrection"))) {
            if (n.endsWith(suffix)) {
                n = n.substring(0, n.length() - suffix.length());
                break;
            }
        }
        String prefix = Texts.tr("fields.matter.prefix");
        if (n.startsWith(prefix)) {
            n = n.substring(prefix.length());
        }
        return n.isBlank() ? nz(c.cause()) : n;
    }

    /** The latest penalty, on-site or 不予处罚 decision. */
    private Optional<CaseAction> decisionAction() {
        CaseAction found = null;
        for (CaseAction a : c.actions()) {
            if (a instanceof Decide || a instanceof DecideOnSite || a instanceof DecideNoPenalty) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The decision's 文号 (or the on-site serial); "/" when the case has no decision; empty when not allocated. */
    private Optional<String> decisionNumber() {
        Optional<CaseAction> d = decisionAction();
        if (d.isEmpty()) {
            return Optional.of(NOT_APPLICABLE);
        }
        return switch (d.get()) {
            case DecideOnSite s -> Optional.ofNullable(s.serialNumber()).filter(x -> !x.isBlank());
            case DecideNoPenalty x -> ctx.number(DocumentType.NO_PENALTY_DECISION);
            default -> type == DocumentType.DECISION && ctx.documentNumber() != null
                    ? Optional.of(ctx.documentNumber()) : ctx.number(DocumentType.DECISION);
        };
    }

    /** The document of {@code forType} selected by the context's occurrence, else the latest. */
    private <T> Optional<T> pick(List<T> all, DocumentType forType) {
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (type == forType && ctx.occurrence() != null) {
            return ctx.occurrence() < all.size() ? Optional.of(all.get(ctx.occurrence())) : Optional.empty();
        }
        return Optional.of(all.getLast());
    }

    private Optional<String> discretion(BigDecimal fine, String departureReason) {
        if (c.matter() == null) {
            return Optional.empty();
        }
        try {
            String s = CaseDiscretion.assess(c, fine, departureReason).sentence();
            return blank(s) ? Optional.empty() : Optional.of(s.strip());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The penalty in words: 警告；罚款人民币400元（大写：人民币肆佰元整）；没收违法所得… */
    static String penaltyText(PenaltyTerms p) {
        List<String> parts = new ArrayList<>();
        Set<PenaltyType> types = p.types() == null ? Set.of() : new TreeSet<>(p.types());
        for (PenaltyType t : types) {
            switch (t) {
                case FINE -> {
                    if (p.fine() != null && p.fine().signum() > 0) {
                        parts.add(Texts.tr("fields.penalty.fine", Yuan.format(p.fine()), words(p.fine())));
                    }
                }
                case CONFISCATE_ILLEGAL_GAINS -> parts.add(p.confiscatedGains() != null && p.confiscatedGains().signum() > 0
                        ? Texts.tr("fields.penalty.gains", Yuan.format(p.confiscatedGains()), words(p.confiscatedGains()))
                        : Texts.label(t));
                case CONFISCATE_PROPERTY -> parts.add(p.confiscatedProperty() != null && p.confiscatedProperty().signum() > 0
                        ? Texts.tr("fields.penalty.property", Yuan.format(p.confiscatedProperty()))
                        : Texts.label(t));
                case OTHER -> {
                    if (!blank(p.otherPenalty())) {
                        parts.add(stripEnd(p.otherPenalty()));
                    }
                }
                default -> parts.add(Texts.label(t));
            }
        }
        if (!types.contains(PenaltyType.OTHER) && !blank(p.otherPenalty())) {
            parts.add(stripEnd(p.otherPenalty()));
        }
        return String.join("；", parts);
    }

    private static String circumstances(Set<Circumstance> cs) {
        if (cs == null || cs.isEmpty()) {
            return Texts.tr("fields.none");
        }
        return String.join(SEP, new TreeSet<>(cs).stream().map(Texts::label).toList());
    }

    static String words(BigDecimal amount) {
        return AmountInWords.of(amount.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** "1．…；2．…。" */
    private static String numbered(List<String> items) {
        return numbered(items, "；");
    }

    /** The items numbered and joined with the separator ("；\n": one a line), ending with 。. */
    private static String numbered(List<String> items, String separator) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(Texts.tr("fields.numbered", Integer.toString(i + 1), stripEnd(items.get(i))));
        }
        return String.join(separator, out) + "。";
    }

    private Optional<String> name(String code) {
        return ctx.officer(code).map(Officer::name);
    }

    /** The names joined with 、; empty when a code is unknown or the list is empty. */
    private Optional<String> names(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            Optional<Officer> o = ctx.officer(code);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            out.add(o.get().name());
        }
        return Optional.of(String.join(SEP, out));
    }

    /** 毛丽娟（执法证号：浙33118100103）、练雅婷（执法证号：…）. */
    private Optional<String> withCertificates(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            Optional<Officer> o = ctx.officer(code);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            out.add(certificate(o.get()).map(n -> Texts.tr("fields.officer.withCertificate", o.get().name(), n))
                    .orElse(o.get().name()));
        }
        return Optional.of(String.join(SEP, out));
    }

    private static Optional<String> certificate(Officer o) {
        return o.certificateOpt().map(x -> x.number()).filter(n -> !n.isBlank());
    }

    /** "余建明（公司项目负责人）" → "余建明". */
    static String shortName(String subject) {
        String s = subject.strip();
        int cut = s.indexOf('（');
        if (cut < 0) {
            cut = s.indexOf('(');
        }
        return cut > 0 ? s.substring(0, cut).strip() : s;
    }

    /** Without trailing 。；; and spaces (the templates add their own punctuation). */
    static String stripEnd(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        while (!t.isEmpty() && "。；;，,.".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** The first two officers who sign: {@code prefix1}, {@code prefix1Certificate}, {@code prefix2} … */
    private void signingOfficers(String prefix, List<String> codes) {
        for (int i = 0; i < Math.min(2, codes.size()); i++) {
            String field = prefix + (i + 1);
            Optional<Officer> o = ctx.officer(codes.get(i));
            o.ifPresent(x -> v.put(field, x.name()));
            o.flatMap(FieldsBuilder::certificate).ifPresent(n -> v.put(field + "Certificate", n));
        }
    }

    private void put(String name, String value) {
        v.put(name, blank(value) ? null : value.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
