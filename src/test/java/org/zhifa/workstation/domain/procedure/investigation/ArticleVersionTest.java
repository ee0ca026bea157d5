package org.zhifa.workstation.domain.procedure.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.catalog.PenaltyType;

/** R7 (Art 37 从旧兼从轻) on a version fixture: the version in force on the act date, unless a later one is lighter. */
class ArticleVersionTest {
    private static final String ART = "《殡葬管理条例》第二十条";
    private static final ArticleVersion OLD = new ArticleVersion(ART, d("2013-01-01"), d("2026-03-29"), true,
            Set.of(PenaltyType.FINE), new BigDecimal("100"), new BigDecimal("1000"));
    private static final ArticleVersion LIGHTER = new ArticleVersion(ART, d("2026-03-30"), null, true,
            Set.of(PenaltyType.FINE), new BigDecimal("50"), new BigDecimal("500"));
    private static final ArticleVersion HEAVIER = new ArticleVersion(ART, d("2026-03-30"), null, true,
            Set.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS), new BigDecimal("200"), new BigDecimal("2000"));
    private static final ArticleVersion WARNING_ONLY = new ArticleVersion(ART, d("2026-03-30"), null, true,
            Set.of(PenaltyType.WARNING), null, null);
    private static final ArticleVersion REPEALED = new ArticleVersion(ART, d("2026-03-30"), null, false, Set.of(), null, null);

    @Test
    @DisplayName("R7 适用行为时有效的条文版本；决定时新版本较轻（或不再处罚）的适用新版本")
    void r7_versionInForceOnTheActDateUnlessALaterOneIsLighter() {
        assertThat(ArticleVersion.applicable(List.of(OLD, HEAVIER), d("2026-03-29"), d("2026-04-10"))).contains(OLD);
        assertThat(ArticleVersion.applicable(List.of(OLD, LIGHTER), d("2026-03-29"), d("2026-04-10"))).contains(LIGHTER);
        assertThat(ArticleVersion.applicable(List.of(OLD, WARNING_ONLY), d("2026-03-29"), d("2026-04-10"))).contains(WARNING_ONLY);
        assertThat(ArticleVersion.applicable(List.of(OLD, REPEALED), d("2026-03-29"), d("2026-04-10")))
                .hasValueSatisfying(v -> assertThat(v.punishable()).isFalse());

        assertThat(ArticleVersion.applicable(List.of(OLD, HEAVIER), d("2026-03-30"), d("2026-04-10")))
                .as("acts from the first day of the new version").contains(HEAVIER);
        assertThat(ArticleVersion.applicable(List.of(OLD, LIGHTER), d("2026-01-10"), d("2026-03-29")))
                .as("the lighter version is not yet in force when deciding").contains(OLD);
        assertThat(ArticleVersion.applicable(List.of(OLD, LIGHTER), d("2012-12-31"), d("2026-04-10")))
                .as("no version in force on the act date: no legal basis").isEmpty();
    }

    @Test
    @DisplayName("R7 在 MatterVersion 中读取事项备注“仅适用于…以前发生的行为”")
    void r7_catalogNoteGivesTheLastDayOfTheCitedVersion() {
        var m = InvestigationFixtures.matter("BZ-002", org.zhifa.workstation.domain.catalog.PowerSource.DELEGATION, false,
                false, "BADU", "法定实施主体为民政部门，乡镇须经赋权；引用2012年修订的《殡葬管理条例》，仅适用于2026年3月30日以前发生的行为；");
        assertThat(MatterVersion.replacedOn(m)).contains(d("2026-03-30"));
        assertThat(MatterVersion.replacedOn(org.zhifa.workstation.domain.procedure.ProcedureFixtures.MATTER)).isEmpty();
    }
}
