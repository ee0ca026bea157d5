package org.zhifa.workstation.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("R35 统一社会信用代码（GB 32100-2015）")
class CreditCodeTest {

    @Test
    @DisplayName("R35 信用代码校验: 91350100M000100Y43 有效（Σ=1640，mod 31 = 28 → 3）")
    void domainExample() {
        ValidationResult<CreditCode> result = CreditCode.validate("91350100M000100Y43");
        assertThat(result.isValid()).isTrue();
        assertThat(result.orElseThrow().value()).isEqualTo("91350100M000100Y43");
        assertThat(result.orElseThrow().isOverridden()).isFalse();
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @ParameterizedTest
    @ValueSource(strings = {"12100000400000024B", "91440300MA5F123452", "52330100MJ87654324", "91330100MA29000000"})
    @DisplayName("R35 信用代码校验: 其他有效代码（含余数为0 → 校验位0）")
    void otherValid(String code) {
        assertThat(CreditCode.validate(code).isValid()).isTrue();
    }

    @Test
    @DisplayName("R35 信用代码校验: 校验位错误")
    void wrongCheck() {
        assertThat(CreditCode.validate("91350100M000100Y44").reason()).hasValue("统一社会信用代码校验位错误");
        assertThatThrownBy(() -> CreditCode.parse("91350100M000100Y44"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("统一社会信用代码校验位错误");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    @DisplayName("R35 信用代码校验: 禁用字母 I O S V Z")
    void forbiddenLetters(char letter) {
        String code = "91350100" + letter + "000100Y43";
        assertThat(CreditCode.validate(code).reason()).hasValue("统一社会信用代码含非法字符“" + letter + "”");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "91350100m000100Y43, 统一社会信用代码字母应为大写",
            "91350100M000100Y4, 统一社会信用代码应为18位",
            "91350100M000100Y-3, 统一社会信用代码含非法字符“-”",
            "' ', 统一社会信用代码为空"
    })
    @DisplayName("R35 信用代码校验: 结构错误")
    void structural(String code, String reason) {
        assertThat(CreditCode.validate(code).reason()).hasValue(reason);
    }

    @Test
    @DisplayName("R35 信用代码校验: 早期代码校验位不符时可经负责人例外放行并记录理由")
    void supervisorOverride() {
        CreditCode code = CreditCode.acceptWithOverride("91350100M000100Y44", "早期赋码，营业执照原件核对一致").orElseThrow();
        assertThat(code.isOverridden()).isTrue();
        assertThat(code.overrideReason()).hasValue("早期赋码，营业执照原件核对一致");
        assertThat(CreditCode.acceptWithOverride("91350100M000100Y44", " ").reason()).hasValue("校验位例外须填写理由");
        assertThat(CreditCode.acceptWithOverride("91350100I000100Y44", "理由").isValid()).isFalse();
        assertThat(CreditCode.acceptWithOverride("91350100M000100Y43", "理由").orElseThrow().isOverridden()).isFalse();
    }
}
