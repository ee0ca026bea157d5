package org.zhifa.workstation.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.cases.EvidenceFiles;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.OfficerDuty;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.procedure.NextStep;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.user.Role;

/**
 * What a step's form needs to know: the case, the step as the engine offers it today (with what blocks it), the
 * officers, who is logged in, today and the settings.
 */
public record FormContext(CaseRecord record, NextStep step, List<Officer> officers, Session session,
                          java.time.LocalDate today, ProcedureSettings settings, EvidenceFiles evidenceFiles) {

    /** The logged-in officer's code: the actor of the action. */
    public String actor() {
        return session.user().officerCode();
    }

    /** The officers of the team who can act in a case (not the county reviewers). */
    public List<Officer> team() {
        return officers.stream().filter(o -> o.role() != OfficerRole.REVIEWER).toList();
    }

    /** The 负责人 who may approve. */
    public List<Officer> leads() {
        return officers.stream().filter(o -> o.role() == OfficerRole.LEAD).toList();
    }

    public List<Officer> reviewers() {
        return officers.stream().filter(o -> o.role() == OfficerRole.REVIEWER).toList();
    }

    /** The approver a form proposes: the logged-in officer when a 负责人, else the first 负责人. */
    public String defaultLead() {
        String me = actor();
        if (me != null && leads().stream().anyMatch(o -> o.code().equals(me))) {
            return me;
        }
        return leads().isEmpty() ? null : leads().getFirst().code();
    }

    /** The case's handlers (主办 first), as officer codes. */
    public List<String> handlers() {
        List<String> codes = new ArrayList<>();
        for (OfficerDuty duty : List.of(OfficerDuty.LEAD_HANDLER, OfficerDuty.CO_HANDLER)) {
            for (CaseOfficer co : record.officers()) {
                if (co.duty() == duty && !codes.contains(co.officer().code())) {
                    codes.add(co.officer().code());
                }
            }
        }
        return codes;
    }

    public boolean isReviewer() {
        return session.hasRole(Role.REVIEWER);
    }

    public Optional<Officer> officer(String code) {
        return officers.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** The party's name, or null. */
    public String partyName() {
        return record.party() == null ? null : record.party().name();
    }
}
