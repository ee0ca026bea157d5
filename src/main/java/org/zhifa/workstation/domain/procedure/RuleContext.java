package org.zhifa.workstation.domain.procedure;

import java.util.Map;
import java.util.Optional;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Officer;

/** What the gates need besides the case: the calendar, the settings, the officers and the catalog. */
public record RuleContext(
        LegalCalendar calendar,
        ProcedureSettings settings,
        Map<String, Officer> officers,
        Map<String, CatalogMatter> catalog) {

    public RuleContext {
        officers = Map.copyOf(officers);
        catalog = Map.copyOf(catalog);
    }

    public Optional<Officer> officer(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(officers.get(code));
    }
}
