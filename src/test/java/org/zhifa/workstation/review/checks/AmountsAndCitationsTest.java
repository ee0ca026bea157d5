package org.zhifa.workstation.review.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.money.AmountInWords;

/** Reading 大写 amounts back (R36) and the substantive citations a notice and a decision compare (R20). */
class AmountsAndCitationsTest {

    @Test
    void r36_readsEveryExampleOfDomainSection8BackToItsValue() {
        for (String v : new String[] {"1409.50", "6007.14", "1680.32", "107000.53", "16409.02", "200", "100500", "0.50",
                "120000000", "100000000000.01"}) {
            BigDecimal amount = new BigDecimal(v);
            assertThat(ChineseAmount.parse(AmountInWords.of(amount))).as(v).hasValueSatisfying(
                    x -> assertThat(x).isEqualByComparingTo(amount));
        }
    }

    @Test
    void r36_acceptsTheOtherAllowedStyles() {
        assertThat(ChineseAmount.parse("壹拾万柒仟元整")).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("107000"));
        assertThat(ChineseAmount.parse("拾万元正")).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("100000"));
        assertThat(ChineseAmount.parse("人民币伍佰圆整")).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("500"));
        assertThat(ChineseAmount.parse("人民币壹仟陆佰捌拾元零叁角贰分")).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("1680.32"));
    }

    @Test
    void r36_rejectsWhatIsNotAnAmount() {
        assertThat(ChineseAmount.parse("人民币")).isEmpty();
        assertThat(ChineseAmount.parse("壹贰元")).isEmpty();
        assertThat(ChineseAmount.parse("伍佰")).isEmpty();
        assertThat(ChineseAmount.parse("壹佰元伍角叁")).isEmpty();
    }

    @Test
    void r20_citationsCarryTheArticleOverToLaterClausesAndSkipTheProceduralLaws() {
        String text = "违反了《浙江省城市市容和环境卫生管理条例》第十七条第一款、第三款，依据《中华人民共和国固体废物污染环境防治法》"
                + "第一百一十一条第一款第三项、第四项和第一百一十二条，依照《中华人民共和国行政处罚法》第七十二条第一款第一项加处罚款。";
        assertThat(Citations.of(text)).containsExactly(
                "《浙江省城市市容和环境卫生管理条例》第十七条第一款",
                "《浙江省城市市容和环境卫生管理条例》第十七条第三款",
                "《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第三项",
                "《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第四项",
                "《中华人民共和国固体废物污染环境防治法》第一百一十二条");
    }
}
