package org.zhifa.workstation.ui;

import java.nio.file.Path;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.ReferenceDataService;

/** The services the GUI uses, handed over by the composition root. */
public record UiServices(CaseService cases, ReferenceDataService referenceData, Path dataDirectory) {
}
