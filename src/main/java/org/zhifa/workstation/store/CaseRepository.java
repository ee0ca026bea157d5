package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.CASE_EVENT;
import static org.zhifa.workstation.store.jooq.Tables.CASE_FILE;
import static org.zhifa.workstation.store.jooq.Tables.CASE_OFFICER;
import static org.zhifa.workstation.store.jooq.Tables.CATALOG_MATTER;
import static org.zhifa.workstation.store.jooq.Tables.EVIDENCE;
import static org.zhifa.workstation.store.jooq.Tables.OFFICER;
import static org.zhifa.workstation.store.jooq.Tables.PARTY;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.zhifa.workstation.domain.cases.CaseEvent;
import org.zhifa.workstation.domain.cases.CaseEventKind;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.cases.Evidence;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.OfficerDuty;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.store.jooq.tables.records.CaseFileRecord;
import org.zhifa.workstation.store.jooq.tables.records.PartyRecord;

/** Cases with their party, officers, history and evidence. */
public final class CaseRepository {
    private final ReferenceRepository reference;
    private final CatalogRepository catalog;

    public CaseRepository(ReferenceRepository reference, CatalogRepository catalog) {
        this.reference = reference;
        this.catalog = catalog;
    }

    public boolean exists(DSLContext ctx, String caseNo) {
        return ctx.fetchExists(CASE_FILE, CASE_FILE.CASE_NO.eq(caseNo));
    }

    /** Inserts a new case and everything it holds. */
    public void insert(DSLContext ctx, CaseRecord c) {
        long partyId = insertParty(ctx, c.party());
        LocalDateTime now = LocalDateTime.now();
        long caseId = ctx.insertInto(CASE_FILE)
                .set(CASE_FILE.CASE_NO, c.caseNo())
                .set(CASE_FILE.AUTHORITY_ID, reference.authorityId(ctx, c.authority().code()))
                .set(CASE_FILE.MATTER_ID, c.matter() == null ? null : catalog.matterId(ctx, c.matter().code()))
                .set(CASE_FILE.PARTY_ID, partyId)
                .set(CASE_FILE.PROCEDURE_KIND, c.procedure().name())
                .set(CASE_FILE.STATE, c.state().name())
                .set(CASE_FILE.SOURCE, c.source().name())
                .set(CASE_FILE.CAUSE, c.cause())
                .set(CASE_FILE.FACTS, c.facts())
                .set(CASE_FILE.ACT_DATE, c.actDate())
                .set(CASE_FILE.ACT_PLACE, c.actPlace())
                .set(CASE_FILE.DISCOVERED_ON, c.discoveredOn())
                .set(CASE_FILE.FILED_ON, c.filedOn())
                .set(CASE_FILE.DECIDED_ON, c.decidedOn())
                .set(CASE_FILE.CLOSED_ON, c.closedOn())
                .set(CASE_FILE.FINE_AMOUNT, c.fineAmount())
                .set(CASE_FILE.CONFISCATED_AMOUNT, c.confiscatedAmount())
                .set(CASE_FILE.REVISION, c.revision())
                .set(CASE_FILE.CREATED_AT, now)
                .set(CASE_FILE.UPDATED_AT, now)
                .returning(CASE_FILE.ID).fetchOne().getId();
        for (CaseOfficer o : c.officers()) {
            ctx.insertInto(CASE_OFFICER)
                    .set(CASE_OFFICER.CASE_ID, caseId)
                    .set(CASE_OFFICER.OFFICER_ID, reference.officerId(ctx, o.officer().code()))
                    .set(CASE_OFFICER.DUTY, o.duty().name())
                    .execute();
        }
        for (CaseEvent e : c.events()) {
            ctx.insertInto(CASE_EVENT)
                    .set(CASE_EVENT.CASE_ID, caseId)
                    .set(CASE_EVENT.KIND, e.kind().name())
                    .set(CASE_EVENT.OCCURRED_ON, e.date())
                    .set(CASE_EVENT.OFFICER_ID, e.officerCode() == null ? null : reference.officerId(ctx, e.officerCode()))
                    .set(CASE_EVENT.SUMMARY, e.summary())
                    .set(CASE_EVENT.CREATED_AT, now)
                    .execute();
        }
        for (Evidence ev : c.evidence()) {
            ctx.insertInto(EVIDENCE)
                    .set(EVIDENCE.CASE_ID, caseId)
                    .set(EVIDENCE.KIND, ev.kind().name())
                    .set(EVIDENCE.TITLE, ev.title())
                    .set(EVIDENCE.COLLECTED_ON, ev.collectedOn())
                    .set(EVIDENCE.COLLECTED_BY, ev.collectedBy() == null ? null : reference.officerId(ctx, ev.collectedBy()))
                    .set(EVIDENCE.PROVES, ev.proves())
                    .set(EVIDENCE.FILE_NAME, ev.fileName())
                    .set(EVIDENCE.SHA256, ev.sha256())
                    .execute();
        }
    }

