package org.zhifa.workstation.review.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.PledgeVerified;
import org.zhifa.workstation.domain.cases.action.PreserveEvidence;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The officers on every investigative act (R1, Art 42): at least two holding a certificate valid that day
 * (auxiliaries do not count; one where the matter is exempt), and no one acting whose certificate was not valid;
 * and the elements every 笔录 records (R2: certificates shown; recorder; times; the person questioned).
 */
final class OfficerChecks {
    private OfficerChecks() {
    }

    /** An act and the officers it names: 立案 (承办人), 笔录, 先行登记保存, 查封扣押, 告知承诺复查, 当场处罚. */
    private record Act(CaseAction action, List<String> officers) {
    }

    private static List<Act> acts(AuditInput in) {
        List<Act> acts = new ArrayList<>();
        for (CaseAction a : in.c().actions()) {
            List<String> officers = switch (a) {
                case FileCase f -> f.handlers();
                case MakeRecord r -> r.officers();
                case PreserveEvidence p -> p.officers();
                case Seize s -> s.officers();
                case PledgeVerified p -> p.officers();
                case DecideOnSite d -> d.officers();
                default -> null;
            };
            if (officers != null) {
                acts.add(new Act(a, officers));
            }
        }
        return acts;
    }

    static final Check COUNT = new Check() {
        @Override
        public String id() {
            return "OFFICER_COUNT";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            boolean exempt = in.c().matter() != null && in.c().matter().twoOfficerExempt();
            int required = exempt ? 1 : 2;
            List<RawFinding> found = new ArrayList<>();
            for (Act act : acts(in)) {
                int counted = 0;
                for (String code : distinct(act.officers())) {
                    Optional<Officer> o = in.ctx().officer(code);
                    if (o.isPresent() && o.get().countsAsCertifiedOn(act.action().date())) {
                        counted++;
                    }
                }
                if (counted < required) {
                    found.add(new RawFinding(Places.action(act.action()),
                            Texts.tr("review.check.officerCount", required, counted), "R1"));
                }
            }
            return CheckOutcome.of(found);
        }
    };

    static final Check CERTIFICATE = new Check() {
        @Override
        public String id() {
            return "OFFICER_CERTIFICATE";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            List<RawFinding> found = new ArrayList<>();
            for (Act act : acts(in)) {
                LocalDate on = act.action().date();
                for (String code : distinct(act.officers())) {
                    Optional<Officer> o = in.ctx().officer(code);
                    if (o.isEmpty()) {
                        found.add(new RawFinding(Places.action(act.action()),
                                Texts.tr("review.check.officerUnknown", code), "R1"));
                    } else if (o.get().role() != OfficerRole.AUXILIARY && !o.get().countsAsCertifiedOn(on)) {
                        Officer officer = o.get();
                        String state = officer.certificate() == null ? Texts.tr("review.check.noCertificate")
                                : Texts.tr("review.check.certificateState", officer.certificate().number(),
                                        Texts.label(officer.certificate().status()), officer.certificate().validFrom(),
                                        officer.certificate().validTo());
                        found.add(new RawFinding(Places.action(act.action()),
                                Texts.tr("review.check.officerUncertified", officer.name(), on, state), "R1"));
                    }
                }
            }
            return CheckOutcome.of(found);
        }
    };

    /** The 笔录 elements: certificates shown (R2), a recorder, start and end times on the record's day, a subject. */
    static final Check RECORD_ELEMENTS = new Check() {
        @Override
        public String id() {
            return "RECORD_ELEMENTS";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            List<RawFinding> found = new ArrayList<>();
            for (MakeRecord r : in.c().all(MakeRecord.class)) {
                List<String> missing = new ArrayList<>();
                if (!r.certificatesShown()) {
                    missing.add(Texts.tr("review.check.record.certificatesShown"));
                }
                if (Places.blank(r.recorder())) {
                    missing.add(Texts.tr("review.check.record.recorder"));
                }
                if (r.start() == null || r.end() == null) {
                    missing.add(Texts.tr("review.check.record.times"));
                }
                if (Places.blank(r.place())) {
                    missing.add(Texts.tr("review.check.record.place"));
                }
                if (r.kind() == RecordKind.INQUIRY && Places.blank(r.subjectName())) {
                    missing.add(Texts.tr("review.check.record.subject"));
                }
                if (!missing.isEmpty()) {
                    found.add(new RawFinding(Places.action(r), Texts.tr("review.check.recordIncomplete",
                            String.join(Texts.tr("review.list.separator"), missing)), "R2"));
                }
            }
            return CheckOutcome.of(found);
        }
    };

    private static Set<String> distinct(List<String> codes) {
        Set<String> s = new LinkedHashSet<>();
        if (codes != null) {
            for (String c : codes) {
                if (!Places.blank(c)) {
                    s.add(c);
                }
            }
        }
        return s;
    }
}
