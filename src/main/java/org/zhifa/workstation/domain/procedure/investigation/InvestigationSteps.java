package org.zhifa.workstation.domain.procedure.investigation;

import java.util.List;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.Step;

/** The steps and deadlines of the investigation part (登记 → 立案 → 调查取证 → 调查终结, with its branches). */
public final class InvestigationSteps {
    private InvestigationSteps() {
    }

    public static List<Step<?>> steps() {
        return List.of(new RegisterStep(), new FileCaseStep(), new DeclineFilingStep(), new TransferStep(),
                new PledgeSignedStep(), new PledgeVerifiedStep(), new RecordStep(), new RecusalAppliedStep(),
                new RecusalDecidedStep(), new EvidenceAddedStep(), new PreservationOrderedStep(),
                new PreservationDecidedStep(), new SeizureOrderedStep(), new SeizureExtendedStep(),
                new SeizureReleasedStep(), new CorrectionOrderedStep(), new InvestigationConcludedStep(),
                new WithdrawnStep(), new SuspendedStep(), new ResumedStep(), new TerminatedStep());
    }

    public static List<DeadlineRule> deadlineRules() {
        return List.of(new FilingDeadline(), new LimitationDeadline(), new PreservationDeadline(),
                new SeizureDeadline(), new CorrectionDeadline());
    }
}
