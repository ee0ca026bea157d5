package org.zhifa.workstation.cases;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zhifa.workstation.store.Tx;
import org.zhifa.workstation.domain.calendar.HolidayCalendar;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.store.Stores;

/** Builds the context the procedure gates need from the store: the holiday calendar, officers, catalog, settings. */
final class RuleContextFactory {
    private final Stores stores;
    private final Supplier<ProcedureSettings> settings;

    RuleContextFactory(Stores stores, Supplier<ProcedureSettings> settings) {
        this.stores = stores;
        this.settings = settings;
    }

    RuleContext create(Tx ctx) {
        HolidayCalendar holidays = HolidayCalendar.of(stores.holidays().entries(ctx), stores.holidays().years(ctx).keySet());
        return new RuleContext(new LegalCalendar(holidays), settings.get(),
                stores.reference().officers(ctx).stream().collect(Collectors.toMap(Officer::code, Function.identity(), (a, b) -> a)),
                stores.catalog().all(ctx).stream().collect(Collectors.toMap(CatalogMatter::code, Function.identity())));
    }
}
