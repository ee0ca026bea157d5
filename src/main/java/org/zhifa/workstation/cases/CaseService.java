package org.zhifa.workstation.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.zhifa.workstation.cases.security.Permissions;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.cases.CaseDocument;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.cases.NewCase;
import org.zhifa.workstation.domain.cases.action.Register;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.NextStep;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.TodoItem;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.json.CaseJsonCodec;
import org.zhifa.workstation.store.json.CaseJsonException;

/**
 * Reads and changes cases. A change is a procedural action: the case is loaded, the action goes through the
 * procedure engine's gates, and the case, the action and its audit entry are stored in one transaction.
 */
public final class CaseService {
    private final Stores stores;
    private final ProcedureEngine engine;
    private final RuleContextFactory contexts;
    private final CaseJsonCodec codec = new CaseJsonCodec();
    private final CaseImporter importer;
    private volatile ActionGuard guard = (caseNo, action) -> Optional.empty();

    /** Refuses a step that another part forbids for now (the exchange's review lock); empty: allowed. */
    @FunctionalInterface
    public interface ActionGuard {
        Optional<Violation> refuse(String caseNo, CaseAction action);
    }

    /** Installs the guard every step passes before the procedure gates. */
    public void guardActions(ActionGuard newGuard) {
        this.guard = java.util.Objects.requireNonNull(newGuard, "guard");
    }

    public CaseService(Stores stores, Supplier<ProcedureSettings> settings) {
        this.stores = stores;
        this.engine = ProcedureEngine.standard();
        this.contexts = new RuleContextFactory(stores, settings);
        this.importer = new CaseImporter(stores, engine, contexts);
    }

    public CaseService(Stores stores) {
        this(stores, ProcedureSettings::defaults);
    }

    public List<CaseSummary> list(CaseQuery query) {
        return stores.database().read(tx -> stores.cases().list(tx, query));
    }

    public int count(CaseQuery query) {
        return stores.database().read(tx -> stores.cases().count(tx, query));
    }

    public Optional<CaseRecord> find(String caseNo) {
        return stores.database().read(tx -> stores.cases().find(tx, caseNo));
    }

    /**
     * {@code case show --json}: the case JSON plus its state, revision, derived dates, the allowed next steps, the
     * blocking violations and every computed deadline as ISO dates, as of the given day.
     */
    public Optional<String> showJson(String caseNo, LocalDate asOf) {
        return view(caseNo, asOf).map(v -> CaseShowJson.render(codec, CaseDocuments.toDocument(v.record()), v, asOf));
    }

    /** A case with what it may do next on the day and every deadline it has started. */
    public record CaseView(CaseRecord record, List<NextStep> nextSteps, List<DeadlineItem> deadlines) { }

    public Optional<CaseView> view(String caseNo, LocalDate asOf) {
        return stores.database().read(tx -> stores.cases().find(tx, caseNo).map(c -> {
            RuleContext ctx = contexts.create(tx);
            return new CaseView(c, engine.nextSteps(c, asOf, ctx), engine.deadlines(c, ctx));
        }));
    }

    /**
     * 待办: every open deadline of every case that is not finished, overdue first, then by due date.
     */
    public List<TodoItem> todo(LocalDate asOf) {
        return stores.database().read(tx -> {
            RuleContext ctx = contexts.create(tx);
            List<TodoItem> items = new ArrayList<>();
            for (CaseSummary s : stores.cases().list(tx, CaseQuery.all())) {
                if (s.state().isFinished()) {
                    continue;
                }
                CaseRecord c = stores.cases().find(tx, s.caseNo()).orElseThrow();
                for (DeadlineItem d : engine.deadlines(c, ctx)) {
                    if (d.runningOn(asOf)) {
                        items.add(new TodoItem(c.caseNo(), c.cause(), c.party() == null ? null : c.party().name(), c.state(), d));
                    }
                }
            }
            items.sort(java.util.Comparator.comparing((TodoItem t) -> !t.overdue(asOf))
                    .thenComparing(t -> t.deadline().deadline().date()));
            return items;
        });
    }

