package org.zhifa.workstation.domain.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.cases.Circumstance.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.DiscretionTier;
import org.zhifa.workstation.domain.catalog.FineKind;
import org.zhifa.workstation.domain.catalog.FinePrecondition;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.catalog.PowerSource;
import org.zhifa.workstation.domain.catalog.TierLevel;
import org.zhifa.workstation.domain.catalog.Verification;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.domain.text.Texts;

/** The discretion engine on the demo benchmark (SRHW-009: 从轻 100–300, 一般 300–700, 从重 700–1000). */
class DiscretionEngineTest {
    private static final CatalogMatter MATTER = ProcedureFixtures.MATTER;

    private static DiscretionResult assess(CatalogMatter m, PartyKind kind, String proposed, Circumstance... cs) {
        return DiscretionEngine.assess(DiscretionRequest.of(m, kind, Set.of(cs)).proposing(proposed == null ? null : new BigDecimal(proposed)));
    }

    private static DiscretionResult assess(String proposed, Circumstance... cs) {
        return assess(MATTER, PartyKind.INDIVIDUAL, proposed, cs);
    }

    private static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    private static CatalogMatter matter(FineKind kind, String min, String max, String unit, List<DiscretionTier> tiers,
                                        String benchmark) {
        return new CatalogMatter("TEST-002", "测试事项", "测试", "BADU", PowerSource.DELEGATION, "《测试条例》第一条",
                "《测试条例》第二条", Set.of(PenaltyType.FINE), "测试", kind, min == null ? null : new BigDecimal(min),
                new BigDecimal(max), unit, FinePrecondition.NONE, 2, false, false, false, false, Verification.VERIFIED,
                null, benchmark, benchmark == null ? null : "2025版", tiers);
    }

    private static DiscretionTier tier(TierLevel level, PartyKind kind, String min, String max) {
        return new DiscretionTier(0, level, kind, "测试", new BigDecimal(min), new BigDecimal(max), null);
    }

    @Test
    @DisplayName("R9 不予处罚条件矩阵：无危害后果+及时改正必须不罚；首违+危害轻微+及时改正在清单事项上可以不罚")
    void r9_noPenaltyAdviceMatrix() {
        assertThat(assess(null, NO_HARM, CORRECTED_PROMPTLY).noPenalty()).isEqualTo(NoPenaltyAdvice.MUST);
        assertThat(assess(null, NO_HARM, CORRECTED_PROMPTLY).tier()).isEqualTo(TierLevel.NO_PENALTY);
        assertThat(assess(null, NO_HARM, CORRECTED_PROMPTLY, LARGE_SCALE).noPenalty()).as("not minor").isEqualTo(NoPenaltyAdvice.NONE);
        assertThat(assess(null, NO_HARM).noPenalty()).isEqualTo(NoPenaltyAdvice.NONE);
        assertThat(assess(null, HARM_MINOR, CORRECTED_PROMPTLY).noPenalty()).isEqualTo(NoPenaltyAdvice.NONE);
        DiscretionResult may = assess(null, FIRST_OFFENSE, HARM_MINOR, CORRECTED_PROMPTLY);
        assertThat(may.noPenalty()).isEqualTo(NoPenaltyAdvice.MAY);
        assertThat(may.tier()).isEqualTo(TierLevel.NO_PENALTY);
        assertThat(may.suggestedFine()).isNull();
        assertThat(assess(null, FIRST_OFFENSE, HARM_MINOR).noPenalty()).isEqualTo(NoPenaltyAdvice.NONE);
        assertThat(assess(ProcedureFixtures.LARGE_FINE_MATTER, PartyKind.ORGANIZATION, null, FIRST_OFFENSE, HARM_MINOR,
                CORRECTED_PROMPTLY).noPenalty()).as("matter not on the 首违不罚 list").isEqualTo(NoPenaltyAdvice.NONE);
        DiscretionResult fineAnyway = assess("500", FIRST_OFFENSE, HARM_MINOR, CORRECTED_PROMPTLY);
        assertThat(fineAnyway.noPenalty()).isEqualTo(NoPenaltyAdvice.MAY);
        assertThat(fineAnyway.tier()).isEqualTo(TierLevel.ORDINARY);
        assertThat(fineAnyway.lawful()).isTrue();
        assertThat(assess("500", NO_HARM, CORRECTED_PROMPTLY).issues()).containsExactly(DiscretionIssue.NO_PENALTY_MANDATORY);
    }

