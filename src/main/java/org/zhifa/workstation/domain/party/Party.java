package org.zhifa.workstation.domain.party;

import java.time.LocalDate;

/** 当事人. Individuals carry an idNumber, organisations a creditCode. */
public record Party(
        PartyKind kind,
        String name,
        String idNumber,
        String creditCode,
        String gender,
        LocalDate birthDate,
        String legalRepresentative,
        String phone,
        String address,
        String serviceAddress) {

    /** The identifying number shown on documents: 身份证号 or 统一社会信用代码. */
    public String identifier() {
        return kind == PartyKind.INDIVIDUAL ? idNumber : creditCode;
    }
}
