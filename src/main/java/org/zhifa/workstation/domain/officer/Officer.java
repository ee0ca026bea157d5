package org.zhifa.workstation.domain.officer;

import java.time.LocalDate;
import java.util.Optional;

/** 执法人员 (or 协管员 when the role is AUXILIARY). */
public record Officer(
        String code,
        String teamCode,
        String name,
        String gender,
        String position,
        OfficerRole role,
        boolean legalQualification,
        LocalDate reviewerSince,
        String phone,
        Certificate certificate) {

    public Optional<Certificate> certificateOpt() {
        return Optional.ofNullable(certificate);
    }

    /** Whether this person counts as a certified officer on the date (R1). */
    public boolean countsAsCertifiedOn(LocalDate date) {
        return role != OfficerRole.AUXILIARY && certificate != null && certificate.isValidOn(date);
    }
}
