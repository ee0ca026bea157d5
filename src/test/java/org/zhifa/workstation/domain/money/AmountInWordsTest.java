package org.zhifa.workstation.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("R36 大写金额（domain.md §8）")
class AmountInWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1409.50, 人民币壹仟肆佰零玖元伍角",
            "6007.14, 人民币陆仟零柒元壹角肆分",
            "1680.32, 人民币壹仟陆佰捌拾元叁角贰分",
            "107000.53, 人民币壹拾万零柒仟元伍角叁分",
            "16409.02, 人民币壹万陆仟肆佰零玖元零贰分",
            "200, 人民币贰佰元整",
            "100500, 人民币壹拾万零伍佰元整",
            "0.50, 人民币伍角"
    })
    @DisplayName("R36 大写金额: domain.md §8 的示例")
    void domainExamples(String figure, String words) {
        assertThat(AmountInWords.of(new BigDecimal(figure))).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0, 人民币零元整",
            "0.00, 人民币零元整",
            "10, 人民币壹拾元整",
            "100000000, 人民币壹亿元整",
            "100000001, 人民币壹亿零壹元整",
            "1000010000, 人民币壹拾亿零壹万元整",
            "0.05, 人民币伍分",
            "0.55, 人民币伍角伍分",
            "1, 人民币壹元整",
            "10.01, 人民币壹拾元零壹分",
            "101, 人民币壹佰零壹元整",
            "1010, 人民币壹仟零壹拾元整",
            "10010, 人民币壹万零壹拾元整",
            "100000, 人民币壹拾万元整",
            "110000000, 人民币壹亿壹仟万元整",
            "100010000, 人民币壹亿零壹万元整",
            "200.00, 人民币贰佰元整",
            "1.500, 人民币壹元伍角",
            "999999999999.99, 人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
    })
    @DisplayName("R36 大写金额: 零、壹拾、亿、跨万亿的零与角分")
    void moreCases(String figure, String words) {
        assertThat(AmountInWords.of(new BigDecimal(figure))).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-0.01", "-200", "1.005", "0.001", "1000000000000", "1000000000000.00"})
    @DisplayName("R36 大写金额: 负数、超过两位小数、超出范围被拒绝")
    void rejects(String figure) {
        assertThatThrownBy(() -> AmountInWords.of(new BigDecimal(figure)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R36 大写金额: null 被拒绝")
    void rejectsNull() {
        assertThatThrownBy(() -> AmountInWords.of(null)).isInstanceOf(NullPointerException.class);
    }
}
