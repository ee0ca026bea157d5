package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;

/**
 * The date the party is deemed to have received the decision: the day from which payment (Art 67) and remedy
 * periods run. An on-site decision is handed over on the spot; a 公告 service takes effect
 * settings.publicationServiceDays days after the publication date (民诉法 Art 95, R29); otherwise the date of the
 * service recorded.
 */
public final class ServiceDates {
    private ServiceDates() {
    }

    public static Optional<LocalDate> effectiveServiceDate(CaseRecord c, RuleContext ctx) {
        return effectiveServiceDate(c, ctx.settings());
    }

    public static Optional<LocalDate> effectiveServiceDate(CaseRecord c, ProcedureSettings settings) {
        var onSite = ExecutionFacts.onSiteDecision(c);
        if (onSite.isPresent()) {
            return Optional.of(onSite.get().date());
        }
        return ExecutionFacts.service(c).map(s -> s.method() == ServiceMethod.PUBLICATION
                ? s.date().plusDays(settings.publicationServiceDays())
                : s.date());
    }
}