    private long insertParty(DSLContext ctx, Party p) {
        return ctx.insertInto(PARTY)
                .set(PARTY.KIND, p.kind().name())
                .set(PARTY.NAME, p.name())
                .set(PARTY.ID_NUMBER, p.idNumber())
                .set(PARTY.CREDIT_CODE, p.creditCode())
                .set(PARTY.GENDER, p.gender())
                .set(PARTY.BIRTH_DATE, p.birthDate())
                .set(PARTY.LEGAL_REPRESENTATIVE, p.legalRepresentative())
                .set(PARTY.PHONE, p.phone())
                .set(PARTY.ADDRESS, p.address())
                .set(PARTY.SERVICE_ADDRESS, p.serviceAddress())
                .returning(PARTY.ID).fetchOne().getId();
    }

    public List<CaseSummary> list(DSLContext ctx, CaseQuery q) {
        return ctx.select(CASE_FILE.CASE_NO, CASE_FILE.CAUSE, CASE_FILE.STATE, CASE_FILE.PROCEDURE_KIND,
                        PARTY.NAME, PARTY.KIND, CATALOG_MATTER.CODE, CATALOG_MATTER.NAME, CATALOG_MATTER.AREA,
                        CASE_FILE.DISCOVERED_ON, CASE_FILE.FILED_ON, CASE_FILE.DECIDED_ON, CASE_FILE.CLOSED_ON,
                        CASE_FILE.FINE_AMOUNT)
                .from(CASE_FILE)
                .leftJoin(PARTY).on(CASE_FILE.PARTY_ID.eq(PARTY.ID))
                .leftJoin(CATALOG_MATTER).on(CASE_FILE.MATTER_ID.eq(CATALOG_MATTER.ID))
                .where(condition(q))
                .orderBy(sortFields(q))
                .limit(q.limit()).offset(q.offset())
                .fetch(r -> new CaseSummary(r.get(CASE_FILE.CASE_NO), r.get(CASE_FILE.CAUSE),
                        CaseState.valueOf(r.get(CASE_FILE.STATE)), ProcedureKind.valueOf(r.get(CASE_FILE.PROCEDURE_KIND)),
                        r.get(PARTY.NAME), r.get(PARTY.KIND) == null ? null : PartyKind.valueOf(r.get(PARTY.KIND)),
                        r.get(CATALOG_MATTER.CODE), r.get(CATALOG_MATTER.NAME), r.get(CATALOG_MATTER.AREA),
                        r.get(CASE_FILE.DISCOVERED_ON), r.get(CASE_FILE.FILED_ON), r.get(CASE_FILE.DECIDED_ON),
                        r.get(CASE_FILE.CLOSED_ON), r.get(CASE_FILE.FINE_AMOUNT)));
    }

    public int count(DSLContext ctx, CaseQuery q) {
        return ctx.selectCount()
                .from(CASE_FILE)
                .leftJoin(PARTY).on(CASE_FILE.PARTY_ID.eq(PARTY.ID))
                .leftJoin(CATALOG_MATTER).on(CASE_FILE.MATTER_ID.eq(CATALOG_MATTER.ID))
                .where(condition(q))
                .fetchOne(0, int.class);
    }

    private static Condition condition(CaseQuery q) {
        Condition c = DSL.trueCondition();
        if (!q.keyword().isEmpty()) {
            String k = q.keyword();
            c = c.and(CASE_FILE.CASE_NO.containsIgnoreCase(k)
                    .or(CASE_FILE.CAUSE.containsIgnoreCase(k))
                    .or(PARTY.NAME.containsIgnoreCase(k))
                    .or(CATALOG_MATTER.NAME.containsIgnoreCase(k))
                    .or(CATALOG_MATTER.AREA.containsIgnoreCase(k)));
        }
        if (!q.states().isEmpty()) {
            c = c.and(CASE_FILE.STATE.in(q.states().stream().map(Enum::name).toList()));
        }
        return c;
    }

