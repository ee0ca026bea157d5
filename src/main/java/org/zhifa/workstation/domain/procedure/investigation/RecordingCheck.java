package org.zhifa.workstation.domain.procedure.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.RecordingMetadata;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.text.Texts;

/** R14: the 全过程记录 metadata an audio/video record must carry (domain.md §5), and finding it by its hash. */
final class RecordingCheck {
    private RecordingCheck() {
    }

    /** The labels of the metadata items that are missing; empty when complete. */
    static List<String> missing(RecordingMetadata m) {
        List<String> missing = new ArrayList<>();
        if (m == null || Gates.blank(m.recorder())) {
            missing.add(Texts.tr("investigation.recording.recorder"));
        }
        if (m == null || Gates.blank(m.certificateNumber())) {
            missing.add(Texts.tr("investigation.recording.certificateNumber"));
        }
        if (m == null || m.start() == null) {
            missing.add(Texts.tr("investigation.recording.start"));
        }
        if (m == null || m.end() == null) {
            missing.add(Texts.tr("investigation.recording.end"));
        } else if (m.start() != null && m.end().isBefore(m.start())) {
            missing.add(Texts.tr("investigation.recording.endBeforeStart"));
        }
        if (m == null || Gates.blank(m.place())) {
            missing.add(Texts.tr("investigation.recording.place"));
        }
        if (m == null || Gates.blank(m.device())) {
            missing.add(Texts.tr("investigation.recording.device"));
        }
        if (m == null || Gates.blank(m.proves())) {
            missing.add(Texts.tr("investigation.recording.proves"));
        }
        return missing;
    }

    /** The latest audio/video evidence of the case whose file hash is the one given. */
    static Optional<AddEvidence> find(CaseRecord c, String sha256) {
        return c.all(AddEvidence.class).reversed().stream()
                .filter(e -> e.kind() == EvidenceKind.AUDIO_VISUAL && e.sha256() != null && e.sha256().equalsIgnoreCase(sha256))
                .findFirst();
    }

    static String join(List<String> items) {
        return String.join(Texts.tr("investigation.recording.separator"), items);
    }
}