    @Test
    @DisplayName("裁量档次：无情节一般档；法定从轻减轻情节至少从轻（优先于从重情节）；从重情节从重档")
    void tierChoice() {
        DiscretionResult ordinary = assess(null);
        assertThat(ordinary.tier()).isEqualTo(TierLevel.ORDINARY);
        assertThat(ordinary.rangeMin()).isEqualByComparingTo("300");
        assertThat(ordinary.rangeMax()).isEqualByComparingTo("700");
        assertThat(ordinary.suggestedFine()).isEqualByComparingTo("500");
        for (Circumstance c : CircumstanceRules.MANDATORY_MITIGATION) {
            assertThat(assess(null, c).tier()).as(c.name()).isEqualTo(TierLevel.LENIENT);
            assertThat(assess(null, c, REPEAT_OFFENSE, SERIOUS_HARM).tier()).as(c + " beats aggravation").isEqualTo(TierLevel.LENIENT);
        }
        DiscretionResult lenient = assess(null, MINOR_14_TO_18);
        assertThat(lenient.rangeMin()).isEqualByComparingTo("100");
        assertThat(lenient.rangeMax()).isEqualByComparingTo("300");
        assertThat(lenient.suggestedFine()).isEqualByComparingTo("200");
        for (Circumstance c : CircumstanceRules.AGGRAVATING) {
            assertThat(assess(null, c).tier()).as(c.name()).isEqualTo(TierLevel.SEVERE);
        }
        assertThat(assess(null, REPEAT_OFFENSE).suggestedFine()).isEqualByComparingTo("850");
        assertThat(assess(null, PARTIAL_INCAPACITY).tier()).isEqualTo(TierLevel.LENIENT);
        assertThat(assess(null, PARTIAL_INCAPACITY, REPEAT_OFFENSE).tier()).as("Art 31 'may' does not beat aggravation")
                .isEqualTo(TierLevel.SEVERE);
        assertThat(assess(null, HARM_MINOR, CORRECTED_PROMPTLY).tier()).isEqualTo(TierLevel.ORDINARY);
    }

    @Test
    @DisplayName("减轻：有法定减轻情节并选择减轻（或拟罚低于法定最低额）适用减轻档，低于法定最低限额")
    void mitigation() {
        DiscretionResult chosen = DiscretionEngine.assess(DiscretionRequest.of(MATTER, PartyKind.INDIVIDUAL,
                Set.of(COERCED_OR_DECEIVED)).choosingMitigation());
        assertThat(chosen.tier()).isEqualTo(TierLevel.MITIGATED);
        assertThat(chosen.rangeMin()).isEqualByComparingTo("0");
        assertThat(chosen.rangeMax()).isEqualByComparingTo("100");
        assertThat(chosen.suggestedFine()).isEqualByComparingTo("50");
        DiscretionResult noGround = DiscretionEngine.assess(DiscretionRequest.of(MATTER, PartyKind.INDIVIDUAL, Set.of()).choosingMitigation());
        assertThat(noGround.tier()).isEqualTo(TierLevel.ORDINARY);
        DiscretionResult below = assess("80", COERCED_OR_DECEIVED);
        assertThat(below.tier()).isEqualTo(TierLevel.MITIGATED);
        assertThat(below.issues()).isEmpty();
        assertThat(assess("80").issues()).contains(DiscretionIssue.BELOW_STATUTORY_MIN);
    }

