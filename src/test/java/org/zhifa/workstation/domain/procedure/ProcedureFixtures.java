package org.zhifa.workstation.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.authority.AuthorityKind;
import org.zhifa.workstation.domain.calendar.ChineseHolidays2025And2026;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.DiscretionTier;
import org.zhifa.workstation.domain.catalog.FineKind;
import org.zhifa.workstation.domain.catalog.FinePrecondition;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.catalog.PowerSource;
import org.zhifa.workstation.domain.catalog.TierLevel;
import org.zhifa.workstation.domain.catalog.Verification;
import org.zhifa.workstation.domain.officer.Certificate;
import org.zhifa.workstation.domain.officer.CertificateStatus;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;

/**
 * Shared test data for the procedure engine: officers with every certificate situation, a catalog, parties,
 * the real 2025–2026 holiday calendar, and helpers to build and advance cases.
 */
public final class ProcedureFixtures {
    public static final Authority TOWNSHIP = new Authority("BADU", "龙泉市八都镇人民政府", "八都镇",
            AuthorityKind.TOWNSHIP_GOVERNMENT, "八都镇综执", "龙泉市人民政府", "龙泉市人民法院", "龙泉市八都镇", "0578-7000000", false);

    /** 负责人 (队长), certified. */
    public static final Officer LEAD = officer("O01", OfficerRole.LEAD, "浙33118100101", CertificateStatus.VALID, LocalDate.of(2028, 12, 31));
    public static final Officer A = officer("O02", OfficerRole.OFFICER, "浙33118100102", CertificateStatus.VALID, LocalDate.of(2028, 12, 31));
    public static final Officer B = officer("O03", OfficerRole.OFFICER, "浙33118100103", CertificateStatus.VALID, LocalDate.of(2028, 12, 31));
    public static final Officer C = officer("O04", OfficerRole.OFFICER, "浙33118100104", CertificateStatus.VALID, LocalDate.of(2028, 12, 31));
    public static final Officer SUSPENDED = officer("O07", OfficerRole.OFFICER, "浙33118100107", CertificateStatus.SUSPENDED, LocalDate.of(2028, 12, 31));
    public static final Officer REVOKED = officer("O08", OfficerRole.OFFICER, "浙33118100108", CertificateStatus.REVOKED, LocalDate.of(2028, 12, 31));
    /** Certificate valid until 2025-06-30. */
    public static final Officer EXPIRED = officer("O09", OfficerRole.OFFICER, "浙33118100109", CertificateStatus.VALID, LocalDate.of(2025, 6, 30));
    public static final Officer AUXILIARY = new Officer("O10", "BADU-ZFD", "协管员甲", "男", "协管员", OfficerRole.AUXILIARY,
            false, null, null, null);
    /** County reviewer with 法律职业资格. */
    public static final Officer REVIEWER = new Officer("O12", "LQZF-ASZX", "审核员甲", "女", "法制审核员", OfficerRole.REVIEWER,
            true, LocalDate.of(2022, 3, 1), null, null);
    /** Reviewer who took up the role after 2021-07-15 without 法律职业资格 (R15). */
    public static final Officer UNQUALIFIED_REVIEWER = new Officer("O14", "LQZF-ASZX", "审核员乙", "男", "法制审核员",
            OfficerRole.REVIEWER, false, LocalDate.of(2023, 1, 1), null, null);

    /** 出店经营 (SRHW-009): 100–1000 yuan after an overdue correction order; on the 首违不罚 list. */
    public static final CatalogMatter MATTER = new CatalogMatter("SRHW-009",
            "对沿街和广场周边的经营者擅自超出门、窗进行店外经营、作业或者展示商品的行政处罚", "占道经营", "BADU",
            PowerSource.DELEGATION, "《浙江省城市市容和环境卫生管理条例》第十七条第一款",
            "《浙江省城市市容和环境卫生管理条例》第十七条第三款", Set.of(PenaltyType.FINE),
            "逾期不改正的，对违反本条第一款规定的行为，可以处一百元以上一千元以下罚款", FineKind.FIXED,
            new BigDecimal("100.00"), new BigDecimal("1000.00"), null, FinePrecondition.OVERDUE_UNCORRECTED, 2, false,
            false, true, true, Verification.VERIFIED, null, "八都镇综合行政执法裁量基准（演示）", "2025版",
            List.of(new DiscretionTier(1, TierLevel.NO_PENALTY, null, "初次违法，危害后果轻微并及时改正", null, null, null),
                    new DiscretionTier(2, TierLevel.LENIENT, null, "逾期改正，影响较小", new BigDecimal("100.00"), new BigDecimal("300.00"), null),
                    new DiscretionTier(3, TierLevel.ORDINARY, null, "逾期不改正", new BigDecimal("300.00"), new BigDecimal("700.00"), null),
                    new DiscretionTier(4, TierLevel.SEVERE, null, "逾期不改正且影响恶劣，或一年内再次违法", new BigDecimal("700.00"), new BigDecimal("1000.00"), null)));

    /** The same matter without the correction-order precondition, for on-site fines decided at once. */
    public static final CatalogMatter ON_SITE_MATTER = new CatalogMatter("TEST-OS1", "测试用当场处罚事项", "市容环境卫生",
            "BADU", PowerSource.DELEGATION, MATTER.violatedProvision(), MATTER.penaltyProvision(),
            Set.of(PenaltyType.WARNING, PenaltyType.FINE), "处警告或者五千元以下罚款", FineKind.FIXED, null,
            new BigDecimal("5000.00"), null, FinePrecondition.NONE, 2, false, false, false, false,
            Verification.VERIFIED, null, MATTER.benchmarkName(), MATTER.benchmarkVersion(), List.of());