    /**
     * Takes one step as the logged-in user: the role is checked here, not only in the screens (a county reviewer
     * writes 法制审核意见, officers and 负责人 take the other steps, an administrator none), and the step must be
     * recorded under the user's own officer code.
     */
    public Outcome perform(Session session, String caseNo, CaseAction action) {
        if (action.type() == ActionType.REVIEW_OPINION) {
            Permissions.require(session, Role.REVIEWER);
        } else {
            Permissions.require(session, Role.OFFICER, Role.LEAD);
        }
        String officer = session.user().officerCode();
        if (officer == null || !officer.equals(action.actor())) {
            throw new CaseRejectedException(List.of(Texts.tr("case.error.actorMismatch",
                    action.actor() == null ? "-" : action.actor(), officer == null ? "-" : officer)));
        }
        return perform(caseNo, action, session.user().username());
    }

    /**
     * Takes one step in a case. Accepted: stored with its audit entry; the outcome carries any warnings.
     * Refused: nothing is stored and the outcome names the rules.
     */
    public Outcome perform(String caseNo, CaseAction action, String actor) {
        return stores.database().transaction(tx -> {
            CaseRecord current = stores.cases().find(tx, caseNo)
                    .orElseThrow(() -> new CaseRejectedException(List.of(Texts.tr("cli.case.notFound", caseNo))));
            Optional<Violation> refused = guard.refuse(caseNo, action);
            if (refused.isPresent()) {
                return new Outcome(current, List.of(refused.get()));
            }
            Outcome outcome = engine.apply(current, action, contexts.create(tx));
            if (outcome.accepted()) {
                stores.cases().appendAction(tx, outcome.result(), action);
                stores.auditLog().append(tx, actor, action.type().name(), "case", caseNo, codec.writeAction(action));
            }
            return outcome;
        });
    }

    /** The case in the documented JSON form (docs/case-json.md). */
    public Optional<String> exportJson(String caseNo) {
        return find(caseNo).map(c -> codec.write(CaseDocuments.toDocument(c)));
    }

    /** What an import did. */
    public enum ImportStatus { IMPORTED, UNCHANGED }

    public record ImportResult(ImportStatus status, CaseRecord record, List<Violation> warnings) { }

    /**
     * Imports a case JSON: every action is replayed through the same gates as in the GUI; a rejected file changes
     * nothing. Importing the same case again changes nothing; a different case under an existing number is refused.
     */
    public ImportResult importJson(String json, String actor) {
        CaseDocument document;
        try {
            document = codec.read(json);
        } catch (CaseJsonException e) {
            throw new CaseRejectedException(List.of(e.getMessage()));
        }
        return stores.database().transaction(tx -> importer.importDocument(tx, document, actor));
    }

    /**
     * Registers a new lead (线索登记): gives it the next case number of its authority and year and records the
     * REGISTER action by the actor (an officer code). Refused with the reasons when the header is not valid.
     */
    public CaseRecord register(NewCase header, String actor) {
        return stores.database().transaction(tx -> {
            int year = header.discoveredOn() == null ? LocalDate.now().getYear() : header.discoveredOn().getYear();
            String caseNo = stores.cases().nextCaseNumber(tx, header.authority(), year);
            CaseDocument document = new CaseDocument(CaseDocument.FORMAT, caseNo, header.authority(), header.matter(),
                    header.procedure(), header.source(), header.cause(), header.facts(), header.actDate(),
                    header.actPlace(), header.discoveredOn(), header.party(), header.officers(),
                    List.of(new Register(header.discoveredOn(), actor)));
            return importer.importDocument(tx, document, actor).record();
        });
    }

    /** The importer, for callers that import inside a transaction of their own (the demo loader). */
    public CaseImporter importer() {
        return importer;
    }

    /** Replays a history without storing anything: for the demo loader and for checks. */
    public Outcome replay(CaseRecord lead, List<CaseAction> actions) {
        return stores.database().read(tx -> engine.replay(lead, actions, contexts.create(tx)));
    }

    /** For callers that build several views at once. */
    List<NextStep> nextSteps(CaseRecord c, LocalDate asOf) {
        return stores.database().read(tx -> engine.nextSteps(c, asOf, contexts.create(tx)));
    }

    static List<String> describe(List<Violation> violations) {
        List<String> lines = new ArrayList<>();
        violations.forEach(v -> lines.add(v.describe()));
        return lines;
    }
}
