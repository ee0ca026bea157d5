package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.AUTHORITY;
import static org.zhifa.workstation.store.jooq.Tables.CASE_FILE;
import static org.zhifa.workstation.store.jooq.Tables.CATALOG_MATTER;
import static org.zhifa.workstation.store.jooq.Tables.CERTIFICATE;
import static org.zhifa.workstation.store.jooq.Tables.DOCUMENT;
import static org.zhifa.workstation.store.jooq.Tables.OFFICER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.stats.CaseStatisticsFacts;
import org.zhifa.workstation.store.jooq.tables.records.CaseFileRecord;

/**
 * The statistics' view of the store: the derived columns of {@code case_file} (migration V6) that
 * {@link CaseRepository} fills from {@link CaseStatisticsFacts}, the aggregates the 统计年报 is built from, the
 * 公示 register's candidates, and the 文号 and document files the case-file audit reads.
 *
 * <p>Every aggregate is grouped by year over a range of years, so the current and the previous year come from one
 * index range scan per indicator; none loads a case.
 */
public final class StatisticsRepository {
    private final CaseRepository cases;

    public StatisticsRepository(CaseRepository cases) {
        this.cases = cases;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The derived columns

    /** The derived columns of a case, computed from its actions; never fails (a failure stores version 0). */
    public static Map<Field<?>, Object> columns(CaseRecord c) {
        try {
            return columns(CaseStatisticsFacts.of(c), CaseStatisticsFacts.VERSION);
        } catch (RuntimeException e) {
            return columns(CaseStatisticsFacts.NONE, 0);
        }
    }

    /** The columns of the facts, stamped with the version they were computed with. */
    public static Map<Field<?>, Object> columns(CaseStatisticsFacts f, int version) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(CASE_FILE.STATS_VERSION, version);
        m.put(CASE_FILE.DECISION_KIND, name(f.decisionKind()));
        m.put(CASE_FILE.PENALTY_MASK, f.penaltyMask());
        m.put(CASE_FILE.NO_PENALTY_GROUND, name(f.noPenaltyGround()));
        m.put(CASE_FILE.FIRST_OFFENSE, f.firstOffense());
        m.put(CASE_FILE.DISCRETION_TIER, name(f.discretionTier()));
        m.put(CASE_FILE.CONCLUDED_ON, f.concludedOn());
        m.put(CASE_FILE.HEARING_ON, f.hearingOn());
        m.put(CASE_FILE.REVIEW_ON, f.reviewOn());
        m.put(CASE_FILE.REVIEW_RESULT, name(f.reviewResult()));
        m.put(CASE_FILE.TRANSFERRED_ON, f.transferredOn());
        m.put(CASE_FILE.TRANSFER_TARGET, name(f.transferTarget()));
        m.put(CASE_FILE.SEIZURE_ON, f.seizureOn());
        m.put(CASE_FILE.SEIZURE_COUNT, f.seizureCount());
        m.put(CASE_FILE.SURCHARGE_ON, f.surchargeOn());
        m.put(CASE_FILE.COURT_ENFORCEMENT_ON, f.courtEnforcementOn());
        m.put(CASE_FILE.RECONSIDERATION_ON, f.reconsiderationOn());
        m.put(CASE_FILE.RECONSIDERATION_CORRECTED_ON, f.reconsiderationCorrectedOn());
        m.put(CASE_FILE.LITIGATION_ON, f.litigationOn());
        m.put(CASE_FILE.LITIGATION_LOST_ON, f.litigationLostOn());
        m.put(CASE_FILE.PUBLISHED_ON, f.publishedOn());
        m.put(CASE_FILE.WITHDRAWAL_DUE_FROM, f.withdrawalDueFrom());
        return m;
    }