    @Test
    @DisplayName("拟罚金额：超过法定上限、无减轻情节低于下限均违法；超出档次须说明理由并触发审核、讨论；应当从轻而高于从轻档违法")
    void proposedFineIssues() {
        assertThat(assess("1000.01", REPEAT_OFFENSE).issues()).contains(DiscretionIssue.ABOVE_STATUTORY_MAX);
        assertThat(assess("1000.01", REPEAT_OFFENSE).lawful()).isFalse();
        assertThat(assess("1000.00", REPEAT_OFFENSE).issues()).isEmpty();
        assertThat(assess("99.99").issues()).contains(DiscretionIssue.BELOW_STATUTORY_MIN);
        assertThat(assess("100.00").issues()).containsExactly(DiscretionIssue.OUTSIDE_TIER);
        DiscretionResult departure = assess("700.01");
        assertThat(departure.departure()).isTrue();
        assertThat(departure.lawful()).isTrue();
        assertThat(departure.departureReasonMissing()).isTrue();
        assertThat(departure.requiresReview(true)).isTrue();
        assertThat(departure.requiresReview(false)).isFalse();
        assertThat(departure.requiresDeliberation(true)).isTrue();
        assertThat(assess("700.00").issues()).isEmpty();
        assertThat(assess("300.00").issues()).isEmpty();
        assertThat(assess("300.01", MINOR_14_TO_18).issues())
                .containsExactlyInAnyOrder(DiscretionIssue.OUTSIDE_TIER, DiscretionIssue.MITIGATION_REQUIRED);
        assertThat(assess("300.00", MINOR_14_TO_18).issues()).isEmpty();
    }

    @Test
    @DisplayName("档次按当事人类型：公民、组织各有档次时分别适用")
    void tiersByPartyKind() {
        CatalogMatter m = matter(FineKind.FIXED, "1000", "50000", null, List.of(
                tier(TierLevel.ORDINARY, PartyKind.INDIVIDUAL, "1000", "5000"),
                tier(TierLevel.ORDINARY, PartyKind.ORGANIZATION, "10000", "30000"),
                tier(TierLevel.SEVERE, null, "30000", "50000")), "测试基准");
        DiscretionResult person = assess(m, PartyKind.INDIVIDUAL, null);
        assertThat(person.rangeMin()).isEqualByComparingTo("1000");
        assertThat(person.rangeMax()).isEqualByComparingTo("5000");
        assertThat(person.suggestedFine()).isEqualByComparingTo("3000");
        DiscretionResult company = assess(m, PartyKind.ORGANIZATION, null);
        assertThat(company.rangeMin()).isEqualByComparingTo("10000");
        assertThat(company.suggestedFine()).isEqualByComparingTo("20000");
        assertThat(assess(m, PartyKind.ORGANIZATION, null, SERIOUS_HARM).rangeMin()).isEqualByComparingTo("30000");
        DiscretionResult noLenientTier = assess(m, PartyKind.INDIVIDUAL, null, MINOR_14_TO_18);
        assertThat(noLenientTier.benchmarkTier()).isNull();
        assertThat(noLenientTier.rangeMin()).as("statutory range").isEqualByComparingTo("1000");
        assertThat(noLenientTier.rangeMax()).isEqualByComparingTo("50000");
    }

    @Test
    @DisplayName("建议金额：幅度中值，1000元以下取整到10元，10万元以下到100元，以上到1000元，且不超出幅度")
    void suggestionRounding() {
        assertThat(DiscretionEngine.suggest(yuan("100"), yuan("255"))).isEqualByComparingTo("180");
        assertThat(DiscretionEngine.suggest(yuan("1000"), yuan("1450"))).isEqualByComparingTo("1200");
        assertThat(DiscretionEngine.suggest(yuan("150000"), yuan("300000"))).isEqualByComparingTo("225000");
        assertThat(DiscretionEngine.suggest(yuan("50000"), yuan("150000"))).isEqualByComparingTo("100000");
        assertThat(DiscretionEngine.suggest(yuan("101"), yuan("104"))).as("kept inside the range").isEqualByComparingTo("102.50");
        assertThat(DiscretionEngine.suggest(yuan("0"), yuan("5"))).isEqualByComparingTo("2.50");
    }