    private static List<SortField<?>> sortFields(CaseQuery q) {
        org.jooq.Field<?> field = switch (q.sort()) {
            case CASE_NO -> CASE_FILE.CASE_NO;
            case DISCOVERED_ON -> CASE_FILE.DISCOVERED_ON;
            case FILED_ON -> CASE_FILE.FILED_ON;
            case STATE -> CASE_FILE.STATE;
            case PARTY_NAME -> PARTY.NAME;
        };
        List<SortField<?>> fields = new ArrayList<>();
        fields.add(q.descending() ? field.desc().nullsLast() : field.asc().nullsLast());
        fields.add(q.descending() ? CASE_FILE.CASE_NO.desc() : CASE_FILE.CASE_NO.asc());
        return fields;
    }

    public Optional<CaseRecord> find(DSLContext ctx, String caseNo) {
        CaseFileRecord c = ctx.selectFrom(CASE_FILE).where(CASE_FILE.CASE_NO.eq(caseNo)).fetchOne();
        if (c == null) {
            return Optional.empty();
        }
        PartyRecord p = c.getPartyId() == null ? null : ctx.selectFrom(PARTY).where(PARTY.ID.eq(c.getPartyId())).fetchOne();
        List<CaseOfficer> officers = ctx.select(CASE_OFFICER.OFFICER_ID, CASE_OFFICER.DUTY).from(CASE_OFFICER)
                .where(CASE_OFFICER.CASE_ID.eq(c.getId())).orderBy(CASE_OFFICER.OFFICER_ID)
                .fetch(r -> new CaseOfficer(reference.officerById(ctx, r.get(CASE_OFFICER.OFFICER_ID)).orElseThrow(),
                        OfficerDuty.valueOf(r.get(CASE_OFFICER.DUTY))))
                .stream().sorted(java.util.Comparator.comparing(CaseOfficer::duty)).toList();
        List<CaseEvent> events = ctx.select(CASE_EVENT.KIND, CASE_EVENT.OCCURRED_ON, OFFICER.CODE, CASE_EVENT.SUMMARY)
                .from(CASE_EVENT).leftJoin(OFFICER).on(CASE_EVENT.OFFICER_ID.eq(OFFICER.ID))
                .where(CASE_EVENT.CASE_ID.eq(c.getId())).orderBy(CASE_EVENT.OCCURRED_ON, CASE_EVENT.ID)
                .fetch(r -> new CaseEvent(CaseEventKind.valueOf(r.get(CASE_EVENT.KIND)), r.get(CASE_EVENT.OCCURRED_ON),
                        r.get(OFFICER.CODE), r.get(CASE_EVENT.SUMMARY)));
        List<Evidence> evidence = ctx.select(EVIDENCE.fields()).select(OFFICER.CODE)
                .from(EVIDENCE).leftJoin(OFFICER).on(EVIDENCE.COLLECTED_BY.eq(OFFICER.ID))
                .where(EVIDENCE.CASE_ID.eq(c.getId())).orderBy(EVIDENCE.ID)
                .fetch(r -> toEvidence(r));
        return Optional.of(new CaseRecord(c.getCaseNo(),
                reference.authorityById(ctx, c.getAuthorityId()).orElseThrow(),
                c.getMatterId() == null ? null : catalog.byId(ctx, c.getMatterId()).orElseThrow(),
                p == null ? null : toParty(p),
                ProcedureKind.valueOf(c.getProcedureKind()), CaseState.valueOf(c.getState()),
                CaseSource.valueOf(c.getSource()), c.getCause(), c.getFacts(), c.getActDate(), c.getActPlace(),
                c.getDiscoveredOn(), c.getFiledOn(), c.getDecidedOn(), c.getClosedOn(), c.getFineAmount(),
                c.getConfiscatedAmount(), c.getRevision(), officers, events, evidence, List.of()));
    }

    private static Evidence toEvidence(Record r) {
        return new Evidence(EvidenceKind.valueOf(r.get(EVIDENCE.KIND)), r.get(EVIDENCE.TITLE),
                r.get(EVIDENCE.COLLECTED_ON), r.get(OFFICER.CODE), r.get(EVIDENCE.PROVES),
                r.get(EVIDENCE.FILE_NAME), r.get(EVIDENCE.SHA256));
    }

    private static Party toParty(PartyRecord p) {
        return new Party(PartyKind.valueOf(p.getKind()), p.getName(), p.getIdNumber(), p.getCreditCode(),
                p.getGender(), p.getBirthDate(), p.getLegalRepresentative(), p.getPhone(), p.getAddress(),
                p.getServiceAddress());
    }
}