    /** Copies the columns into a row about to be stored. */
    @SuppressWarnings("unchecked")
    static void copy(Map<Field<?>, Object> columns, CaseFileRecord row) {
        columns.forEach((field, value) -> row.set((Field<Object>) field, value));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** How many cases carry facts of an older derivation (0 after every row was written by this version). */
    public int staleCount(Tx tx) {
        return tx.dsl().fetchCount(CASE_FILE, CASE_FILE.STATS_VERSION.lt(CaseStatisticsFacts.VERSION));
    }

    /**
     * Recomputes the facts of up to {@code limit} cases written by an older derivation (rows stored before migration
     * V6, or by an older {@link CaseStatisticsFacts#VERSION}); returns how many it refreshed.
     */
    public int refreshStale(Tx tx, int limit) {
        DSLContext ctx = tx.dsl();
        List<String> stale = ctx.select(CASE_FILE.CASE_NO).from(CASE_FILE)
                .where(CASE_FILE.STATS_VERSION.lt(CaseStatisticsFacts.VERSION))
                .orderBy(CASE_FILE.ID).limit(limit).fetch(CASE_FILE.CASE_NO);
        for (String caseNo : stale) {
            CaseFileRecord row = ctx.selectFrom(CASE_FILE).where(CASE_FILE.CASE_NO.eq(caseNo)).forUpdate().fetchOne();
            Map<Field<?>, Object> columns = cases.find(tx, caseNo).map(StatisticsRepository::columns)
                    .orElseGet(() -> columns(CaseStatisticsFacts.NONE, CaseStatisticsFacts.VERSION));
            // a row whose facts cannot be derived is stamped current all the same, so it is not retried forever
            columns.put(CASE_FILE.STATS_VERSION, CaseStatisticsFacts.VERSION);
            copy(columns, row);
            row.store();
        }
        return stale.size();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Aggregates

    /** Decisions of one year with the same kind, penalty types, tier and ground. */
    public record DecisionGroup(String decisionKind, int penaltyMask, String discretionTier, String noPenaltyGround,
                                boolean firstOffense, long count, BigDecimal fines, BigDecimal confiscated) {
    }

    /** The raw counts of one year, by the day each event happened. */
    public record YearFigures(
            int year,
            long filed,
            long concluded,
            List<DecisionGroup> decisions,
            long hearings,
            Map<String, Long> reviewsByResult,
            Map<String, Long> transfersByTarget,
            long seizureCases,
            long seizureOrders,
            long surcharges,
            long courtEnforcements,
            long reconsiderations,
            long reconsiderationsCorrected,
            long litigations,
            long litigationsLost) {
    }

    /**
     * The figures of each year from {@code fromYear} to {@code toYear}, for one authority (its code) or all (null).
     * A year without any event is present with zeros.
     */
    public Map<Integer, YearFigures> figures(Tx tx, String authorityCode, int fromYear, int toYear) {
        DSLContext ctx = tx.dsl();
        Long authority = authorityCode == null ? null : authorityIdOrMinus(ctx, authorityCode);
        Map<Integer, Long> filed = countByYear(ctx, CASE_FILE.FILED_ON, authority, fromYear, toYear);
        Map<Integer, Long> concluded = countByYear(ctx, CASE_FILE.CONCLUDED_ON, authority, fromYear, toYear);
        Map<Integer, Long> hearings = countByYear(ctx, CASE_FILE.HEARING_ON, authority, fromYear, toYear);
        Map<Integer, Long> surcharges = countByYear(ctx, CASE_FILE.SURCHARGE_ON, authority, fromYear, toYear);
        Map<Integer, Long> court = countByYear(ctx, CASE_FILE.COURT_ENFORCEMENT_ON, authority, fromYear, toYear);
        Map<Integer, Long> reconsideration = countByYear(ctx, CASE_FILE.RECONSIDERATION_ON, authority, fromYear, toYear);
        Map<Integer, Long> corrected = countByYear(ctx, CASE_FILE.RECONSIDERATION_CORRECTED_ON, authority, fromYear, toYear);
        Map<Integer, Long> litigation = countByYear(ctx, CASE_FILE.LITIGATION_ON, authority, fromYear, toYear);
        Map<Integer, Long> lost = countByYear(ctx, CASE_FILE.LITIGATION_LOST_ON, authority, fromYear, toYear);
        Map<Integer, Map<String, Long>> reviews = countByYearAnd(ctx, CASE_FILE.REVIEW_ON, CASE_FILE.REVIEW_RESULT,
                authority, fromYear, toYear);
        Map<Integer, Map<String, Long>> transfers = countByYearAnd(ctx, CASE_FILE.TRANSFERRED_ON,
                CASE_FILE.TRANSFER_TARGET, authority, fromYear, toYear);

        Field<Integer> seizureYear = DSL.year(CASE_FILE.SEIZURE_ON);
        Map<Integer, long[]> seizures = new HashMap<>();
        ctx.select(seizureYear, DSL.count(), DSL.sum(CASE_FILE.SEIZURE_COUNT)).from(CASE_FILE)
                .where(inYears(CASE_FILE.SEIZURE_ON, fromYear, toYear)).and(ofAuthority(authority))
                .groupBy(seizureYear)
                .forEach(r -> seizures.put(r.value1(), new long[] {r.value2(), r.value3() == null ? 0 : r.value3().longValue()}));

        Field<Integer> decidedYear = DSL.year(CASE_FILE.DECIDED_ON);
        Field<Integer> count = DSL.count();
        Field<BigDecimal> fines = DSL.sum(CASE_FILE.FINE_AMOUNT);
        Field<BigDecimal> confiscated = DSL.sum(CASE_FILE.CONFISCATED_AMOUNT);
        Map<Integer, List<DecisionGroup>> decisions = new HashMap<>();
        ctx.select(decidedYear, CASE_FILE.DECISION_KIND, CASE_FILE.PENALTY_MASK, CASE_FILE.DISCRETION_TIER,
                        CASE_FILE.NO_PENALTY_GROUND, CASE_FILE.FIRST_OFFENSE, count, fines, confiscated)
                .from(CASE_FILE)
                .where(inYears(CASE_FILE.DECIDED_ON, fromYear, toYear)).and(ofAuthority(authority))
                .and(CASE_FILE.DECISION_KIND.isNotNull())
                .groupBy(decidedYear, CASE_FILE.DECISION_KIND, CASE_FILE.PENALTY_MASK, CASE_FILE.DISCRETION_TIER,
                        CASE_FILE.NO_PENALTY_GROUND, CASE_FILE.FIRST_OFFENSE)
                .forEach(r -> decisions.computeIfAbsent(r.value1(), y -> new ArrayList<>()).add(new DecisionGroup(
                        r.value2(), r.value3(), r.value4(), r.value5(), Boolean.TRUE.equals(r.value6()), r.value7(),
                        zero(r.value8()), zero(r.value9()))));

        Map<Integer, YearFigures> result = new TreeMap<>();
        for (int y = fromYear; y <= toYear; y++) {
            long[] s = seizures.getOrDefault(y, new long[2]);
            result.put(y, new YearFigures(y, filed.getOrDefault(y, 0L), concluded.getOrDefault(y, 0L),
                    List.copyOf(decisions.getOrDefault(y, List.of())), hearings.getOrDefault(y, 0L),
                    Map.copyOf(reviews.getOrDefault(y, Map.of())), Map.copyOf(transfers.getOrDefault(y, Map.of())),
                    s[0], s[1], surcharges.getOrDefault(y, 0L), court.getOrDefault(y, 0L),
                    reconsideration.getOrDefault(y, 0L), corrected.getOrDefault(y, 0L), litigation.getOrDefault(y, 0L),
                    lost.getOrDefault(y, 0L)));
        }
        return result;
    }

    /**
     * Cases of one year by month: 立案 (filing day), 结案 (closing day) and penalty decisions (decision day, on-site
     * ones included); index 0 is January.
     */
    public record MonthFigures(long[] filed, long[] concluded, long[] decisions) {
    }

    public MonthFigures months(Tx tx, String authorityCode, int year) {
        DSLContext ctx = tx.dsl();
        Long authority = authorityCode == null ? null : authorityIdOrMinus(ctx, authorityCode);
        return new MonthFigures(countByMonth(ctx, CASE_FILE.FILED_ON, DSL.noCondition(), authority, year),
                countByMonth(ctx, CASE_FILE.CONCLUDED_ON, DSL.noCondition(), authority, year),
                countByMonth(ctx, CASE_FILE.DECIDED_ON, CASE_FILE.DECISION_KIND.in("PENALTY", "ON_SITE"), authority, year));
    }

    private static long[] countByMonth(DSLContext ctx, TableField<CaseFileRecord, LocalDate> day, Condition also,
                                       Long authority, int year) {
        Field<Integer> month = DSL.month(day);
        long[] m = new long[12];
        ctx.select(month, DSL.count()).from(CASE_FILE)
                .where(inYears(day, year, year)).and(ofAuthority(authority)).and(also)
                .groupBy(month)
                .forEach(r -> m[r.value1() - 1] = r.value2());
        return m;
    }

    /** Cases of one year by matter area (领域): 立案 by filing day and 当场处罚 by decision day; "" without a matter. */
    public record AreaFigures(String area, long filed, long onSite) {
    }

    public List<AreaFigures> areas(Tx tx, String authorityCode, int year) {
        DSLContext ctx = tx.dsl();
        Long authority = authorityCode == null ? null : authorityIdOrMinus(ctx, authorityCode);
        Map<Long, Long> filed = countByMatter(ctx, CASE_FILE.FILED_ON, DSL.noCondition(), authority, year);
        Map<Long, Long> onSite = countByMatter(ctx, CASE_FILE.DECIDED_ON, CASE_FILE.DECISION_KIND.eq("ON_SITE"),
                authority, year);
        Map<Long, String> areaOf = new HashMap<>();
        ctx.select(CATALOG_MATTER.ID, CATALOG_MATTER.AREA).from(CATALOG_MATTER)
                .forEach(r -> areaOf.put(r.value1(), r.value2()));
        Map<String, long[]> byArea = new TreeMap<>();
        filed.forEach((matter, n) -> byArea.computeIfAbsent(areaOf.getOrDefault(matter, ""), a -> new long[2])[0] += n);
        onSite.forEach((matter, n) -> byArea.computeIfAbsent(areaOf.getOrDefault(matter, ""), a -> new long[2])[1] += n);
        List<AreaFigures> result = new ArrayList<>();
        byArea.forEach((area, n) -> result.add(new AreaFigures(area, n[0], n[1])));
        return result;
    }

    /** Counts by matter id (-1 for none) over the day's index range; the areas are applied to the few matters after. */
    private static Map<Long, Long> countByMatter(DSLContext ctx, TableField<CaseFileRecord, LocalDate> day,
                                                 Condition also, Long authority, int year) {
        Map<Long, Long> m = new HashMap<>();
        ctx.select(CASE_FILE.MATTER_ID, DSL.count()).from(CASE_FILE)
                .where(inYears(day, year, year)).and(ofAuthority(authority)).and(also)
                .groupBy(CASE_FILE.MATTER_ID)
                .forEach(r -> m.merge(r.value1() == null ? -1L : r.value1(), r.value2().longValue(), Long::sum));
        return m;
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static Long authorityIdOrMinus(DSLContext ctx, String code) {
        Long id = ctx.select(AUTHORITY.ID).from(AUTHORITY).where(AUTHORITY.CODE.eq(code)).fetchOne(AUTHORITY.ID);
        return id == null ? -1L : id;
    }

    /** Whether an authority with the code exists. */
    public boolean authorityExists(Tx tx, String code) {
        return tx.dsl().fetchExists(AUTHORITY, AUTHORITY.CODE.eq(code));
    }

    private static Condition inYears(TableField<CaseFileRecord, LocalDate> day, int fromYear, int toYear) {
        return day.between(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    /**
     * The authority filter, written as an expression ({@code authority_id + 0 = ?}) so that H2 does not pick the
     * foreign-key index on authority_id (almost every row of a township's database has the same authority: that
     * index would scan them all) over the day column's index, which narrows the rows to the years asked for.
     */
    private static Condition ofAuthority(Long authority) {
        return authority == null ? DSL.noCondition() : CASE_FILE.AUTHORITY_ID.plus(DSL.inline(0L)).eq(authority);
    }

    private static Map<Integer, Long> countByYear(DSLContext ctx, TableField<CaseFileRecord, LocalDate> day,
                                                  Long authority, int fromYear, int toYear) {
        Field<Integer> year = DSL.year(day);
        Map<Integer, Long> m = new HashMap<>();
        ctx.select(year, DSL.count()).from(CASE_FILE)
                .where(inYears(day, fromYear, toYear)).and(ofAuthority(authority))
                .groupBy(year)
                .forEach(r -> m.put(r.value1(), r.value2().longValue()));
        return m;
    }

    private static Map<Integer, Map<String, Long>> countByYearAnd(DSLContext ctx, TableField<CaseFileRecord, LocalDate> day,
                                                                   TableField<CaseFileRecord, String> key, Long authority,
                                                                   int fromYear, int toYear) {
        Field<Integer> year = DSL.year(day);
        Map<Integer, Map<String, Long>> m = new HashMap<>();
        ctx.select(year, key, DSL.count()).from(CASE_FILE)
                .where(inYears(day, fromYear, toYear)).and(ofAuthority(authority))
                .groupBy(year, key)
                .forEach(r -> m.computeIfAbsent(r.value1(), y -> new HashMap<>())
                        .put(r.value2() == null ? "" : r.value2(), r.value3().longValue()));
        return m;
    }

    /**
     * The staff on a day: 执法人员 (active officers and leads), those holding a certificate valid that day, 协管员,
     * and 法制审核人员 with those holding 法律职业资格. Certificate history is not kept: a certificate's present status
     * (暂扣, 注销) applies to past days too; only its validity dates move with the day.
     */
    public record StaffFigures(long officers, long certified, long auxiliaries, long reviewers, long qualifiedReviewers) {
    }

    public StaffFigures staff(Tx tx, String authorityCode, LocalDate on) {
        DSLContext ctx = tx.dsl();
        Condition authority = authorityCode == null ? DSL.noCondition()
                : OFFICER.AUTHORITY_ID.eq(DSL.select(AUTHORITY.ID).from(AUTHORITY).where(AUTHORITY.CODE.eq(authorityCode)));
        Condition active = OFFICER.ACTIVE.isTrue().and(authority);
        Condition officerRole = OFFICER.ROLE.in("OFFICER", "LEAD");
        long officers = ctx.fetchCount(OFFICER, active.and(officerRole));
        long certified = ctx.fetchCount(ctx.selectDistinct(OFFICER.ID).from(OFFICER).join(CERTIFICATE)
                .on(CERTIFICATE.OFFICER_ID.eq(OFFICER.ID))
                .where(active).and(officerRole).and(CERTIFICATE.STATUS.eq("VALID"))
                .and(CERTIFICATE.VALID_FROM.le(on)).and(CERTIFICATE.VALID_TO.ge(on)));
        long auxiliaries = ctx.fetchCount(OFFICER, active.and(OFFICER.ROLE.eq("AUXILIARY")));
        long reviewers = ctx.fetchCount(OFFICER, active.and(OFFICER.ROLE.eq("REVIEWER")));
        long qualified = ctx.fetchCount(OFFICER, active.and(OFFICER.ROLE.eq("REVIEWER")).and(OFFICER.LEGAL_QUALIFICATION.isTrue()));
        return new StaffFigures(officers, certified, auxiliaries, reviewers, qualified);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 公示

    /**
     * The cases the 公示 register looks at on a day: a penalty decision of one of the kinds, decided on or before the
     * day, not yet published, or published and due for withdrawal. Ordered by decision day, then case number.
     */
    public List<String> disclosureCandidates(Tx tx, List<String> decisionKinds, LocalDate asOf, String authorityCode) {
        DSLContext ctx = tx.dsl();
        Long authority = authorityCode == null ? null : authorityIdOrMinus(ctx, authorityCode);
        var unpublished = ctx.select(CASE_FILE.CASE_NO, CASE_FILE.DECIDED_ON).from(CASE_FILE)
                .where(CASE_FILE.PUBLISHED_ON.isNull()).and(CASE_FILE.DECISION_KIND.in(decisionKinds))
                .and(CASE_FILE.DECIDED_ON.le(asOf)).and(ofAuthority(authority));
        var withdrawal = ctx.select(CASE_FILE.CASE_NO, CASE_FILE.DECIDED_ON).from(CASE_FILE)
                .where(CASE_FILE.WITHDRAWAL_DUE_FROM.le(asOf)).and(ofAuthority(authority));
        return unpublished.union(withdrawal).orderBy(DSL.field(DSL.name("DECIDED_ON")), DSL.field(DSL.name("CASE_NO")))
                .fetch(r -> r.get(0, String.class));
    }

    /** The 文号 of the case's latest produced document of one of the types (the decision a 公示 cites), if any. */
    public Optional<String> documentNumber(Tx tx, String caseNo, List<String> docTypes) {
        DSLContext ctx = tx.dsl();
        return ctx.select(DOCUMENT.DOC_NUMBER).from(DOCUMENT).join(CASE_FILE).on(DOCUMENT.CASE_ID.eq(CASE_FILE.ID))
                .where(CASE_FILE.CASE_NO.eq(caseNo)).and(DOCUMENT.DOC_TYPE.in(docTypes)).and(DOCUMENT.DOC_NUMBER.isNotNull())
                .orderBy(DOCUMENT.ID.desc()).limit(1).fetchOptional(DOCUMENT.DOC_NUMBER);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Documents (for the case-file audit)

    /** A 文号 given to a document of the case, and how many other cases' documents carry the same text. */
    public record NumberUse(String docType, int occurrence, String number, long otherCases, long otherDocuments) {
    }

    /**
     * The distinct 文号 of the case's produced documents (table {@code document}: one row per file; the PDF and the
     * DOCX of one document share their number), each with its uses elsewhere.
     */
    public List<NumberUse> documentNumbers(Tx tx, String caseNo) {
        DSLContext ctx = tx.dsl();
        Long caseId = ctx.select(CASE_FILE.ID).from(CASE_FILE).where(CASE_FILE.CASE_NO.eq(caseNo)).fetchOne(CASE_FILE.ID);
        if (caseId == null) {
            return List.of();
        }
        Field<Integer> occurrence = DSL.field(DSL.name("OCCURRENCE"), Integer.class);
        boolean hasOccurrence = DOCUMENT.field("OCCURRENCE") != null;
        List<NumberUse> uses = new ArrayList<>();
        var rows = hasOccurrence
                ? ctx.selectDistinct(DOCUMENT.DOC_TYPE, occurrence, DOCUMENT.DOC_NUMBER).from(DOCUMENT)
                        .where(DOCUMENT.CASE_ID.eq(caseId)).and(DOCUMENT.DOC_NUMBER.isNotNull()).fetch()
                : ctx.selectDistinct(DOCUMENT.DOC_TYPE, DSL.inline(0).as("OCCURRENCE"), DOCUMENT.DOC_NUMBER).from(DOCUMENT)
                        .where(DOCUMENT.CASE_ID.eq(caseId)).and(DOCUMENT.DOC_NUMBER.isNotNull()).fetch();
        for (Record r : rows) {
            String number = r.get(DOCUMENT.DOC_NUMBER);
            String type = r.get(DOCUMENT.DOC_TYPE);
            int occ = r.get(2, Integer.class) == null ? 0 : r.get(2, Integer.class);
            long otherCases = ctx.fetchCount(ctx.selectDistinct(DOCUMENT.CASE_ID).from(DOCUMENT)
                    .where(DOCUMENT.DOC_NUMBER.eq(number)).and(DOCUMENT.CASE_ID.ne(caseId)));
            long otherDocuments = hasOccurrence
                    ? ctx.fetchCount(ctx.selectDistinct(DOCUMENT.DOC_TYPE, occurrence).from(DOCUMENT)
                            .where(DOCUMENT.DOC_NUMBER.eq(number)).and(DOCUMENT.CASE_ID.eq(caseId))) - 1L
                    : ctx.fetchCount(ctx.selectDistinct(DOCUMENT.DOC_TYPE).from(DOCUMENT)
                            .where(DOCUMENT.DOC_NUMBER.eq(number)).and(DOCUMENT.CASE_ID.eq(caseId))) - 1L;
            uses.add(new NumberUse(type, occ, number, otherCases, otherDocuments));
        }
        return uses;
    }

    /** A produced Word file of the case: its type, occurrence, 文号 and content hash. */
    public record DocumentFile(String docType, int occurrence, String title, String number, String sha256) {
    }

    /** The latest DOCX of each of the case's documents (their text is what R36 and R40 read). */
    public List<DocumentFile> documentFiles(Tx tx, String caseNo) {
        DSLContext ctx = tx.dsl();
        Long caseId = ctx.select(CASE_FILE.ID).from(CASE_FILE).where(CASE_FILE.CASE_NO.eq(caseNo)).fetchOne(CASE_FILE.ID);
        if (caseId == null) {
            return List.of();
        }
        boolean hasOccurrence = DOCUMENT.field("OCCURRENCE") != null;
        Map<String, DocumentFile> latest = new LinkedHashMap<>();
        for (Record r : ctx.select(DOCUMENT.fields()).from(DOCUMENT).where(DOCUMENT.CASE_ID.eq(caseId))
                .and(DOCUMENT.FORMAT.equalIgnoreCase("DOCX")).and(DOCUMENT.SHA256.isNotNull())
                .orderBy(DOCUMENT.ID).fetch()) {
            int occ = hasOccurrence ? Optional.ofNullable(r.get("OCCURRENCE", Integer.class)).orElse(0) : 0;
            String type = r.get(DOCUMENT.DOC_TYPE);
            latest.put(type + "#" + occ, new DocumentFile(type, occ, r.get(DOCUMENT.TITLE), r.get(DOCUMENT.DOC_NUMBER),
                    r.get(DOCUMENT.SHA256)));
        }
        return List.copyOf(latest.values());
    }
}
