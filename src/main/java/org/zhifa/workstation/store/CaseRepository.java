package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.CASE_EVENT;
import static org.zhifa.workstation.store.jooq.Tables.CASE_FILE;
import static org.zhifa.workstation.store.jooq.Tables.CASE_OFFICER;
import static org.zhifa.workstation.store.jooq.Tables.CATALOG_MATTER;
import static org.zhifa.workstation.store.jooq.Tables.EVIDENCE;
import static org.zhifa.workstation.store.jooq.Tables.PARTY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.zhifa.workstation.domain.cases.ActionSummary;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSort;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.cases.OfficerDuty;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.store.jooq.tables.records.CaseFileRecord;
import org.zhifa.workstation.store.jooq.tables.records.PartyRecord;
import org.zhifa.workstation.store.json.CaseJsonCodec;

/** Cases with their party, officers, history and evidence. */
public final class CaseRepository {
    private final ReferenceRepository reference;
    private final CatalogRepository catalog;
    private final CaseJsonCodec codec;
    /** A keyword with fewer candidate cases than this is looked up in the indexes; a commoner one is read in order. */
    static final int CANDIDATE_LIMIT = 2_000;

    public CaseRepository(ReferenceRepository reference, CatalogRepository catalog, CaseJsonCodec codec) {
        this.reference = reference;
        this.catalog = catalog;
        this.codec = codec;
    }

    public boolean exists(Tx tx, String caseNo) {
        DSLContext ctx = tx.dsl();
        return ctx.fetchExists(CASE_FILE, CASE_FILE.CASE_NO.eq(caseNo));
    }

