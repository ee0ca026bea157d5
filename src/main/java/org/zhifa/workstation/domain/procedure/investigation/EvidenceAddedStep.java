package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.action.AddEvidence;

/**
 * 收集证据: allowed while checking a lead (核查) and until the hearing (evidence added after a hearing is flagged
 * by the decision part, R45). Audio/video without its §5 metadata is saved with a warning naming what is missing
 * (R14); a recused officer may not gather evidence (R3).
 */
final class EvidenceAddedStep extends InvestigationStep<AddEvidence> {
    EvidenceAddedStep() {
        super(ActionType.EVIDENCE_ADDED, CaseState.LEAD, CaseState.FILED, CaseState.INVESTIGATING,
                CaseState.UNDER_REVIEW, CaseState.NOTICED, CaseState.HEARING);
    }

    @Override
    public List<Violation> check(CaseRecord c, AddEvidence a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.kind() == null) {
            v.add(Violation.error("PROC", "investigation.evidenceKindMissing"));
        }
        if (a.kind() == EvidenceKind.AUDIO_VISUAL) {
            List<String> missing = RecordingCheck.missing(a.recording());
            if (!missing.isEmpty()) {
                v.add(Violation.warning("R14", "rule.R14.metadataIncomplete", a.title() == null ? "" : a.title(),
                        RecordingCheck.join(missing)));
            }
        }
        String recorder = a.recording() == null ? null : a.recording().recorder();
        v.addAll(Gates.notRecused(c, Gates.people(List.of(), a.actor(), recorder), ctx));
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, AddEvidence a) {
        return investigating(c);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return c.state() == CaseState.LEAD || c.state() == CaseState.FILED || c.state() == CaseState.INVESTIGATING;
    }
}
