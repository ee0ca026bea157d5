package org.zhifa.workstation.domain.procedure;

import java.math.BigDecimal;

/**
 * The values domain.md §11 marks as local or unverified: settings with defaults, never constants.
 *
 * @param filingDays             立案 within N working days of discovery (R5, local practice 7–15)
 * @param representationDays     陈述申辩 window in working days after the 告知书 (commonly 3)
 * @param hearingThresholdIndividual 较大数额罚款 for a 公民 (Art 63; province setting)
 * @param hearingThresholdOrganization 较大数额罚款 for a 法人/其他组织
 * @param reviewThresholdIndividual  local 法制审核 trigger for a 公民's fine (R15)
 * @param reviewThresholdOrganization local 法制审核 trigger for an organisation's fine (R15)
 * @param reviewOnDeparture      a departure from the 基准 tier triggers 法制审核 (R11)
 * @param deliberationOnDeparture a departure from the 基准 tier triggers 集体讨论 (R11)
 * @param onSiteFilingDays       备案 of an on-site decision within N days (R25)
 * @param publicationServiceDays 公告送达 deemed served after N days (R29)
 * @param publicationDays        公示 within N working days of the decision (R33)
 * @param reviewDays             legal review due within N working days (county review center)
 * @param fullAgeStartsDayAfterBirthday 已满N周岁 starts the day after the birthday (R8)
 */
public record ProcedureSettings(
        int filingDays,
        int representationDays,
        BigDecimal hearingThresholdIndividual,
        BigDecimal hearingThresholdOrganization,
        BigDecimal reviewThresholdIndividual,
        BigDecimal reviewThresholdOrganization,
        boolean reviewOnDeparture,
        boolean deliberationOnDeparture,
        int onSiteFilingDays,
        int publicationServiceDays,
        int publicationDays,
        int reviewDays,
        boolean fullAgeStartsDayAfterBirthday) {

    /** Defaults: 浙江 practice where domain.md names one, otherwise the commonest value it gives. */
    public static ProcedureSettings defaults() {
        return new ProcedureSettings(7, 3, new BigDecimal("10000"), new BigDecimal("100000"),
                new BigDecimal("10000"), new BigDecimal("100000"), true, true, 5, 30, 7, 10, true);
    }
}
