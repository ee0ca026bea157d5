package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.party.AgeRule;
import org.zhifa.workstation.domain.party.IdNumber;
import org.zhifa.workstation.domain.party.MinorStatus;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.party.ValidationResult;

/**
 * R8 (Art 30): the individual party's age at the act, from the 身份证 number (the recorded birth date when the
 * number does not parse). 已满N周岁 starts on the day after the birthday unless the setting says otherwise.
 */
record PartyAge(int years, MinorStatus status) {

    static Optional<PartyAge> at(CaseRecord c, boolean fullAgeStartsDayAfterBirthday) {
        Party p = c.party();
        LocalDate act = c.actDate();
        if (p == null || p.kind() != PartyKind.INDIVIDUAL || act == null) {
            return Optional.empty();
        }
        LocalDate birth = birthDate(p, act);
        if (birth == null || act.isBefore(birth)) {
            return Optional.empty();
        }
        AgeRule rule = new AgeRule(fullAgeStartsDayAfterBirthday);
        return Optional.of(new PartyAge(rule.fullYears(birth, act), rule.minorStatus(birth, act)));
    }

    private static LocalDate birthDate(Party p, LocalDate act) {
        if (p.idNumber() != null) {
            ValidationResult<IdNumber> id = IdNumber.validate(p.idNumber(), LocalDate.MAX);
            if (id.isValid()) { // a birth date after the act is caught by the caller
                return id.orElseThrow().birthDate();
            }
        }
        return p.birthDate();
    }
}
