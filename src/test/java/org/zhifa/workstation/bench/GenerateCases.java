package org.zhifa.workstation.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.sample.DemoTownshipLoader;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PaymentChannel;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.TransferTarget;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.FileChallenge;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Register;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.cases.action.Transfer;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.FineKind;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.party.IdNumber;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.stats.CaseStatisticsFacts;
import org.zhifa.workstation.store.CaseSearchIndex;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;

/**
 * Writes a large data set for the benchmarks into an H2 data directory: the demo township's reference data (loaded
 * the normal way), then N cases written with JDBC batch inserts — one {@code party} and one {@code case_file} row per
 * case, the derived statistics columns computed by {@link CaseStatisticsFacts#of} from a history generated for the
 * case, and the case's character pairs of the keyword search ({@code case_search}, migration V8) from
 * {@link CaseSearchIndex#grams} (so the rows are exactly what {@code CaseRepository.insert} would store for them). The
 * histories themselves
 * ({@code case_event}) are not written: neither the statistics nor the case list read them.
 *
 * <pre>
 *   java ... org.zhifa.workstation.bench.GenerateCases DATA_DIR [COUNT=1000000] [FIRST_YEAR=2021] [LAST_YEAR=2025] [SEED=20251125]
 * </pre>
 * Mix (fixed seed): 70 % 简易程序 on-site decisions, 30 % 普通程序 cases of which 92 % are decided (8 % 不予处罚, half
 * of them 首违不罚; about a quarter 从轻/减轻), 85 % closed, 3 % heard, 25 % reviewed, 2 % with a 查封/扣押, 1 %
 * transferred, 1 % challenged; parties 60 % individuals with valid 身份证 numbers, 40 % organisations; the 108 matters
 * of the demo catalog.
 */
public final class GenerateCases {
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙", "胡", "朱",
        "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓",
        "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "欧阳", "司马", "诸葛"};
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华建国红梅玉兰志强海燕春花德明金宝和平立新红军";
    private static final String[] SHOPS = {"五金店", "小吃店", "建设工程有限公司", "农贸市场服务有限公司", "汽车美容店",
        "土菜馆", "竹木制品厂", "便利店", "建材经营部", "物流有限公司"};
    private static final String[] VILLAGES = {"龙井村", "八都村", "溪边村", "上田村", "岩樟村", "麻连岱村", "大洋村"};

