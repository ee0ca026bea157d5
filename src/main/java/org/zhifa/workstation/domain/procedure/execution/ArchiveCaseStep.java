package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.ArchiveCase;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/** 归档 (S11) of a closed, not filed, withdrawn or terminated case, under an archive number. */
final class ArchiveCaseStep implements Step<ArchiveCase> {

    @Override
    public ActionType type() {
        return ActionType.ARCHIVED;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.CLOSED, CaseState.NOT_FILED, CaseState.WITHDRAWN, CaseState.TERMINATED);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return List.of();
    }

    @Override
    public List<Violation> check(CaseRecord c, ArchiveCase a, RuleContext ctx) {
        return ExecutionFacts.blank(a.archiveNumber())
                ? List.of(Violation.error("PROC", "execution.archiveNumberMissing")) : List.of();
    }

    @Override
    public CaseState next(CaseRecord c, ArchiveCase a) {
        return CaseState.ARCHIVED;
    }
}