    @Test
    @DisplayName("倍数罚款：给出基数时换算为元，未给基数时只说明倍数幅度")
    void multipleFines() {
        CatalogMatter m = matter(FineKind.MULTIPLE, "0.05", "0.10", "倍（基数：建设工程造价）", List.of(
                tier(TierLevel.LENIENT, null, "0.05", "0.06"), tier(TierLevel.ORDINARY, null, "0.06", "0.08"),
                tier(TierLevel.SEVERE, null, "0.08", "0.10")), "测试基准");
        DiscretionResult based = DiscretionEngine.assess(DiscretionRequest.of(m, PartyKind.INDIVIDUAL, Set.of())
                .withFineBase(yuan("1000000")).proposing(yuan("120000")));
        assertThat(based.rangeMin()).isEqualByComparingTo("60000");
        assertThat(based.rangeMax()).isEqualByComparingTo("80000");
        assertThat(based.statutoryMax()).isEqualByComparingTo("100000");
        assertThat(based.suggestedFine()).isEqualByComparingTo("70000");
        assertThat(based.issues()).contains(DiscretionIssue.ABOVE_STATUTORY_MAX);
        DiscretionResult unbased = assess(m, PartyKind.INDIVIDUAL, "70000");
        assertThat(unbased.rangeMax()).isNull();
        assertThat(unbased.issues()).isEmpty();
        assertThat(unbased.sentence()).contains("适用一般档（0.06至0.08，倍（基数：建设工程造价））");
    }

    @Test
    @DisplayName("裁量说明：写明基准名称版本、事项编号名称、情节、档次幅度和拟罚金额")
    void sentences() {
        String basis = "依据《八都镇综合行政执法裁量基准（演示）》（2025版）第SRHW-009项（" + MATTER.name() + "），";
        assertThat(assess("200", VOLUNTARILY_REDUCED_HARM).sentence()).isEqualTo(basis + "当事人具有"
                + Texts.label(VOLUNTARILY_REDUCED_HARM) + "情节，适用从轻档（100元至300元），拟处罚款200元。");
        assertThat(assess(null).sentence()).isEqualTo(basis + "当事人无法定从轻、减轻或者从重情节，适用一般档（300元至700元），建议罚款500元。");
        assertThat(DiscretionEngine.assess(DiscretionRequest.of(MATTER, PartyKind.INDIVIDUAL, Set.of())
                .proposing(yuan("750")).withDepartureReason("占道面积大")).sentence())
                .isEqualTo(basis + "当事人无法定从轻、减轻或者从重情节，适用一般档（300元至700元），拟处罚款750元（超出该档幅度，理由：占道面积大）。");
        assertThat(assess(null, CORRECTED_PROMPTLY, NO_HARM).sentence()).isEqualTo(basis + "当事人具有"
                + Texts.label(NO_HARM) + "、" + Texts.label(CORRECTED_PROMPTLY)
                + "情节，违法行为轻微并及时改正，没有造成危害后果，依照《中华人民共和国行政处罚法》第三十三条第一款，依法不予行政处罚。");
        assertThat(assess("80", COERCED_OR_DECEIVED).sentence()).endsWith("适用减轻档（低于法定最低罚款100元），拟处罚款80元。");
        CatalogMatter noBenchmark = matter(FineKind.FIXED, "200", "2000", null, List.of(), null);
        assertThat(assess(noBenchmark, PartyKind.INDIVIDUAL, "1000.5").sentence()).isEqualTo(
                "本事项未制定裁量基准，依据《测试条例》第二条在法定幅度内裁量（事项TEST-002：测试事项），"
                        + "当事人无法定从轻、减轻或者从重情节，适用一般档（基准未设该档，在法定幅度200元至2000元内裁量），拟处罚款1000.50元。");
    }
}
