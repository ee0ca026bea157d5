package org.zhifa.workstation.exchange.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.calendar.HolidayCalendar;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseDocument;
import org.zhifa.workstation.domain.cases.CaseDocument.CaseOfficerDocument;
import org.zhifa.workstation.domain.cases.CaseDocument.PartyDocument;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.party.CreditCode;
import org.zhifa.workstation.domain.party.IdNumber;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.party.ValidationResult;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.ProblemCode;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.Tx;

/**
 * The procedure engine for the exchange: the rule context from this installation's store (or with a bundle's
 * officers and catalog matter in place of its own), the case as a lead, and a replay that keeps going for display
 * after a refused action. The gates are the engine's own, the same as in the GUI and {@code case import}.
 */
public final class CaseReplay {
    private final ProcedureEngine engine = ProcedureEngine.standard();

    public ProcedureEngine engine() {
        return engine;
    }

    /** The context of this installation: its calendar, settings, officers and catalog (as the case service builds it). */
    public static RuleContext context(Stores stores, Tx tx, ProcedureSettings settings) {
        return context(stores, tx, settings, stores.reference().officers(tx), stores.catalog().all(tx));
    }

    /** This installation's calendar and settings with the given officers and catalog (a bundle's reference data). */
    public static RuleContext context(Stores stores, Tx tx, ProcedureSettings settings, Collection<Officer> officers,
                                      Collection<CatalogMatter> catalog) {
        HolidayCalendar holidays = HolidayCalendar.of(stores.holidays().entries(tx), stores.holidays().years(tx).keySet());
        return new RuleContext(new LegalCalendar(holidays), settings,
                officers.stream().collect(Collectors.toMap(Officer::code, Function.identity(), (a, b) -> a)),
                catalog.stream().collect(Collectors.toMap(CatalogMatter::code, Function.identity(), (a, b) -> a)));
    }

    /** The case JSON form of a stored case (docs/case-json.md), as {@code case export} writes it. */
    public static CaseDocument toDocument(CaseRecord c) {
        Party p = c.party();
        PartyDocument party = p == null ? null : new PartyDocument(p.kind(), p.name(), p.idNumber(), p.creditCode(),
                p.gender(), p.birthDate(), p.legalRepresentative(), p.phone(), p.address(), p.serviceAddress());
        List<CaseOfficerDocument> officers = c.officers().stream()
                .map(o -> new CaseOfficerDocument(o.officer().code(), o.duty())).toList();
        return new CaseDocument(CaseDocument.FORMAT, c.caseNo(), c.authority().code(),
                c.matter() == null ? null : c.matter().code(), c.procedure(), c.source(), c.cause(), c.facts(),
                c.actDate(), c.actPlace(), c.discoveredOn(), party, officers, c.actions());
    }

    /**
     * The case before any action, resolved against the given reference data; refused (INVALID_CONTENT) when a code
     * does not resolve or the party's identity number fails its check, with the messages of {@code case import}.
     */
    public static CaseRecord lead(CaseDocument d, Authority authority, Map<String, CatalogMatter> catalog,
                                  Map<String, Officer> officers) {
        require(CaseDocument.FORMAT.equals(d.format()), "import.error.format", d.format());
        require(d.caseNo() != null && !d.caseNo().isBlank(), "import.error.missing", "caseNo");
        require(d.procedure() != null, "import.error.missing", "procedure");
        require(d.source() != null, "import.error.missing", "source");
        require(d.cause() != null && !d.cause().isBlank(), "import.error.missing", "cause");
        require(d.discoveredOn() != null, "import.error.missing", "discoveredOn");
        require(d.party() != null, "import.error.missing", "party");
        require(authority != null && authority.code().equals(d.authority()), "import.error.unknownAuthority", d.authority());
        CatalogMatter matter = d.matter() == null ? null : catalog.get(d.matter());
        require(d.matter() == null || matter != null, "import.error.unknownMatter", d.matter());
        List<CaseOfficer> assigned = new ArrayList<>();
        for (CaseOfficerDocument o : d.officers() == null ? List.<CaseOfficerDocument>of() : d.officers()) {
            Officer officer = officers.get(o.officer());
            require(officer != null, "import.error.unknownOfficer", o.officer());
            assigned.add(new CaseOfficer(officer, o.duty()));
        }
        PartyDocument p = d.party();
        require(p.kind() != null, "import.error.missing", "party.kind");
        require(p.name() != null && !p.name().isBlank(), "import.error.missing", "party.name");
        ValidationResult<?> check = p.kind() == PartyKind.INDIVIDUAL ? IdNumber.validate(p.idNumber()) : CreditCode.validate(p.creditCode());
        require(check.isValid(), "import.error.party", p.name(), check.reason().orElse(""));
        Party party = new Party(p.kind(), p.name(), p.idNumber(), p.creditCode(), p.gender(), p.birthDate(),
                p.legalRepresentative(), p.phone(), p.address(), p.serviceAddress());
        return new CaseRecord(d.caseNo(), authority, matter, party, d.procedure(), CaseState.LEAD, d.source(),
                d.cause(), d.facts(), d.actDate(), d.actPlace(), d.discoveredOn(), null, null, null, null, null, 1,
                assigned, List.of());
    }

    /**
     * The replay of a history: every warning, and where it stopped. A refused action does not end the display: the
     * remaining actions are kept (the state stays where the refusal left it) so the reviewer sees the whole file.
     *
     * @param stoppedAt 1-based position of the refused action, 0 when every action was accepted
     */
    public record Replayed(CaseRecord record, List<Violation> warnings, List<Violation> blocking, int stoppedAt) {
        public boolean accepted() {
            return stoppedAt == 0;
        }
    }

    public Replayed replay(CaseRecord lead, List<CaseAction> actions, RuleContext ctx) {
        CaseRecord current = lead;
        List<Violation> warnings = new ArrayList<>();
        List<Violation> blocking = new ArrayList<>();
        int stoppedAt = 0;
        int index = 0;
        for (CaseAction a : actions) {
            index++;
            if (stoppedAt > 0) {
                current = current.with(a, current.state());
                continue;
            }
            Outcome o = engine.apply(current, a, ctx);
            if (!o.accepted()) {
                stoppedAt = index;
                for (Violation v : o.blocking()) {
                    blocking.add(new Violation(v.rule(), v.article(),
                            Texts.tr("procedure.atAction", index, Texts.label(a.type()), a.date(), v.message()), v.severity()));
                }
                current = current.with(a, current.state());
                continue;
            }
            for (Violation v : o.warnings()) {
                warnings.add(new Violation(v.rule(), v.article(),
                        Texts.tr("procedure.atAction", index, Texts.label(a.type()), a.date(), v.message()), v.severity()));
            }
            current = o.result();
        }
        return new Replayed(current, warnings, blocking, stoppedAt);
    }

    private static void require(boolean ok, String key, Object... args) {
        if (!ok) {
            throw new BundleRejectedException(ProblemCode.INVALID_CONTENT, Texts.tr(key, args));
        }
    }
}