    /**
     * The next case number of an authority for a year: "{prefix}-{year}-{NNNN}", where the prefix is the one the
     * authority's latest case uses (the authority code when it has none) and NNNN follows the highest number.
     */
    public String nextCaseNumber(Tx tx, String authorityCode, int year) {
        DSLContext ctx = tx.dsl();
        long authorityId = reference.authorityId(tx, authorityCode);
        String latest = ctx.select(CASE_FILE.CASE_NO).from(CASE_FILE).where(CASE_FILE.AUTHORITY_ID.eq(authorityId))
                .orderBy(CASE_FILE.ID.desc()).limit(1).fetchOne(CASE_FILE.CASE_NO);
        String prefix = latest != null && latest.matches(".+-\\d{4}-\\d+") ? latest.substring(0, latest.indexOf('-')) : authorityCode;
        String stem = prefix + "-" + year + "-";
        int max = ctx.select(CASE_FILE.CASE_NO).from(CASE_FILE).where(CASE_FILE.CASE_NO.startsWith(stem))
                .fetch(CASE_FILE.CASE_NO).stream()
                .map(n -> n.substring(stem.length()))
                .filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0);
        return stem + String.format("%04d", max + 1);
    }

    /** Inserts a new case and everything it holds. */
    public void insert(Tx tx, CaseRecord c) {
        DSLContext ctx = tx.dsl();
        long partyId = insertParty(tx, c.party());
        LocalDateTime now = LocalDateTime.now();
        long caseId = ctx.insertInto(CASE_FILE)
                .set(CASE_FILE.CASE_NO, c.caseNo())
                .set(CASE_FILE.AUTHORITY_ID, reference.authorityId(tx, c.authority().code()))
                .set(CASE_FILE.MATTER_ID, c.matter() == null ? null : catalog.matterId(tx, c.matter().code()))
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
                .set(StatisticsRepository.columns(c))
                .returning(CASE_FILE.ID).fetchOne().getId();
        CaseSearchIndex.index(ctx, caseId, c.cause(), c.party() == null ? null : c.party().name());
        for (CaseOfficer o : c.officers()) {
            ctx.insertInto(CASE_OFFICER)
                    .set(CASE_OFFICER.CASE_ID, caseId)
                    .set(CASE_OFFICER.OFFICER_ID, reference.officerId(tx, o.officer().code()))
                    .set(CASE_OFFICER.DUTY, o.duty().name())
                    .execute();
        }
        for (CaseAction a : c.actions()) {
            insertAction(tx, caseId, a, now);
        }
    }

    /** Appends one action to a stored case and stores the state and fields it led to, raising the revision. */
    public void appendAction(Tx tx, CaseRecord after, CaseAction action) {
        DSLContext ctx = tx.dsl();
        CaseFileRecord row = ctx.selectFrom(CASE_FILE).where(CASE_FILE.CASE_NO.eq(after.caseNo())).forUpdate().fetchOne();
        if (row == null) {
            throw new StoreException("unknown case " + after.caseNo());
        }
        LocalDateTime now = LocalDateTime.now();
        insertAction(tx, row.getId(), action, now);
        row.setState(after.state().name());
        row.setFiledOn(after.filedOn());
        row.setDecidedOn(after.decidedOn());
        row.setClosedOn(after.closedOn());
        row.setFineAmount(after.fineAmount());
        row.setConfiscatedAmount(after.confiscatedAmount());
        row.setRevision(row.getRevision() + 1);
        row.setUpdatedAt(now);
        StatisticsRepository.copy(StatisticsRepository.columns(after), row);
        row.store();
    }

    private void insertAction(Tx tx, long caseId, CaseAction a, LocalDateTime now) {
        DSLContext ctx = tx.dsl();
        ctx.insertInto(CASE_EVENT)
                .set(CASE_EVENT.CASE_ID, caseId)
                .set(CASE_EVENT.KIND, a.type().name())
                .set(CASE_EVENT.OCCURRED_ON, a.date())
                .set(CASE_EVENT.OFFICER_ID, a.actor() == null ? null : reference.officerId(tx, a.actor()))
                .set(CASE_EVENT.SUMMARY, ActionSummary.of(a))
                .set(CASE_EVENT.DETAILS, codec.writeAction(a))
                .set(CASE_EVENT.CREATED_AT, now)
                .execute();
        if (a instanceof AddEvidence ev) {
            ctx.insertInto(EVIDENCE)
                    .set(EVIDENCE.CASE_ID, caseId)
                    .set(EVIDENCE.KIND, ev.kind().name())
                    .set(EVIDENCE.TITLE, ev.title())
                    .set(EVIDENCE.COLLECTED_ON, ev.date())
                    .set(EVIDENCE.COLLECTED_BY, ev.actor() == null ? null : reference.officerId(tx, ev.actor()))
                    .set(EVIDENCE.PROVES, ev.proves())
                    .set(EVIDENCE.FILE_NAME, ev.fileName())
                    .set(EVIDENCE.SHA256, ev.sha256())
                    .execute();
        }
    }

    private long insertParty(Tx tx, Party p) {
        DSLContext ctx = tx.dsl();
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

    /**
     * A page of the case list. At 1,000,000 cases (docs/performance.md, "统计与案件列表"; ADR 0006): one filtered state
     * is the first ORDER BY column, so H2 reads the page from {@code case_file_state_order_idx}; several states in the
     * default order are read one state at a time and merged; a keyword that few cases contain is looked up in the
     * character-pair index ({@link CaseSearchIndex}) and the unique index on the case number, and only those cases
     * are checked and sorted.
     */
    public List<CaseSummary> list(Tx tx, CaseQuery q) {
        DSLContext ctx = tx.dsl();
        KeywordFilter keyword = keywordFilter(ctx, q.keyword());
        List<String> states = q.states().stream().map(Enum::name).sorted().toList();
        if (keyword.fewCases()) {
            // a few hundred rows at most: sorting them beats any index order
            return page(ctx, keyword.condition().and(stateCondition(states)), false, q, q.offset(), q.limit());
        }
        if (states.size() > 1 && q.sort() == CaseSort.DISCOVERED_ON) {
            List<CaseSummary> merged = new ArrayList<>();
            for (String state : states) {
                merged.addAll(page(ctx, keyword.condition().and(CASE_FILE.STATE.eq(state)), true, q, 0,
                        q.offset() + q.limit()));
            }
            merged.sort(order(q));
            return List.copyOf(merged.subList(Math.min(q.offset(), merged.size()),
                    Math.min(q.offset() + q.limit(), merged.size())));
        }
        return page(ctx, keyword.condition().and(stateCondition(states)), states.size() == 1, q, q.offset(), q.limit());
    }

    private static List<CaseSummary> page(DSLContext ctx, Condition where, boolean oneState, CaseQuery q, int offset,
                                          int limit) {
        List<SortField<?>> order = new ArrayList<>();
        if (oneState) {
            // every row has the state: the order is unchanged, and H2 may read it from the state's index
            order.add(CASE_FILE.STATE.asc());
        }
        order.addAll(sortFields(q));
        return ctx.select(CASE_FILE.CASE_NO, CASE_FILE.CAUSE, CASE_FILE.STATE, CASE_FILE.PROCEDURE_KIND,
                        PARTY.NAME, PARTY.KIND, CATALOG_MATTER.CODE, CATALOG_MATTER.NAME, CATALOG_MATTER.AREA,
                        CASE_FILE.DISCOVERED_ON, CASE_FILE.FILED_ON, CASE_FILE.DECIDED_ON, CASE_FILE.CLOSED_ON,
                        CASE_FILE.FINE_AMOUNT)
                .from(CASE_FILE)
                .leftJoin(PARTY).on(CASE_FILE.PARTY_ID.eq(PARTY.ID))
                .leftJoin(CATALOG_MATTER).on(CASE_FILE.MATTER_ID.eq(CATALOG_MATTER.ID))
                .where(where)
                .orderBy(order)
                .limit(limit).offset(offset)
                .fetch(r -> new CaseSummary(r.get(CASE_FILE.CASE_NO), r.get(CASE_FILE.CAUSE),
                        CaseState.valueOf(r.get(CASE_FILE.STATE)), ProcedureKind.valueOf(r.get(CASE_FILE.PROCEDURE_KIND)),
                        r.get(PARTY.NAME), r.get(PARTY.KIND) == null ? null : PartyKind.valueOf(r.get(PARTY.KIND)),
                        r.get(CATALOG_MATTER.CODE), r.get(CATALOG_MATTER.NAME), r.get(CATALOG_MATTER.AREA),
                        r.get(CASE_FILE.DISCOVERED_ON), r.get(CASE_FILE.FILED_ON), r.get(CASE_FILE.DECIDED_ON),
                        r.get(CASE_FILE.CLOSED_ON), r.get(CASE_FILE.FINE_AMOUNT)));
    }

    /** The number of cases the query matches; without a keyword, an index count on case_file alone. */
    public int count(Tx tx, CaseQuery q) {
        DSLContext ctx = tx.dsl();
        Condition states = stateCondition(q.states().stream().map(Enum::name).toList());
        if (q.keyword().isEmpty()) {
            return ctx.fetchCount(CASE_FILE, states);
        }
        return ctx.selectCount()
                .from(CASE_FILE)
                .leftJoin(PARTY).on(CASE_FILE.PARTY_ID.eq(PARTY.ID))
                .leftJoin(CATALOG_MATTER).on(CASE_FILE.MATTER_ID.eq(CATALOG_MATTER.ID))
                .where(keywordFilter(ctx, q.keyword()).condition()).and(states)
                .fetchOne(0, int.class);
    }

    private static Condition stateCondition(List<String> states) {
        return states.isEmpty() ? DSL.noCondition() : CASE_FILE.STATE.in(states);
    }

    /** The keyword's condition; {@code fewCases} when it names the few candidate cases by id. */
    private record KeywordFilter(Condition condition, boolean fewCases) {
    }

    /**
     * A keyword matches the start of the case number, or is contained in the 案由, the party name, the matter's name
     * or its area (ignoring case). When no matter and fewer than {@link #CANDIDATE_LIMIT} cases can match (by the
     * case-number index and the character pairs), the condition also names those cases, so H2 looks at them only.
     */
    private static KeywordFilter keywordFilter(DSLContext ctx, String keyword) {
        if (keyword.isEmpty()) {
            return new KeywordFilter(DSL.noCondition(), false);
        }
        List<Condition> prefixes = caseNumberPrefixes(keyword);
        Condition caseNo = DSL.or(prefixes);
        Condition inMatter = CATALOG_MATTER.NAME.containsIgnoreCase(keyword).or(CATALOG_MATTER.AREA.containsIgnoreCase(keyword));
        KeywordFilter everyCase = new KeywordFilter(caseNo.or(CASE_FILE.CAUSE.containsIgnoreCase(keyword))
                .or(PARTY.NAME.containsIgnoreCase(keyword)).or(inMatter), false);
        if (ctx.fetchExists(CATALOG_MATTER, inMatter)) {
            return everyCase;
        }
        Set<Long> ids = new HashSet<>();
        for (Condition prefix : prefixes) {
            // one range of the unique index each: H2 scans the whole table for an OR of two ranges
            ids.addAll(ctx.select(CASE_FILE.ID).from(CASE_FILE).where(prefix).limit(CANDIDATE_LIMIT).fetch(CASE_FILE.ID));
        }
        Optional<List<Long>> byText = ids.size() >= CANDIDATE_LIMIT ? Optional.empty()
                : CaseSearchIndex.candidates(ctx, keyword, CANDIDATE_LIMIT - ids.size());
        if (byText.isEmpty()) {
            return everyCase;
        }
        ids.addAll(byText.get());
        return new KeywordFilter(ids.isEmpty() ? DSL.falseCondition()
                : CASE_FILE.ID.eq(DSL.any(ids.toArray(Long[]::new))).and(everyCase.condition()), true);
    }

    /** The case number starts with the keyword as typed, or in capitals: a range of the unique index each. */
    private static List<Condition> caseNumberPrefixes(String keyword) {
        String upper = keyword.toUpperCase(Locale.ROOT);
        return (upper.equals(keyword) ? List.of(keyword) : List.of(keyword, upper)).stream()
                .map(k -> CASE_FILE.CASE_NO.between(k, k + Character.MAX_VALUE)).toList();
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

    /** The order of {@link #sortFields} for the per-state merge (the default sort, by discovery day). */
    private static Comparator<CaseSummary> order(CaseQuery q) {
        Comparator<LocalDate> day = q.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<String> number = q.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(CaseSummary::discoveredOn, Comparator.nullsLast(day))
                .thenComparing(CaseSummary::caseNo, number);
    }

    public Optional<CaseRecord> find(Tx tx, String caseNo) {
        DSLContext ctx = tx.dsl();
        CaseFileRecord c = ctx.selectFrom(CASE_FILE).where(CASE_FILE.CASE_NO.eq(caseNo)).fetchOne();
        if (c == null) {
            return Optional.empty();
        }
        PartyRecord p = c.getPartyId() == null ? null : ctx.selectFrom(PARTY).where(PARTY.ID.eq(c.getPartyId())).fetchOne();
        List<CaseOfficer> officers = ctx.select(CASE_OFFICER.OFFICER_ID, CASE_OFFICER.DUTY).from(CASE_OFFICER)
                .where(CASE_OFFICER.CASE_ID.eq(c.getId())).orderBy(CASE_OFFICER.OFFICER_ID)
                .fetch(r -> new CaseOfficer(reference.officerById(tx, r.get(CASE_OFFICER.OFFICER_ID)).orElseThrow(),
                        OfficerDuty.valueOf(r.get(CASE_OFFICER.DUTY))))
                .stream().sorted(java.util.Comparator.comparing(CaseOfficer::duty)).toList();
        List<CaseAction> actions = ctx.select(CASE_EVENT.DETAILS).from(CASE_EVENT)
                .where(CASE_EVENT.CASE_ID.eq(c.getId())).orderBy(CASE_EVENT.ID)
                .fetch(r -> codec.readAction(r.get(CASE_EVENT.DETAILS)));
        return Optional.of(new CaseRecord(c.getCaseNo(),
                reference.authorityById(tx, c.getAuthorityId()).orElseThrow(),
                c.getMatterId() == null ? null : catalog.byId(tx, c.getMatterId()).orElseThrow(),
                p == null ? null : toParty(p),
                ProcedureKind.valueOf(c.getProcedureKind()), CaseState.valueOf(c.getState()),
                CaseSource.valueOf(c.getSource()), c.getCause(), c.getFacts(), c.getActDate(), c.getActPlace(),
                c.getDiscoveredOn(), c.getFiledOn(), c.getDecidedOn(), c.getClosedOn(), c.getFineAmount(),
                c.getConfiscatedAmount(), c.getRevision(), officers, actions));
    }

    private static Party toParty(PartyRecord p) {
        return new Party(PartyKind.valueOf(p.getKind()), p.getName(), p.getIdNumber(), p.getCreditCode(),
                p.getGender(), p.getBirthDate(), p.getLegalRepresentative(), p.getPhone(), p.getAddress(),
                p.getServiceAddress());
    }
}
