package org.zhifa.workstation.domain.procedure.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.Deliberate;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.action.SubmitReview;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.DiscretionTier;
import org.zhifa.workstation.domain.catalog.FineKind;
import org.zhifa.workstation.domain.catalog.FinePrecondition;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.catalog.PowerSource;
import org.zhifa.workstation.domain.catalog.Verification;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * Histories for the decision part. Earlier steps of other parts (立案, 笔录, 调查终结) are written straight into
 * the case with the state they lead to, so these tests exercise only this part's gates; this part's own steps go
 * through the engine ({@link ProcedureFixtures#advance}, {@link ProcedureFixtures#attempt}).
 */
final class DecisionFixtures {
    /** Officer codes of ProcedureFixtures: 负责人, officers A/B/C, the qualified and the unqualified reviewer. */
    static final String LEAD = "O01";
    static final String A = "O02";
    static final String B = "O03";
    static final String C = "O04";
    static final String REVIEWER = "O12";
    static final String UNQUALIFIED = "O14";
    static final String STATEMENT = "依据《八都镇综合行政执法裁量基准（演示）》（2025版）第SRHW-009项，适用一般档（300元至700元），拟处罚款500元。";

    /** A reviewer since 2020 without 法律职业资格: counts under Art 58 ¶2 (took up the role before 2021-07-15). */
    static final Officer OLD_REVIEWER = new Officer("O15", "LQZF-ASZX", "审核员丙", "女", "法制审核员",
            OfficerRole.REVIEWER, false, LocalDate.of(2020, 1, 1), null, null);

    /** 警告或者五千元以下罚款 (a made-up matter with a warning option, no tiers, for R11/R20). */
    static final CatalogMatter WARN_OR_FINE = matter("TEST-001", "BADU", Set.of(PenaltyType.WARNING, PenaltyType.FINE,
            PenaltyType.CONFISCATE_PROPERTY), null, "5000", List.of());
    /** A matter of the county market regulator, in the catalog but not this authority's (R42). */
    static final CatalogMatter OTHER_AUTHORITY = matter("SCJG-001", "LQ-SCJG", Set.of(PenaltyType.FINE), "100", "1000", List.of());
    /** A matter missing from the catalog (R42). */
    static final CatalogMatter NOT_IN_CATALOG = matter("XXXX-999", "BADU", Set.of(PenaltyType.FINE), "100", "1000", List.of());

    private DecisionFixtures() {
    }

    static CatalogMatter matter(String code, String authority, Set<PenaltyType> types, String min, String max,
                                List<DiscretionTier> tiers) {
        return new CatalogMatter(code, "测试事项" + code, "测试", authority, PowerSource.DELEGATION, "《测试条例》第一条",
                "《测试条例》第二条", types, "测试", FineKind.FIXED, min == null ? null : new BigDecimal(min),
                new BigDecimal(max), null, FinePrecondition.NONE, 2, false, false, false, false, Verification.VERIFIED,
                null, "八都镇综合行政执法裁量基准（演示）", "2025版", tiers);
    }

    /** The shared context plus the old reviewer and the test matters (NOT_IN_CATALOG excluded). */
    static RuleContext context() {
        return context(ProcedureSettings.defaults());
    }

    static RuleContext context(ProcedureSettings settings) {
        RuleContext base = ProcedureFixtures.context(settings);
        Map<String, Officer> officers = new HashMap<>(base.officers());
        officers.put(OLD_REVIEWER.code(), OLD_REVIEWER);
        Map<String, CatalogMatter> catalog = new HashMap<>(base.catalog());
        for (CatalogMatter m : List.of(WARN_OR_FINE, OTHER_AUTHORITY)) {
            catalog.put(m.code(), m);
        }
        return new RuleContext(base.calendar(), settings, officers, catalog);
    }

    static Outcome attempt(CaseRecord c, CaseAction a) {
        return ProcedureEngine.standard().apply(c, a, context());
    }

    static Outcome attempt(CaseRecord c, CaseAction a, RuleContext ctx) {
        return ProcedureEngine.standard().apply(c, a, ctx);
    }

    /** Applies actions that must all be accepted. */
    static CaseRecord advance(CaseRecord c, CaseAction... actions) {
        CaseRecord current = c;
        for (CaseAction a : actions) {
            Outcome o = attempt(current, a);
            assertThat(o.blocking()).as("%s on %s", a.type(), a.date()).isEmpty();
            current = o.result();
        }
        return current;
    }

    static boolean blockedBy(Outcome o, String rule) {
        return ProcedureFixtures.blockedBy(o, rule);
    }

    /** The rules of the blocking violations. */
    static List<String> rules(Outcome o) {
        return o.blocking().stream().map(Violation::rule).distinct().toList();
    }

    static List<String> warningRules(Outcome o) {
        return o.warnings().stream().map(Violation::rule).distinct().toList();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static PenaltyTerms fine(String amount) {
        return new PenaltyTerms(Set.of(PenaltyType.FINE), new BigDecimal(amount), null, null, null);
    }

    static PenaltyTerms terms(Set<PenaltyType> types, String fine, String gains) {
        return new PenaltyTerms(types, fine == null ? null : new BigDecimal(fine), gains == null ? null : new BigDecimal(gains), null, null);
    }

    /** Writes actions into the history without gates; the case ends in the given state. */
    static CaseRecord given(CaseRecord c, CaseState state, CaseAction... actions) {
        CaseRecord r = c;
        for (CaseAction a : actions) {
            r = r.with(a, state);
        }
        return r;
    }

    static FileCase file(LocalDate on) {
        return new FileCase(on, A, LEAD, List.of(A, B), null);
    }

    static MakeRecord record(LocalDate on) {
        return new MakeRecord(on, A, RecordKind.INQUIRY, List.of(A, B), B, on.atTime(9, 0), on.atTime(10, 0),
                "八都镇综合行政执法队", true, true, "徐建国", "询问当事人");
    }

    static ConcludeInvestigation conclusion(LocalDate on, PenaltyTerms proposal, Circumstance... cs) {
        return new ConcludeInvestigation(on, A, InvestigationOutcome.PENALTY, null, proposal, set(cs), null,
                false, false, false, null);
    }

    /** A conclusion with flags: illegal gains, complex, major public interest, difficult. */
    static ConcludeInvestigation conclusion(LocalDate on, PenaltyTerms proposal, BigDecimal gains, boolean complex,
                                            boolean major, boolean difficult, Circumstance... cs) {
        return new ConcludeInvestigation(on, A, InvestigationOutcome.PENALTY, null, proposal, set(cs), gains,
                complex, major, difficult, null);
    }

    static Set<Circumstance> set(Circumstance... cs) {
        EnumSet<Circumstance> s = EnumSet.noneOf(Circumstance.class);
        s.addAll(List.of(cs));
        return s;
    }

    /** 立案 and a 笔录 on the filing day, then the conclusion: the case is UNDER_REVIEW. */
    static CaseRecord underReview(CatalogMatter matter, Party party, LocalDate filed, ConcludeInvestigation conclusion) {
        CaseRecord c = ProcedureFixtures.lead(filed, matter, party);
        c = given(c, CaseState.FILED, file(filed));
        c = given(c, CaseState.INVESTIGATING, record(filed));
        return given(c, CaseState.UNDER_REVIEW, conclusion);
    }

    /** The plain case: 出店经营 (SRHW-009) by an adult, filed 2025-03-03, concluded 03-10 proposing ¥500, no circumstances. */
    static CaseRecord plainUnderReview() {
        return underReview(ProcedureFixtures.MATTER, ProcedureFixtures.ADULT, d("2025-03-03"),
                conclusion(d("2025-03-10"), fine("500")));
    }

    static ServeNotice notice(LocalDate on, PenaltyTerms proposal, boolean hearingRight) {
        return new ServeNotice(on, A, proposal, hearingRight, ServiceMethod.PERSONAL);
    }

    /** The decision as an officer fills it: approved by the 负责人, with a discretion statement and remedy clause. */
    static Decide decide(LocalDate on, PenaltyTerms penalty) {
        return new Decide(on, A, penalty, LEAD, STATEMENT, null, true);
    }

    static Decide decide(LocalDate on, PenaltyTerms penalty, String departureReason) {
        return new Decide(on, A, penalty, LEAD, STATEMENT, departureReason, true);
    }

    static DecideNoPenalty noPenalty(LocalDate on, NoPenaltyGround ground, String reason, boolean educated) {
        return new DecideNoPenalty(on, A, ground, LEAD, reason, educated);
    }

    static SubmitReview submit(LocalDate on) {
        return new SubmitReview(on, A, REVIEWER);
    }

    static RecordReviewOpinion opinion(LocalDate on, String reviewer, ReviewConclusion conclusion) {
        return new RecordReviewOpinion(on, reviewer, reviewer, conclusion,
                conclusion == ReviewConclusion.APPROVE ? List.of() : List.of("证据不足，请补充现场照片"), "《中华人民共和国行政处罚法》第五十八条");
    }

    static Deliberate deliberation(LocalDate on, boolean signed) {
        return new Deliberate(on, LEAD, LEAD, List.of(LEAD, C), "同意按拟处罚意见作出决定", signed);
    }

    static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0);
    }
}
