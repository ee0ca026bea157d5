package org.zhifa.workstation.review.checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.RepresentationPoint;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.ArchiveCase;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.HearRepresentation;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.PreserveEvidence;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.action.SubmitReview;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.discretion.Yuan;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.decision.HearingRight;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The order of the procedure and of the file: dates that contradict each other, acts before 立案 (程序倒置), the file
 * out of order (R38), the documents a decision rests on (调查终结报告, 告知书, 送达回证), the hearing right, the
 * 复核 of the party's statements, the decision against the notice (R20) and the remedy clause (R23/R32).
 */
final class ProcedureChecks {
    private ProcedureChecks() {
    }

    private abstract static class Base implements Check {
        private final String id;

        Base(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            List<RawFinding> found = new ArrayList<>();
            check(in, found);
            return CheckOutcome.of(found);
        }

        abstract void check(AuditInput in, List<RawFinding> found);
    }

    /** R38: the file is kept in the order things happened; an act recorded after a later-dated one is out of order. */
    static final Check FILE_ORDER = new Base("FILE_ORDER") {
        @Override
        void check(AuditInput in, List<RawFinding> found) {
            List<CaseAction> actions = in.c().actions();
            for (int i = 1; i < actions.size(); i++) {
                CaseAction before = actions.get(i - 1);
                CaseAction a = actions.get(i);
                if (a.date() != null && before.date() != null && a.date().isBefore(before.date())) {
                    found.add(new RawFinding(Places.action(a), Texts.tr("review.check.outOfOrder",
                            Texts.label(before.type()), before.date()), "R38"));
                }
            }
        }
    };

    /** Acts that presuppose 立案, dated before it or taken without it (general procedure). */
    static final Check BEFORE_FILING = new Base("INVESTIGATION_BEFORE_FILING") {
        @Override
        void check(AuditInput in, List<RawFinding> found) {
            CaseRecord c = in.c();
            if (c.procedure() != ProcedureKind.GENERAL) {
                return;
            }
            LocalDate filed = c.all(FileCase.class).stream().map(FileCase::date).findFirst().orElse(null);
            boolean fileSeen = false;
            for (CaseAction a : c.actions()) {
                if (a instanceof FileCase) {
                    fileSeen = true;
                    continue;
                }
                boolean needsFiling = a instanceof PreserveEvidence || a instanceof Seize
                        || a instanceof ConcludeInvestigation || a instanceof SubmitReview || a instanceof RecordReviewOpinion
                        || a instanceof ServeNotice || a instanceof Decide || a instanceof DecideNoPenalty;
                if (!needsFiling) {
                    continue;
                }
                if (filed == null || !fileSeen) {
                    found.add(new RawFinding(Places.action(a), Texts.tr("review.check.notFiled"), "R4"));
                } else if (a.date().isBefore(filed)) {
                    found.add(new RawFinding(Places.action(a), Texts.tr("review.check.beforeFiling", filed), "R4"));
                }
            }
        }
    };

