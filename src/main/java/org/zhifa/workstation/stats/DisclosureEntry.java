package org.zhifa.workstation.stats;

import java.time.LocalDate;

/**
 * One line of the 公示 register, with an individual's personal data already masked (see
 * {@link org.zhifa.workstation.domain.stats.PersonalDataMask}); organisations appear in full.
 *
 * @param action          publish or withdraw
 * @param caseNo          the case (internal; not published)
 * @param decisionNumber  the decision's 文号 (or the on-site decision's serial), "" when no document was produced yet
 * @param caseName        案件名称 (the 案由, the party's name masked)
 * @param partyName       违法自然人姓名 (masked) or 违法单位名称
 * @param partyNumber     身份证号 (masked) or 统一社会信用代码
 * @param legalRepresentative 法定代表人 of an organisation ("" for individuals)
 * @param address         住所, down to the village or township for an individual
 * @param facts           主要违法事实 (names, ID and phone numbers masked)
 * @param basis           处罚依据 (the matter's penalty provision)
 * @param penalty         处罚种类和内容
 * @param authority       处罚机关
 * @param decidedOn       处罚决定日期
 * @param dueOn           the last day to publish (or withdraw)
 * @param overdue         the due day has passed on the register's day
 * @param provisional     the due day rests on weekdays only (a year without holiday data): the warning, or ""
 * @param reason          for a withdrawal: why ("复议撤销" …); "" otherwise
 */
public record DisclosureEntry(DisclosureAction action, String caseNo, String decisionNumber, String caseName,
                              String partyName, String partyNumber, String legalRepresentative, String address,
                              String facts, String basis, String penalty, String authority, LocalDate decidedOn,
                              LocalDate dueOn, boolean overdue, String provisional, String reason) {
}
