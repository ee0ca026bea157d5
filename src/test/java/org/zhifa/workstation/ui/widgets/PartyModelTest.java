package org.zhifa.workstation.ui.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.party.IdNumber;
import org.zhifa.workstation.domain.party.PartyKind;

/** The party being typed: the 身份证 and 统一社会信用代码 checks as one types, without a toolkit. */
class PartyModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final PartyModel model = new PartyModel(() -> TODAY);

    private static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    @Test
    void reasonsAppearAsOneTypesAndDisappearWhenTheNumberIsValid() {
        String good = id("33118119780615123");
        model.idNumberProperty().set(good.substring(0, 6));
        assertThat(model.idProblemProperty().get()).isEqualTo("身份证号码应为18位");
        String wrong = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        model.idNumberProperty().set(wrong);
        assertThat(model.idProblemProperty().get()).isEqualTo("身份证号码校验位错误");
        assertThat(model.validIdProperty().get()).isNull();
        assertThat(model.idSummaryProperty().get()).isEmpty();

        model.idNumberProperty().set(good);
        assertThat(model.idProblemProperty().get()).isEmpty();
        assertThat(model.idSummaryProperty().get()).contains("1978-06-15").contains("男").contains("48 周岁");
        model.ageOnProperty().set(LocalDate.of(2026, 3, 1));
        assertThat(model.idSummaryProperty().get()).contains("47 周岁");
        model.idNumberProperty().set("");
        assertThat(model.idProblemProperty().get()).isEmpty();
    }

    @Test
    void aMinorOnTheActDateIsPointedOut() {
        model.ageOnProperty().set(LocalDate.of(2026, 3, 1));
        model.idNumberProperty().set(id("33118120100601124"));
        assertThat(model.idSummaryProperty().get()).contains("女").contains("15 周岁");
        assertThat(model.minorNoteProperty().get()).contains("从轻或者减轻");
        model.idNumberProperty().set(id("33118120150601124"));
        assertThat(model.minorNoteProperty().get()).contains("不予行政处罚");
    }

    @Test
    void problemsNameWhatIsMissingAndTheDocumentCarriesTheDerivedData() {
        assertThat(model.problems()).containsExactly("请填写当事人姓名", "请填写身份证号码", "请填写当事人住所");
        model.nameProperty().set(" 林建国 ");
        model.idNumberProperty().set(id("33118119780615123"));
        model.addressProperty().set("八都镇八都村8号");
        assertThat(model.problems()).isEmpty();
        var doc = model.toDocument();
        assertThat(doc.name()).isEqualTo("林建国");
        assertThat(doc.gender()).isEqualTo("男");
        assertThat(doc.birthDate()).isEqualTo(LocalDate.of(1978, 6, 15));
        assertThat(doc.serviceAddress()).isEqualTo("八都镇八都村8号");
        assertThat(doc.creditCode()).isNull();
    }

    @Test
    void organisationsUseTheCreditCode() {
        model.kindProperty().set(PartyKind.ORGANIZATION);
        model.nameProperty().set("龙泉市某某有限公司");
        model.addressProperty().set("八都镇工业园1号");
        model.creditCodeProperty().set("91350100M000100Y4");
        assertThat(model.creditProblemProperty().get()).isEqualTo("统一社会信用代码应为18位");
        model.creditCodeProperty().set("91350100M000100Y44");
        assertThat(model.creditProblemProperty().get()).isEqualTo("统一社会信用代码校验位错误");
        assertThat(model.problems()).containsExactly("统一社会信用代码校验位错误");
        model.creditCodeProperty().set("91350100M000100Y43");
        assertThat(model.creditProblemProperty().get()).isEmpty();
        model.legalRepresentativeProperty().set("王某");
        model.serviceSameAsAddressProperty().set(false);
        model.serviceAddressProperty().set("八都镇邮政信箱8号");
        var doc = model.toDocument();
        assertThat(doc.kind()).isEqualTo(PartyKind.ORGANIZATION);
        assertThat(doc.idNumber()).isNull();
        assertThat(doc.creditCode()).isEqualTo("91350100M000100Y43");
        assertThat(doc.legalRepresentative()).isEqualTo("王某");
        assertThat(doc.serviceAddress()).isEqualTo("八都镇邮政信箱8号");
    }
}
