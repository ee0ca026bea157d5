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
import org.zhifa.workstation.domain.cases.action.MakeRecord;

/**
 * 现场检查笔录 / 询问笔录 (S2): two certified officers (R1), certificates shown (R2), no recused officer (R3), never
 * before 立案 (R4: a record in a lead, or one that started before the filing day, is 程序倒置).
 * Offered only once the case is filed; in a lead it is refused with R4 rather than a bare wrong-state message.
 */
final class RecordStep extends InvestigationStep<MakeRecord> {
    RecordStep() {
        super(ActionType.RECORD, CaseState.LEAD, CaseState.FILED, CaseState.INVESTIGATING);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return c.state() == CaseState.LEAD
                ? List.of(Violation.error("R4", "rule.R4.recordBeforeFiling")) : List.of();
    }

    @Override
    public List<Violation> check(CaseRecord c, MakeRecord a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.kind() == null) {
            v.add(Violation.error("PROC", "investigation.recordKindMissing"));
        }
        v.addAll(Gates.certifiedOfficers(c, a.date(), a.officers(), ctx));
        if (!a.certificatesShown()) {
            v.add(Violation.error("R2", "rule.R2.certificatesNotShown"));
        }
        if (!a.recusalRightExplained()) {
            v.add(Violation.warning("R3", "rule.R3.recusalRightNotExplained"));
        }
        v.addAll(Gates.notRecused(c, Gates.people(a.officers(), a.recorder(), a.actor()), ctx));
        LocalDate filed = Gates.filedOn(c);
        if (filed != null && a.start() != null && a.start().toLocalDate().isBefore(filed)) {
            v.add(Violation.error("R4", "rule.R4.recordStartsBeforeFiling", a.start().toLocalDate(), filed));
        }
        if (a.start() != null && a.end() != null && a.end().isBefore(a.start())) {
            v.add(Violation.error("PROC", "investigation.recordEndsBeforeStart"));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, MakeRecord a) {
        return investigating(c);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return c.state() != CaseState.LEAD;
    }
}