    private GenerateCases() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-data");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int firstYear = args.length > 2 ? Integer.parseInt(args[2]) : 2021;
        int lastYear = args.length > 3 ? Integer.parseInt(args[3]) : 2025;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20251125L;
        long t0 = System.nanoTime();
        List<CatalogMatter> matters;
        try (Database db = Database.open(dir)) {
            Stores stores = Stores.over(db);
            new DemoTownshipLoader(stores, new CaseService(stores).importer(), o -> { }).load();
            matters = db.read(tx -> stores.catalog().all(tx));
        }
        long t1 = System.nanoTime();
        System.out.printf("reference data (demo township) loaded in %d ms%n", (t1 - t0) / 1_000_000);
        write(dir, count, firstYear, lastYear, seed, matters);
        long t2 = System.nanoTime();
        System.out.printf("%,d cases written in %.1f s (%,.0f cases/s)%n", count, (t2 - t1) / 1e9,
                count / ((t2 - t1) / 1e9));
    }

    static void write(Path dir, int count, int firstYear, int lastYear, long seed, List<CatalogMatter> matters)
            throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve(Database.FILE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        SplittableRandom rnd = new SplittableRandom(seed);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            Map<String, Long> matterIds = ids(c, "SELECT code, id FROM catalog_matter");
            long authority = ids(c, "SELECT code, id FROM authority").get("BADU");
            long partyId = max(c, "party") + 1;
            long caseId = max(c, "case_file") + 1;
            PreparedStatement party = c.prepareStatement("INSERT INTO party (id, kind, name, id_number, credit_code, gender, "
                    + "birth_date, legal_representative, phone, address, service_address) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
            PreparedStatement kase = c.prepareStatement("INSERT INTO case_file (id, case_no, authority_id, matter_id, party_id, "
                    + "procedure_kind, state, source, cause, facts, act_date, act_place, discovered_on, filed_on, decided_on, "
                    + "closed_on, fine_amount, confiscated_amount, revision, created_at, updated_at, stats_version, "
                    + "decision_kind, penalty_mask, no_penalty_ground, first_offense, discretion_tier, concluded_on, hearing_on, "
                    + "review_on, review_result, transferred_on, transfer_target, seizure_on, seizure_count, surcharge_on, "
                    + "court_enforcement_on, reconsideration_on, reconsideration_corrected_on, litigation_on, litigation_lost_on, "
                    + "published_on, withdrawal_due_from) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                    + "?,?,?,?,?,?,?,?,?,?,?)");
            PreparedStatement search = c.prepareStatement("INSERT INTO case_search (gram_case) VALUES (?)");
            Map<Long, Long> gramCases = new HashMap<>();
            LocalDateTime now = LocalDateTime.now();
            int days = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - LocalDate.of(firstYear, 1, 1).toEpochDay()) - 120;
            for (int i = 0; i < count; i++) {
                LocalDate discovered = LocalDate.of(firstYear, 1, 1).plusDays(rnd.nextInt(days));
                CatalogMatter m = matters.get(rnd.nextInt(matters.size()));
                Party p = party(rnd, i);
                CaseRecord r = history("BN-" + discovered.getYear() + "-" + String.format("%07d", i + 1), m, p, discovered, rnd);
                CaseStatisticsFacts f = CaseStatisticsFacts.of(r);
                party.setLong(1, partyId);
                party.setString(2, p.kind().name());
                party.setString(3, p.name());
                party.setString(4, p.idNumber());
                party.setString(5, p.creditCode());
                party.setString(6, p.gender());
                party.setObject(7, p.birthDate());
                party.setString(8, p.legalRepresentative());
                party.setString(9, p.phone());
                party.setString(10, p.address());
                party.setString(11, p.serviceAddress());
                party.addBatch();
                int k = 1;
                kase.setLong(k++, caseId);
                kase.setString(k++, r.caseNo());
                kase.setLong(k++, authority);
                kase.setLong(k++, matterIds.get(m.code()));
                kase.setLong(k++, partyId);
                kase.setString(k++, r.procedure().name());
                kase.setString(k++, r.state().name());
                kase.setString(k++, r.source().name());
                kase.setString(k++, r.cause());
                kase.setString(k++, r.facts());
                kase.setObject(k++, r.actDate());
                kase.setString(k++, r.actPlace());
                kase.setObject(k++, r.discoveredOn());
                kase.setObject(k++, r.filedOn());
                kase.setObject(k++, r.decidedOn());
                kase.setObject(k++, r.closedOn());
                kase.setBigDecimal(k++, r.fineAmount());
                kase.setBigDecimal(k++, r.confiscatedAmount());
                kase.setInt(k++, r.actions().size());
                kase.setObject(k++, now);
                kase.setObject(k++, now);
                kase.setInt(k++, CaseStatisticsFacts.VERSION);
                kase.setString(k++, name(f.decisionKind()));
                kase.setInt(k++, f.penaltyMask());
                kase.setString(k++, name(f.noPenaltyGround()));
                kase.setBoolean(k++, f.firstOffense());
                kase.setString(k++, name(f.discretionTier()));
                for (LocalDate d : new LocalDate[] {f.concludedOn(), f.hearingOn(), f.reviewOn()}) {
                    kase.setObject(k++, d);
                }
                kase.setString(k++, name(f.reviewResult()));
                kase.setObject(k++, f.transferredOn());
                kase.setString(k++, name(f.transferTarget()));
                kase.setObject(k++, f.seizureOn());
                kase.setInt(k++, f.seizureCount());
                for (LocalDate d : new LocalDate[] {f.surchargeOn(), f.courtEnforcementOn(), f.reconsiderationOn(),
                        f.reconsiderationCorrectedOn(), f.litigationOn(), f.litigationLostOn(), f.publishedOn(),
                        f.withdrawalDueFrom()}) {
                    if (d == null) {
                        kase.setNull(k++, Types.DATE);
                    } else {
                        kase.setObject(k++, d);
                    }
                }
                kase.addBatch();
                for (long gram : CaseSearchIndex.grams(r.cause(), p.name())) {
                    search.setLong(1, CaseSearchIndex.key(gram, caseId));
                    search.addBatch();
                    gramCases.merge(gram, 1L, Long::sum);
                }
                partyId++;
                caseId++;
                if ((i + 1) % 5_000 == 0) {
                    party.executeBatch();
                    kase.executeBatch();
                    search.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("  %,d%n", i + 1);
                }
            }
            party.executeBatch();
            kase.executeBatch();
            search.executeBatch();
            // the per-gram counts, added to those of the demo cases (what CaseRepository.insert keeps up to date)
            try (PreparedStatement counts = c.prepareStatement("MERGE INTO case_search_gram g USING (VALUES (CAST(? AS BIGINT), "
                    + "CAST(? AS BIGINT))) v(gram, cases) ON g.gram = v.gram WHEN MATCHED THEN UPDATE SET cases = g.cases + v.cases "
                    + "WHEN NOT MATCHED THEN INSERT (gram, cases) VALUES (v.gram, v.cases)")) {
                for (Map.Entry<Long, Long> e : gramCases.entrySet()) {
                    counts.setLong(1, e.getKey());
                    counts.setLong(2, e.getValue());
                    counts.addBatch();
                }
                counts.executeBatch();
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE party ALTER COLUMN id RESTART WITH " + partyId);
                st.execute("ALTER TABLE case_file ALTER COLUMN id RESTART WITH " + caseId);
                st.execute("ANALYZE");
            }
            c.commit();
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Map<String, Long> ids(Connection c, String sql) throws Exception {
        Map<String, Long> m = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        }
        return m;
    }

    private static long max(Connection c, String table) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An individual with a valid 身份证 number (60 %), or an organisation. */
    static Party party(SplittableRandom rnd, int i) {
        if (rnd.nextInt(10) < 6) {
            String surname = SURNAMES[rnd.nextInt(SURNAMES.length)];
            int given = 1 + rnd.nextInt(2);
            StringBuilder name = new StringBuilder(surname);
            for (int g = 0; g < given; g++) {
                name.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
            }
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(rnd.nextInt(20_000));
            int sequence = rnd.nextInt(1000);
            String first17 = "331181" + birth.toString().replace("-", "") + String.format("%03d", sequence);
            String id = first17 + IdNumber.checkCharacter(first17);
            String address = "龙泉市八都镇" + VILLAGES[rnd.nextInt(VILLAGES.length)] + (1 + rnd.nextInt(200)) + "号";
            return new Party(PartyKind.INDIVIDUAL, name.toString(), id, null, sequence % 2 == 1 ? "男" : "女", birth, null,
                    "138" + String.format("%08d", i % 100_000_000), address, address);
        }
        String name = "龙泉市八都镇" + SURNAMES[rnd.nextInt(SURNAMES.length)] + "记" + SHOPS[rnd.nextInt(SHOPS.length)];
        return new Party(PartyKind.ORGANIZATION, name, null, creditCode(i), null, null, "某某", "0578-7000000",
                "龙泉市八都镇八都街" + (1 + rnd.nextInt(300)) + "号", null);
    }

    private static String creditCode(int i) {
        String first17 = "9233118" + String.format("%010d", i);
        return first17 + org.zhifa.workstation.domain.party.CreditCode.checkCharacter(first17);
    }

    /** A plausible history for a case discovered on the day. */
    static CaseRecord history(String caseNo, CatalogMatter m, Party p, LocalDate discovered, SplittableRandom rnd) {
        List<CaseAction> a = new ArrayList<>();
        String o1 = "O02";
        String o2 = "O03";
        String lead = "O01";
        ProcedureKind kind = rnd.nextInt(10) < 7 ? ProcedureKind.SUMMARY : ProcedureKind.GENERAL;
        LocalDate filed = null;
        LocalDate decided = null;
        LocalDate closed = null;
        BigDecimal fine = null;
        BigDecimal confiscated = null;
        CaseState state;
        if (kind == ProcedureKind.SUMMARY) {
            PenaltyTerms t = rnd.nextInt(4) == 0 ? new PenaltyTerms(EnumSet.of(PenaltyType.WARNING), null, null, null, null)
                    : new PenaltyTerms(EnumSet.of(PenaltyType.FINE), BigDecimal.valueOf(20 + 10L * rnd.nextInt(19)), null, null, null);
            a.add(new DecideOnSite(discovered, o1, List.of(o1, o2), t, "DC" + caseNo, "八都街", true, true, false, false,
                    null, false, false, false));
            decided = discovered;
            fine = t.fine();
            if (rnd.nextInt(10) < 9) {
                a.add(new CloseCase(discovered.plusDays(5), o1, lead, "结案"));
                closed = discovered.plusDays(5);
            }
            state = closed == null ? CaseState.DECIDED : CaseState.CLOSED;
        } else {
            a.add(new Register(discovered, o1));
            filed = discovered.plusDays(rnd.nextInt(6));
            a.add(new FileCase(filed, o1, lead, List.of(o1, o2), null));
            state = CaseState.INVESTIGATING;
            if (rnd.nextInt(50) == 0) {
                a.add(new Seize(filed.plusDays(1), o1, lead, false, List.of(o1, o2), "涉案物品", "x"));
            }
            if (rnd.nextInt(100) == 0) {
                a.add(new Transfer(filed.plusDays(10), o1, TransferTarget.JUDICIAL, "公安机关", "涉嫌犯罪", lead));
                return record(caseNo, m, p, kind, CaseState.TRANSFERRED, discovered, filed, null, null, null, null, a);
            }
            if (rnd.nextInt(100) < 92) {
                LocalDate concluded = filed.plusDays(20 + rnd.nextInt(20));
                int roll = rnd.nextInt(100);
                EnumSet<Circumstance> cs = EnumSet.noneOf(Circumstance.class);
                if (roll < 8) {
                    decided = concluded.plusDays(10);
                    a.add(new DecideNoPenalty(decided, o1, roll < 4 ? NoPenaltyGround.FIRST_OFFENSE : NoPenaltyGround.MINOR_CORRECTED,
                            lead, "依法不予处罚", true));
                    state = CaseState.NO_PENALTY;
                } else {
                    if (roll < 33) {
                        cs.add(Circumstance.VOLUNTARILY_REDUCED_HARM);
                    } else if (roll > 90) {
                        cs.add(Circumstance.REPEAT_OFFENSE);
                    }
                    PenaltyTerms t = penalty(m, rnd);
                    a.add(new ConcludeInvestigation(concluded, o1, InvestigationOutcome.PENALTY, null, t, cs, null, false,
                            false, false, null));
                    if (rnd.nextInt(4) == 0) {
                        a.add(new RecordReviewOpinion(concluded.plusDays(3), "O12", "O12",
                                rnd.nextInt(300) == 0 ? ReviewConclusion.REJECT : ReviewConclusion.APPROVE,
                                List.of("事实清楚，证据充分"), null));
                    }
                    if (rnd.nextInt(33) == 0) {
                        a.add(new HoldHearing(concluded.plusDays(8), o1, "O04", false, true));
                    }
                    decided = concluded.plusDays(12);
                    a.add(new Decide(decided, o1, t, lead, "依据裁量基准", null, true));
                    fine = t.fine();
                    confiscated = t.confiscatedGains();
                    state = CaseState.DECIDED;
                    if (rnd.nextInt(20) != 0) {
                        a.add(new Publish(decided.plusDays(2), o1));
                    }
                    if (rnd.nextInt(100) == 0) {
                        a.add(new FileChallenge(decided.plusDays(20), o1, ChallengeKind.RECONSIDERATION, decided.plusDays(21), false));
                        a.add(new ConcludeChallenge(decided.plusDays(60), o1, ChallengeKind.RECONSIDERATION,
                                rnd.nextInt(5) == 0 ? ChallengeResult.CHANGED : ChallengeResult.UPHELD));
                    }
                    if (fine != null) {
                        boolean late = rnd.nextInt(50) == 0;
                        a.add(new RecordPayment(decided.plusDays(late ? 30 : 10), o1, fine,
                                late ? fine.multiply(new BigDecimal("0.03")).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO,
                                PaymentChannel.BANK, "B" + caseNo));
                        state = CaseState.EXECUTED;
                    }
                }
                if (rnd.nextInt(100) < 92) {
                    closed = decided.plusDays(20 + rnd.nextInt(20));
                    a.add(new CloseCase(closed, o1, lead, "结案"));
                    state = CaseState.CLOSED;
                }
            }
        }
        return record(caseNo, m, p, kind, state, discovered, filed, decided, closed, fine, confiscated, a);
    }

    private static PenaltyTerms penalty(CatalogMatter m, SplittableRandom rnd) {
        if (m.fineKind() == FineKind.FIXED && m.fineMin() != null && m.fineMax() != null) {
            long lo = m.fineMin().longValue();
            long hi = Math.max(lo, m.fineMax().longValue());
            BigDecimal fine = BigDecimal.valueOf(lo + (hi == lo ? 0 : rnd.nextLong(hi - lo + 1)));
            if (rnd.nextInt(10) == 0) {
                return new PenaltyTerms(EnumSet.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS), fine,
                        BigDecimal.valueOf(100 + rnd.nextInt(5000)), null, null);
            }
            return new PenaltyTerms(EnumSet.of(PenaltyType.FINE), fine, null, null, null);
        }
        if (m.penaltyTypes().contains(PenaltyType.WARNING)) {
            return new PenaltyTerms(EnumSet.of(PenaltyType.WARNING), null, null, null, null);
        }
        return new PenaltyTerms(EnumSet.of(PenaltyType.FINE), BigDecimal.valueOf(500 + rnd.nextInt(5000)), null, null, null);
    }

    private static CaseRecord record(String caseNo, CatalogMatter m, Party p, ProcedureKind kind, CaseState state,
                                     LocalDate discovered, LocalDate filed, LocalDate decided, LocalDate closed,
                                     BigDecimal fine, BigDecimal confiscated, List<CaseAction> actions) {
        String cause = p.name() + (m.name().length() > 12 ? m.name().substring(0, 12) : m.name()) + "案";
        return new CaseRecord(caseNo, null, m, p, kind, state, CaseSource.PATROL, cause, p.name() + "违法行为",
                discovered, "龙泉市八都镇", discovered, filed, decided, closed, fine, confiscated, 1, List.of(), actions);
    }
}
