package org.zhifa.workstation.ui.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseDocument.CaseOfficerDocument;
import org.zhifa.workstation.domain.cases.CaseDocument.PartyDocument;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NewCase;
import org.zhifa.workstation.domain.cases.OfficerDuty;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.party.IdNumber;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.Outcome;

/** Cases prepared through the services (not the GUI), for tests that start in the middle of the procedure. */
public final class CaseFixtures {
    public static final String MATTER = "DQWR-001";

    private CaseFixtures() {
    }

    /** A valid 身份证 number for the given first 17 digits. */
    public static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** Registers a 普通程序 lead of 露天焚烧秸秆 discovered on the day, handled by o02 and o03. */
    public static String lead(Workstation ws, LocalDate discovered, String partyName, String first17) {
        String idNumber = id(first17);
        IdNumber parsed = IdNumber.parse(idNumber, discovered);
        PartyDocument party = new PartyDocument(PartyKind.INDIVIDUAL, partyName, idNumber, null,
                parsed.gender().label(), parsed.birthDate(), null, "13800000888", "龙泉市八都镇某村1号", "龙泉市八都镇某村1号");
        NewCase header = new NewCase("BADU", MATTER, ProcedureKind.GENERAL, CaseSource.PATROL, partyName + "露天焚烧秸秆案",
                "露天焚烧秸秆约4亩", discovered.minusDays(1), "八都镇某村农田", discovered, party,
                List.of(new CaseOfficerDocument("O02", OfficerDuty.LEAD_HANDLER),
                        new CaseOfficerDocument("O03", OfficerDuty.CO_HANDLER)));
        return ws.cases().register(header, "O02").caseNo();
    }

    /** A case whose 告知书 was served on 2026-03-09 with a proposed fine of ¥1,000 (filed 03-03). */
    public static String noticed(Workstation ws) {
        String caseNo = lead(ws, LocalDate.of(2026, 3, 2), "赵平安", "33118119800303123");
        PenaltyTerms fine = new PenaltyTerms(EnumSet.of(PenaltyType.FINE), new BigDecimal("1000"), null, null, null);
        perform(ws, caseNo, new FileCase(LocalDate.of(2026, 3, 3), "O02", "O01", List.of("O02", "O03"), null));
        perform(ws, caseNo, new MakeRecord(LocalDate.of(2026, 3, 4), "O02", RecordKind.INQUIRY, List.of("O02", "O03"), "O03",
                LocalDateTime.of(2026, 3, 4, 9, 0), LocalDateTime.of(2026, 3, 4, 9, 40), "八都镇综合行政执法队", true, true,
                "赵平安", "当事人承认焚烧秸秆"));
        perform(ws, caseNo, new ConcludeInvestigation(LocalDate.of(2026, 3, 6), "O02", InvestigationOutcome.PENALTY, null,
                fine, Set.of(), null, false, false, false, null));
        perform(ws, caseNo, new ServeNotice(LocalDate.of(2026, 3, 9), "O02", fine, false, ServiceMethod.PERSONAL));
        return caseNo;
    }

    private static void perform(Workstation ws, String caseNo, CaseAction action) {
        Outcome o = ws.cases().perform(caseNo, action, "O02");
        if (!o.accepted()) {
            throw new AssertionError("fixture step " + action.type() + " refused: " + o.blocking());
        }
    }
}
