package org.zhifa.workstation.domain.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.party.Party;


/** A whole case as stored: the aggregate the case service loads and saves. */
public record CaseRecord(
        String caseNo,
        Authority authority,
        CatalogMatter matter,
        Party party,
        ProcedureKind procedure,
        CaseState state,
        CaseSource source,
        String cause,
        String facts,
        LocalDate actDate,
        String actPlace,
        LocalDate discoveredOn,
        LocalDate filedOn,
        LocalDate decidedOn,
        LocalDate closedOn,
        BigDecimal fineAmount,
        BigDecimal confiscatedAmount,
        int revision,
        List<CaseOfficer> officers,
        List<CaseAction> actions) {

    public CaseRecord {
        officers = List.copyOf(officers);
        actions = List.copyOf(actions);
    }

    /** The history for people: one line per action. */
    public List<CaseEvent> events() {
        return actions.stream().map(CaseEvent::of).toList();
    }

    /** The evidence gathered so far (from the EVIDENCE_ADDED actions). */
    public List<Evidence> evidence() {
        return all(AddEvidence.class).stream().map(Evidence::of).toList();
    }

    /** The actions of one type, in the order they happened. */
    public <T extends CaseAction> List<T> all(Class<T> type) {
        return actions.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The latest action of one type. */
    public <T extends CaseAction> Optional<T> last(Class<T> type) {
        List<T> found = all(type);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getLast());
    }

    /** Whether an action of the type was taken. */
    public boolean has(Class<? extends CaseAction> type) {
        return actions.stream().anyMatch(type::isInstance);
    }

    /** The same case with the dates and amounts that its actions determine. */
    public CaseRecord withDerived(LocalDate newFiledOn, LocalDate newDecidedOn, LocalDate newClosedOn,
                                  BigDecimal newFine, BigDecimal newConfiscated) {
        return new CaseRecord(caseNo, authority, matter, party, procedure, state, source, cause, facts, actDate,
                actPlace, discoveredOn, newFiledOn, newDecidedOn, newClosedOn, newFine, newConfiscated, revision,
                officers, actions);
    }

    /** The same case with one more action and the state it leads to. */
    public CaseRecord with(CaseAction action, CaseState newState) {
        List<CaseAction> more = new ArrayList<>(actions);
        more.add(action);
        return new CaseRecord(caseNo, authority, matter, party, procedure, newState, source, cause, facts, actDate,
                actPlace, discoveredOn, filedOn, decidedOn, closedOn, fineAmount, confiscatedAmount, revision,
                officers, more);
    }
}