    /** Dates that contradict each other (besides the list order, which FILE_ORDER scores). */
    static final Check CHRONOLOGY = new Base("DATE_CHRONOLOGY") {
        @Override
        void check(AuditInput in, List<RawFinding> found) {
            CaseRecord c = in.c();
            if (c.actDate() != null && c.discoveredOn() != null && c.actDate().isAfter(c.discoveredOn())) {
                found.add(new RawFinding(Places.header(Texts.tr("review.place.dates")),
                        Texts.tr("review.check.actAfterDiscovery", c.actDate(), c.discoveredOn()), null));
            }
            LocalDate notice = null;
            LocalDate decision = null;
            for (CaseAction a : c.actions()) {
                if (c.discoveredOn() != null && a.date().isBefore(c.discoveredOn())) {
                    found.add(new RawFinding(Places.action(a), Texts.tr("review.check.beforeDiscovery", c.discoveredOn()), null));
                }
                switch (a) {
                    case ServeNotice n -> notice = n.date();
                    case Decide d -> {
                        if (notice != null && d.date().isBefore(notice)) {
                            found.add(new RawFinding(Places.action(a), Texts.tr("review.check.decisionBeforeNotice", notice), "R4"));
                        }
                        decision = d.date();
                    }
                    case DecideNoPenalty d -> decision = d.date();
                    case ServeDecision s -> later(found, s, decision);
                    case RecordPayment p -> later(found, p, decision);
                    case CloseCase x -> later(found, x, decision);
                    case MakeRecord r -> {
                        if (r.start() != null && !r.start().toLocalDate().equals(r.date())) {
                            found.add(new RawFinding(Places.action(a), Texts.tr("review.check.recordStartDay", r.start()), "R38"));
                        }
                        if (r.start() != null && r.end() != null && r.end().isBefore(r.start())) {
                            found.add(new RawFinding(Places.action(a), Texts.tr("review.check.endBeforeStart", r.start(), r.end()), "R38"));
                        }
                    }
                    case AddEvidence e -> {
                        if (e.recording() != null && e.recording().start() != null && e.recording().end() != null
                                && e.recording().end().isBefore(e.recording().start())) {
                            found.add(new RawFinding(Places.action(a), Texts.tr("review.check.endBeforeStart",
                                    e.recording().start(), e.recording().end()), "R14"));
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private void later(List<RawFinding> found, CaseAction a, LocalDate decision) {
            if (decision != null && a.date().isBefore(decision)) {
                found.add(new RawFinding(Places.action(a), Texts.tr("review.check.beforeDecision", decision), null));
            }
        }
    };

    /** A decision of a filed case rests on a 调查终结报告 (Art 57; §6: no report −3). */
    static final Check INVESTIGATION_REPORT = new Base("INVESTIGATION_REPORT") {
        @Override
        void check(AuditInput in, List<RawFinding> found) {
            CaseRecord c = in.c();
            if (c.procedure() != ProcedureKind.GENERAL) {
                return;
            }
            boolean concluded = false;
            for (CaseAction a : c.actions()) {
                if (a instanceof ConcludeInvestigation) {
                    concluded = true;
                } else if ((a instanceof Decide || a instanceof DecideNoPenalty) && !concluded) {
                    found.add(new RawFinding(Places.action(a), Texts.tr("review.check.noInvestigationReport"), null));
                }
            }
        }
    };

    /** Veto: a penalty decided without a 告知书 served before it (Arts 44, 62: such a decision cannot stand). */
    static final Check NOTICE_BEFORE_DECISION = new Base("NOTICE_BEFORE_DECISION") {
        @Override
        void check(AuditInput in, List<RawFinding> found) {
            boolean noticed = false;
            for (CaseAction a : in.c().actions()) {
                if (a instanceof ServeNotice) {
                    noticed = true;
                } else if (a instanceof Decide && !noticed) {
                    found.add(new RawFinding(Places.action(a), Texts.tr("review.check.noNotice"), "R17"));
                }
            }
        }
    };

    /** R18: a notice of an Art 63 penalty states the hearing right. */
    static final Check HEARING_RIGHT = new Base("HEARING_RIGHT") {
        @Override
        void check(AuditInput in, List<RawFinding> found) {
            PartyKind kind = in.c().party() == null ? PartyKind.INDIVIDUAL : in.c().party().kind();
            for (ServeNotice n : in.c().all(ServeNotice.class)) {
                if (!n.hearingRightGiven() && HearingRight.applies(n.proposedPenalty(), kind, in.ctx().settings())) {
                    found.add(new RawFinding(Places.action(n), Texts.tr("review.check.hearingRightMissing"), "R18"));
                }
            }
        }
    };

    /** R21: every point of the party's statement was 复核'd: adopted or rejected, with a reason. */
    static final Check REPRESENTATION = new Base("REPRESENTATION_REVIEWED") {
        @Override
        void check(AuditInput in, List<RawFinding> found) {
            for (HearRepresentation h : in.c().all(HearRepresentation.class)) {
                int i = 0;
                for (RepresentationPoint p : h.points() == null ? List.<RepresentationPoint>of() : h.points()) {
                    i++;
                    if (p.adopted() == null || Places.blank(p.reason())) {
                        found.add(new RawFinding(Places.action(h), Texts.tr("review.check.pointNotReviewed", i,
                                p.statement() == null ? "" : p.statement()), "R21"));
                    }
                }
            }
        }
    };

    /** A decision that was carried out (paid, closed, archived) has its 送达 on file (§6: no 送达 record −2). */
    static final Check SERVICE_RECORD = new Base("SERVICE_RECORD") {
        @Override
        void check(AuditInput in, List<RawFinding> found) {
            CaseAction decision = null;
            boolean served = false;
            boolean reported = false;
            for (CaseAction a : in.c().actions()) {
                if (a instanceof Decide || a instanceof DecideNoPenalty) {
                    decision = a;
                    served = false;
                    reported = false;
                } else if (a instanceof ServeDecision) {
                    served = true;
                } else if (decision != null && !served && !reported
                        && (a instanceof RecordPayment || a instanceof CloseCase || a instanceof ArchiveCase)) {
                    found.add(new RawFinding(Places.action(decision), Texts.tr("review.check.notServed", Texts.label(a.type())), "R27"));
                    reported = true;
                }
            }
        }
    };

    /** R20: the decision imposes no type the notice lacked and no higher amount. */
    static final Check PENALTY_CONSISTENCY = new Base("PENALTY_CONSISTENCY") {
        @Override
        void check(AuditInput in, List<RawFinding> found) {
            ServeNotice notice = null;
            for (CaseAction a : in.c().actions()) {
                if (a instanceof ServeNotice n) {
                    notice = n;
                } else if (a instanceof Decide d && notice != null && notice.proposedPenalty() != null
                        && d.penalty() != null) {
                    compare(d, notice, found);
                }
            }
            documents(in, found);
        }

        private void compare(Decide d, ServeNotice notice, List<RawFinding> found) {
            PenaltyTerms proposed = notice.proposedPenalty();
            PenaltyTerms p = d.penalty();
            Set<PenaltyType> proposedTypes = proposed.types() == null ? Set.of() : proposed.types();
            Set<PenaltyType> types = p.types() == null ? Set.of() : p.types();
            Set<PenaltyType> dropped = EnumSet.noneOf(PenaltyType.class);
            dropped.addAll(proposedTypes);
            dropped.removeAll(types);
            PenaltyType heaviestDropped = dropped.stream().max(Enum::compareTo).orElse(null);
            for (PenaltyType t : types) {
                if (!proposedTypes.contains(t) && (heaviestDropped == null || t.compareTo(heaviestDropped) >= 0)) {
                    found.add(new RawFinding(Places.action(d), Texts.tr("review.check.heavierType", Texts.label(t), notice.date()), "R20"));
                }
            }
            amount(d, notice, PenaltyType.FINE, p.fine(), proposed.fine(), types, proposedTypes, found);
            amount(d, notice, PenaltyType.CONFISCATE_ILLEGAL_GAINS, p.confiscatedGains(), proposed.confiscatedGains(), types, proposedTypes, found);
            amount(d, notice, PenaltyType.CONFISCATE_PROPERTY, p.confiscatedProperty(), proposed.confiscatedProperty(), types, proposedTypes, found);
        }

        private void amount(Decide d, ServeNotice n, PenaltyType t, BigDecimal now, BigDecimal before, Set<PenaltyType> types,
                            Set<PenaltyType> proposedTypes, List<RawFinding> found) {
            if (types.contains(t) && proposedTypes.contains(t) && now != null && before != null && now.compareTo(before) > 0) {
                found.add(new RawFinding(Places.action(d), Texts.tr("review.check.higherAmount", Texts.label(t),
                        Yuan.format(now), Yuan.format(before), n.date()), "R20"));
            }
        }

        /** When both documents were produced: the decision cites no article the notice did not. */
        private void documents(AuditInput in, List<RawFinding> found) {
            if (in.documents() == null) {
                return;
            }
            String noticeType = "ADVANCE_NOTICE";
            String decisionType = "DECISION";
            Optional<DocumentText> notice = in.documents().stream().filter(d -> noticeType.equals(d.docType())).reduce((a, b) -> b);
            Optional<DocumentText> decision = in.documents().stream().filter(d -> decisionType.equals(d.docType())).reduce((a, b) -> b);
            if (notice.isEmpty() || decision.isEmpty()) {
                return;
            }
            Set<String> cited = Citations.of(notice.get().text());
            for (String article : Citations.of(decision.get().text())) {
                if (!cited.contains(article)) {
                    found.add(new RawFinding(Places.document(decision.get(), Texts.tr("review.place.citedArticles")),
                            Texts.tr("review.check.articleNotInNotice", article, notice.get().title()), "R20"));
                }
            }
        }
    };

    /** R23/R32: the decision states the 复议 and 诉讼 route, bodies and periods. */
    static final Check REMEDY_CLAUSE = new Base("REMEDY_CLAUSE") {
        @Override
        void check(AuditInput in, List<RawFinding> found) {
            for (Decide d : in.c().all(Decide.class)) {
                if (!d.remedyClauseComplete()) {
                    found.add(new RawFinding(Places.action(d), Texts.tr("review.check.remedyClause"), "R32"));
                }
            }
        }
    };
}