    /** 建筑垃圾倾倒 by an organisation: 100,000–1,000,000 yuan (hearing and review thresholds). */
    public static final CatalogMatter LARGE_FINE_MATTER = new CatalogMatter("JZLJ-004", "对单位随意倾倒建筑垃圾的行政处罚",
            "建筑垃圾", "BADU", PowerSource.DELEGATION, "《中华人民共和国固体废物污染环境防治法》第六十三条",
            "《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第三项", Set.of(PenaltyType.FINE),
            "对单位处五万元以上五十万元以下的罚款", FineKind.FIXED, new BigDecimal("50000.00"), new BigDecimal("500000.00"),
            null, FinePrecondition.NONE, 2, false, false, false, false, Verification.VERIFIED, null,
            "八都镇综合行政执法裁量基准（演示）", "2025版",
            List.of(new DiscretionTier(1, TierLevel.LENIENT, null, "数量较少且已清运", new BigDecimal("50000.00"), new BigDecimal("150000.00"), null),
                    new DiscretionTier(2, TierLevel.ORDINARY, null, "一般情形", new BigDecimal("150000.00"), new BigDecimal("300000.00"), null),
                    new DiscretionTier(3, TierLevel.SEVERE, null, "数量大或进入水体", new BigDecimal("300000.00"), new BigDecimal("500000.00"), null)));

    public static final Party ADULT = new Party(PartyKind.INDIVIDUAL, "徐建国", "11010519491231002X", null, "女",
            LocalDate.of(1949, 12, 31), null, "13800000000", "龙泉市八都镇八都街1号", "龙泉市八都镇八都街1号");
    public static final Party COMPANY = new Party(PartyKind.ORGANIZATION, "龙泉某某建设工程有限公司", null,
            "91350100M000100Y43", null, null, "王某", "0578-7111111", "龙泉市龙渊街道", "龙泉市龙渊街道");

    private ProcedureFixtures() {
    }

    private static Officer officer(String code, OfficerRole role, String cert, CertificateStatus status, LocalDate validTo) {
        return new Officer(code, "BADU-ZFD", "执法人员" + code, "男", role == OfficerRole.LEAD ? "队长" : "队员", role,
                false, null, null, new Certificate(cert, "浙江省人民政府", LocalDate.of(2022, 1, 1), validTo, status, null));
    }

    public static LegalCalendar calendar() {
        return new LegalCalendar(ChineseHolidays2025And2026.calendar());
    }

    public static RuleContext context() {
        return context(ProcedureSettings.defaults());
    }

    public static RuleContext context(ProcedureSettings settings) {
        List<Officer> officers = List.of(LEAD, A, B, C, SUSPENDED, REVOKED, EXPIRED, AUXILIARY, REVIEWER, UNQUALIFIED_REVIEWER);
        return new RuleContext(calendar(), settings,
                officers.stream().collect(Collectors.toMap(Officer::code, Function.identity())),
                Map.of(MATTER.code(), MATTER, LARGE_FINE_MATTER.code(), LARGE_FINE_MATTER, ON_SITE_MATTER.code(), ON_SITE_MATTER));
    }

    /** A new general-procedure lead, discovered on the day, for the matter and party given. */
    public static CaseRecord lead(LocalDate discoveredOn, CatalogMatter matter, Party party) {
        return new CaseRecord("BD-2025-0999", TOWNSHIP, matter, party, ProcedureKind.GENERAL, CaseState.LEAD,
                CaseSource.PATROL, "测试案", "测试事实", discoveredOn, "八都镇八都街", discoveredOn, null, null, null,
                null, null, 1, List.of(), List.of());
    }

    /** A new summary-procedure (on-site) lead. */
    public static CaseRecord onSiteLead(LocalDate discoveredOn, CatalogMatter matter, Party party) {
        return new CaseRecord("BD-2025-0998", TOWNSHIP, matter, party, ProcedureKind.SUMMARY, CaseState.LEAD,
                CaseSource.PATROL, "测试当场处罚案", "测试事实", discoveredOn, "八都镇八都街", discoveredOn, null, null,
                null, null, null, 1, List.of(), List.of());
    }

    /** Applies actions that must all be accepted; returns the case after them. */
    public static CaseRecord advance(CaseRecord c, CaseAction... actions) {
        ProcedureEngine engine = ProcedureEngine.standard();
        CaseRecord current = c;
        for (CaseAction a : actions) {
            Outcome o = engine.apply(current, a, context());
            assertThat(o.blocking()).as("action %s on %s", a.type(), a.date()).isEmpty();
            current = o.result();
        }
        return current;
    }

    /** Applies one action and returns the outcome (accepted or not). */
    public static Outcome attempt(CaseRecord c, CaseAction a) {
        return ProcedureEngine.standard().apply(c, a, context());
    }

    /** Whether the outcome was blocked by the rule. */
    public static boolean blockedBy(Outcome o, String rule) {
        return !o.accepted() && o.blocking().stream().anyMatch(v -> v.rule().equals(rule));
    }
}
