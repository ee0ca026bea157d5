package org.zhifa.workstation.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** R33: what a 公示 may show of an individual. */
class PersonalDataMaskTest {

    @Test
    void r33_anIndividualsNameBecomesSurnameAndMouMou() {
        assertThat(PersonalDataMask.name("张三丰")).isEqualTo("张某某");
        assertThat(PersonalDataMask.name("张三")).isEqualTo("张某某");
        assertThat(PersonalDataMask.name(" 徐建国 ")).isEqualTo("徐某某");
        assertThat(PersonalDataMask.name("陈某某")).as("already masked").isEqualTo("陈某某");
        assertThat(PersonalDataMask.name("")).isEmpty();
        assertThat(PersonalDataMask.name(null)).isNull();
    }

    @Test
    void r33_compoundSurnamesAreKeptWhole() {
        assertThat(PersonalDataMask.name("欧阳娜娜")).isEqualTo("欧阳某某");
        assertThat(PersonalDataMask.name("欧阳䶮")).as("a rare given name outside the BMP-safe range").isEqualTo("欧阳某某");
        assertThat(PersonalDataMask.name("司马光")).isEqualTo("司马某某");
        assertThat(PersonalDataMask.name("诸葛亮")).isEqualTo("诸葛某某");
        assertThat(PersonalDataMask.name("上官婉儿")).isEqualTo("上官某某");
        assertThat(PersonalDataMask.name("欧阳")).as("two characters: a surname 欧 and given name 阳").isEqualTo("欧某某");
        assertThat(PersonalDataMask.name("𠮷田一")).as("a surname outside the BMP").isEqualTo("𠮷某某");
        assertThat(PersonalDataMask.name("买买提·艾力")).isEqualTo("买某某");
    }

    @Test
    void r33_idNumbersKeepTheFirstSixAndTheLastFour() {
        assertThat(PersonalDataMask.idNumber("33118119900101123X")).isEqualTo("331181********123X");
        assertThat(PersonalDataMask.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(PersonalDataMask.idNumber("110105491231002")).as("a 15-digit number").isEqualTo("***********1002");
        assertThat(PersonalDataMask.idNumber("123")).isEqualTo("***");
    }

    @Test
    void r33_addressesAreCutToTheVillageOrTownship() {
        assertThat(PersonalDataMask.address("龙泉市八都镇龙井村12号")).isEqualTo("龙泉市八都镇龙井村");
        assertThat(PersonalDataMask.address("龙泉市八都镇八都街1号")).isEqualTo("龙泉市八都镇");
        assertThat(PersonalDataMask.address("浙江省丽水市龙泉市八都镇某村3组15号")).isEqualTo("浙江省丽水市龙泉市八都镇某村");
        assertThat(PersonalDataMask.address("江苏省镇江市京口区象山街道某某社区5幢301室")).isEqualTo("江苏省镇江市京口区象山街道某某社区");
        assertThat(PersonalDataMask.address("杭州市西湖区文三路90号")).isEqualTo("杭州市西湖区");
        assertThat(PersonalDataMask.address("幸福路8号")).isEmpty();
    }

    @Test
    void r33_freeTextLosesTheNameAndAnyIdOrMobileNumber() {
        String facts = "2025年3月2日，徐建国（身份证号11010519491231002X，电话13800000000）在八都街乱扔垃圾，徐建国经劝阻拒不清除。";
        assertThat(PersonalDataMask.text(facts, "徐建国", true))
                .isEqualTo("2025年3月2日，徐某某（身份证号110105********002X，电话138****0000）在八都街乱扔垃圾，徐某某经劝阻拒不清除。");
        assertThat(PersonalDataMask.text("龙泉某某公司倾倒建筑垃圾", "龙泉某某公司", false)).isEqualTo("龙泉某某公司倾倒建筑垃圾");
    }
}
