package org.zhifa.workstation.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("R34 身份证号码（GB 11643-1999）")
class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    @DisplayName("R34 身份证校验: 11010519491231002X 有效（Σ=167，r=2 → X）")
    void domainExample() {
        ValidationResult<IdNumber> result = IdNumber.validate("11010519491231002X", TODAY);
        assertThat(result.isValid()).isTrue();
        assertThat(result.reason()).isEmpty();
        IdNumber id = result.orElseThrow();
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.areaCode()).isEqualTo("110105");
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "440304199001010011, MALE",
            "44030419900101002X, FEMALE",
            "110105201105100010, MALE"
    })
    @DisplayName("R34 身份证校验: 其他有效号码与性别（第17位奇数为男）")
    void otherValidNumbers(String number, Gender gender) {
        assertThat(IdNumber.parse(number, TODAY).gender()).isEqualTo(gender);
    }

    @Test
    @DisplayName("R34 身份证校验: 首尾空白被去除")
    void stripsWhitespace() {
        assertThat(IdNumber.parse(" 11010519491231002X\t", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "110105194912310021, 身份证号码校验位错误",
            "11010519491231002x, 身份证号码校验位X应为大写",
            "110105194902300020, 身份证号码出生日期无效",
            "110105202506020016, 身份证号码出生日期晚于当前日期",
            "110105189912310015, 身份证号码出生日期早于1900年",
            "990105194912310023, 身份证号码地区代码无效",
            "1101051949123100, 身份证号码应为18位",
            "11010519491231002X1, 身份证号码应为18位",
            "1101051949123100AX, 身份证号码前17位应为数字",
            "11010519491231002Y, 身份证号码校验位应为数字或X",
            "'  ', 身份证号码为空"
    })
    @DisplayName("R34 身份证校验: 无效号码给出原因")
    void invalid(String number, String reason) {
        ValidationResult<IdNumber> result = IdNumber.validate(number, TODAY);
        assertThat(result.isValid()).isFalse();
        assertThat(result.value()).isEmpty();
        assertThat(result.reason()).hasValue(reason);
    }

    @Test
    @DisplayName("R34 身份证校验: null 为空，parse 抛出带中文原因的异常")
    void nullAndParse() {
        assertThat(IdNumber.validate(null, TODAY).reason()).hasValue("身份证号码为空");
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("身份证号码校验位错误");
    }

    @Test
    @DisplayName("R34 身份证校验: 出生日期为当日有效")
    void bornToday() {
        assertThat(IdNumber.validate("110105202506020016", LocalDate.of(2025, 6, 2)).isValid()).isTrue();
    }

    @ParameterizedTest(name = "province {0}")
    @CsvSource({"11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82", "83"})
    @DisplayName("R34 身份证校验: 有效省级代码")
    void validProvinces(String province) {
        String first17 = province + "0105194912310021".substring(0, 15);
        String number = first17 + IdNumber.checkCharacter(first17);
        assertThat(IdNumber.validate(number, TODAY).isValid()).isTrue();
    }

    @ParameterizedTest(name = "province {0}")
    @CsvSource({"10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66", "70", "72", "80", "84", "91"})
    @DisplayName("R34 身份证校验: 无效省级代码")
    void invalidProvinces(String province) {
        String first17 = province + "0105194912310021".substring(0, 15);
        String number = first17 + IdNumber.checkCharacter(first17);
        assertThat(IdNumber.validate(number, TODAY).reason()).hasValue("身份证号码地区代码无效");
    }
}
