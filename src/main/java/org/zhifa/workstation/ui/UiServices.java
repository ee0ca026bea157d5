package org.zhifa.workstation.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.EvidenceFiles;
import org.zhifa.workstation.cases.ReferenceDataService;
import org.zhifa.workstation.cases.security.UserService;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;

/**
 * The services the GUI uses, handed over by the composition root.
 *
 * @param cases         cases: list, view with next steps and deadlines, perform a step, register, 待办
 * @param referenceData authorities, officers, the catalog
 * @param users         the login check
 * @param evidenceFiles where dropped evidence files are stored (content-addressed)
 * @param settings      the procedure settings in force (hearing threshold, 陈述申辩 window …), read when needed
 * @param clock         "today" for the forms' default dates, the next steps and the deadlines
 * @param dataDirectory shown in the status bar
 */
public record UiServices(CaseService cases, ReferenceDataService referenceData, UserService users,
                         EvidenceFiles evidenceFiles, Supplier<ProcedureSettings> settings, Clock clock,
                         Path dataDirectory) {

    public UiServices {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(evidenceFiles, "evidenceFiles");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
    }
}
