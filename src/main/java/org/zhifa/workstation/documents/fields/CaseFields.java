package org.zhifa.workstation.documents.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.template.FieldValues;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.DecidePreservation;
import org.zhifa.workstation.domain.cases.action.Deliberate;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.HearRepresentation;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.OrderCorrection;
import org.zhifa.workstation.domain.cases.action.PreserveEvidence;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Register;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.action.ServeUrging;
import org.zhifa.workstation.domain.cases.action.SubmitReview;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The mapping from a case to the fields of its documents' templates (templates/README.md lists every field).
 *
 * <p>{@link #forCase} builds the fields of one document: the groups every document shares ({@code authority.*},
 * {@code case.*}, {@code matter.*}, {@code party.*}, {@code handler1.*}, {@code evidence} …), every group the
 * case's history can provide ({@code filing.*} once filed, {@code decision.*} once decided …) and the groups of the
 * one document chosen by the type and {@link FieldContext#occurrence()} ({@code record.*}, {@code service.*} …).
 * A field the case cannot provide yet is absent, never blank, so the engine reports the missing required field by
 * name; an empty string is a deliberate blank (a phone number the party did not give, a date on a form that is
 * filled by hand later), and "/" marks a box that does not apply (性别 of an organisation), as on the printed forms.
 * The party's name and number come from the case header only, so they are identical in every document (R40).
 */
public final class CaseFields {
    private CaseFields() {
    }

    /** Every field, list and flag the template of {@code type} can use, as far as the case provides them. */
    public static FieldValues forCase(CaseRecord c, DocumentType type, FieldContext ctx) {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ctx, "context");
        return forCase(c, type, ctx, Set.of());
    }

    /**
     * The fields of the groups a template uses ({@code TemplateMarkers.groups}); an empty set builds them all. The
     * values of those groups are the same as in a full build.
     */
    public static FieldValues forCase(CaseRecord c, DocumentType type, FieldContext ctx, Set<String> groups) {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ctx, "context");
        return new FieldsBuilder(c, type, ctx, Set.copyOf(groups)).build();
    }

    /** The Chinese title of a document type ({@code 行政处罚决定书}), the title in templates/index.json. */
    public static String title(DocumentType type) {
        return type.title();
    }

    /**
     * The documents the case has at its stage, in the default archive order of domain.md §4 (the order of
     * {@link DocumentType}), several of one type in the order of their actions, and each 送达回证 right after the
     * document it proves. The 卷宗封面, 卷内目录 and 备考表 are included (first, second, last).
     */
    public static List<DocumentInstance> documents(CaseRecord c) {
        List<DocumentInstance> out = new ArrayList<>();
        List<Served> served = Served.of(c);
        for (DocumentType type : DocumentType.values()) {
            if (type == DocumentType.SERVICE_RECEIPT) {
                continue;
            }
            List<LocalDate> dates = dates(c, type);
            for (int i = 0; i < dates.size(); i++) {
                out.add(new DocumentInstance(type, i, dates.get(i), instanceTitle(c, type, i)));
                for (int s = 0; s < served.size(); s++) {
                    Served sv = served.get(s);
                    if (sv.document() == type && sv.documentOccurrence() == i) {
                        out.add(new DocumentInstance(DocumentType.SERVICE_RECEIPT, s, sv.action().date(),
                                Texts.tr("fields.instance.receipt", title(type))));
                    }
                }
            }
        }
        return out;
    }

    /** How many documents of the type the case has at its stage (the valid occurrences are 0 … count − 1). */
    public static int count(CaseRecord c, DocumentType type) {
        return type == DocumentType.SERVICE_RECEIPT ? Served.of(c).size() : dates(c, type).size();
    }

    /** The dates of the case's documents of one type, one per document, in order (null for the 卷宗 forms). */
    static List<LocalDate> dates(CaseRecord c, DocumentType type) {
        return switch (type) {
            case FILE_COVER, FILE_INDEX, FILE_NOTE -> nullList();
            case SOURCE_REGISTER -> c.last(Register.class).map(r -> List.of(r.date()))
                    .orElseGet(() -> c.discoveredOn() == null ? nullList() : List.of(c.discoveredOn()));
            case FILING_APPROVAL -> datesOf(c.all(FileCase.class));
            case INSPECTION_RECORD -> datesOf(records(c, RecordKind.INSPECTION));
            case INQUIRY_RECORD -> datesOf(records(c, RecordKind.INQUIRY));
            case EVIDENCE_LIST -> c.evidence().isEmpty() ? List.of() : List.of(c.evidence().stream()
                    .map(e -> e.collectedOn()).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElse(c.discoveredOn()));
            case PRESERVATION_NOTICE, PRESERVATION_LIST -> datesOf(c.all(PreserveEvidence.class));
            case PRESERVATION_DECISION -> datesOf(c.all(DecidePreservation.class));
            case CORRECTION_NOTICE -> datesOf(c.all(OrderCorrection.class));
            case INVESTIGATION_REPORT -> datesOf(c.all(ConcludeInvestigation.class));
            case REVIEW_SUBMISSION -> datesOf(c.all(SubmitReview.class));
            case REVIEW_OPINION -> datesOf(c.all(RecordReviewOpinion.class));
            case DELIBERATION_RECORD -> datesOf(c.all(Deliberate.class));
            case ADVANCE_NOTICE -> datesOf(c.all(ServeNotice.class));
            case REPRESENTATION_RECORD -> datesOf(c.all(HearRepresentation.class));
            case HEARING_NOTICE -> datesOf(c.all(ScheduleHearing.class));
            case HEARING_RECORD -> datesOf(c.all(HoldHearing.class));
            case DECISION_APPROVAL, DECISION -> datesOf(c.last(Decide.class).stream().toList());
            case NO_PENALTY_DECISION -> datesOf(c.last(DecideNoPenalty.class).stream().toList());
            case ON_SITE_DECISION -> datesOf(c.last(DecideOnSite.class).stream().toList());
            case SERVICE_RECEIPT -> Served.of(c).stream().map(s -> s.action().date()).toList();
            case URGING_NOTICE -> datesOf(c.all(ServeUrging.class));
            case CLOSURE_APPROVAL -> datesOf(c.last(CloseCase.class).stream().toList());
        };
    }

    private static List<LocalDate> nullList() {
        List<LocalDate> one = new ArrayList<>();
        one.add(null);
        return one;
    }

    private static List<LocalDate> datesOf(List<? extends CaseAction> actions) {
        return actions.stream().map(CaseAction::date).toList();
    }

    static List<MakeRecord> records(CaseRecord c, RecordKind kind) {
        return c.all(MakeRecord.class).stream().filter(r -> r.kind() == kind).toList();
    }

    private static String instanceTitle(CaseRecord c, DocumentType type, int i) {
        String title = title(type);
        if (type == DocumentType.INSPECTION_RECORD || type == DocumentType.INQUIRY_RECORD) {
            List<MakeRecord> rs = records(c, type == DocumentType.INQUIRY_RECORD ? RecordKind.INQUIRY : RecordKind.INSPECTION);
            String subject = rs.get(i).subjectName();
            if (subject != null && !subject.isBlank() && type == DocumentType.INQUIRY_RECORD) {
                return Texts.tr("fields.instance.person", title, FieldsBuilder.shortName(subject));
            }
        }
        return title;
    }

    /** A served document: the service action and the document it served. */
    record Served(CaseAction action, DocumentType document, int documentOccurrence) {
        static List<Served> of(CaseRecord c) {
            List<Served> out = new ArrayList<>();
            int notices = 0;
            int urgings = 0;
            DocumentType decided = null;
            for (CaseAction a : c.actions()) {
                if (a instanceof ServeNotice) {
                    out.add(new Served(a, DocumentType.ADVANCE_NOTICE, notices++));
                } else if (a instanceof Decide) {
                    decided = DocumentType.DECISION;
                } else if (a instanceof DecideNoPenalty) {
                    decided = DocumentType.NO_PENALTY_DECISION;
                } else if (a instanceof ServeDecision && decided != null) {
                    out.add(new Served(a, decided, 0));
                } else if (a instanceof ServeUrging) {
                    out.add(new Served(a, DocumentType.URGING_NOTICE, urgings++));
                }
            }
            return out;
        }
    }
}
