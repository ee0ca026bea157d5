package org.zhifa.workstation.review.checks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.RecordingMetadata;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Evidence: the 全过程记录 elements of every audio/video record (domain.md §5; the seed 002 defect: 记录人, 记录时间,
 * 证明内容 missing), the AV record a 查封/扣押 must carry (R14), and a penalty resting on no evidence at all (veto).
 */
final class EvidenceChecks {
    private EvidenceChecks() {
    }

    /** Parameter {@code kinds}: the evidence kinds that must carry the metadata (default AUDIO_VISUAL). */
    static final Check RECORDING_METADATA = new Check() {
        @Override
        public String id() {
            return "RECORDING_METADATA";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            Set<EvidenceKind> kinds = kinds(params);
            List<RawFinding> found = new ArrayList<>();
            CaseRecord c = in.c();
            for (AddEvidence e : c.all(AddEvidence.class)) {
                if (e.kind() == null || !kinds.contains(e.kind())) {
                    continue;
                }
                List<String> missing = missing(e);
                if (!missing.isEmpty()) {
                    found.add(new RawFinding(Places.action(e), Texts.tr("review.check.recordingIncomplete",
                            e.title() == null ? "" : e.title(), String.join(Texts.tr("review.list.separator"), missing)), "R14"));
                }
            }
            for (Seize s : c.all(Seize.class)) {
                boolean attached = !Places.blank(s.recordingSha256()) && c.all(AddEvidence.class).stream()
                        .anyMatch(e -> e.kind() == EvidenceKind.AUDIO_VISUAL && s.recordingSha256().equalsIgnoreCase(e.sha256()));
                if (!attached) {
                    found.add(new RawFinding(Places.action(s), Texts.tr("review.check.seizureWithoutRecording"), "R14"));
                }
            }
            return CheckOutcome.of(found);
        }
    };

    /** The §5 elements missing from an AV record: recorder and 执法证号, start and end, place, device, 证明对象. */
    static List<String> missing(AddEvidence e) {
        RecordingMetadata m = e.recording();
        List<String> missing = new ArrayList<>();
        if (m == null || Places.blank(m.recorder())) {
            missing.add(Texts.tr("review.check.recording.recorder"));
        }
        if (m == null || Places.blank(m.certificateNumber())) {
            missing.add(Texts.tr("review.check.recording.certificate"));
        }
        if (m == null || m.start() == null || m.end() == null) {
            missing.add(Texts.tr("review.check.recording.time"));
        }
        if (m == null || Places.blank(m.place())) {
            missing.add(Texts.tr("review.check.recording.place"));
        }
        if (m == null || Places.blank(m.device())) {
            missing.add(Texts.tr("review.check.recording.device"));
        }
        if ((m == null || Places.blank(m.proves())) && Places.blank(e.proves())) {
            missing.add(Texts.tr("review.check.recording.proves"));
        }
        return missing;
    }

    private static Set<EvidenceKind> kinds(Map<String, Object> params) {
        Object v = params.get("kinds");
        Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        if (v instanceof List<?> list) {
            for (Object o : list) {
                kinds.add(EvidenceKind.valueOf(String.valueOf(o)));
            }
        }
        if (kinds.isEmpty()) {
            kinds.add(EvidenceKind.AUDIO_VISUAL);
        }
        return kinds;
    }

    /** Veto (证据不足): a general-procedure penalty with no 笔录 and no evidence in the file at all. */
    static final Check EVIDENCE_PRESENT = new Check() {
        @Override
        public String id() {
            return "EVIDENCE_PRESENT";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            CaseRecord c = in.c();
            if (c.procedure() != ProcedureKind.GENERAL || c.all(Decide.class).isEmpty()) {
                return CheckOutcome.of(List.of());
            }
            if (c.has(AddEvidence.class) || c.has(MakeRecord.class)) {
                return CheckOutcome.of(List.of());
            }
            Decide d = c.last(Decide.class).orElseThrow();
            return CheckOutcome.of(List.of(new RawFinding(Places.action(d), Texts.tr("review.check.noEvidence"), null)));
        }
    };
}
