package org.zhifa.workstation.domain.officer;

import java.time.LocalDate;

/** 执法证: valid on a date only when its status is VALID and the date lies in its validity period. */
public record Certificate(
        String number,
        String issuer,
        LocalDate validFrom,
        LocalDate validTo,
        CertificateStatus status,
        String statusNote) {

    public boolean isValidOn(LocalDate date) {
        return status == CertificateStatus.VALID
                && !date.isBefore(validFrom)
                && !date.isAfter(validTo);
    }

    /** True when the certificate is valid today but runs out within the given number of days. */
    public boolean expiresWithin(LocalDate today, int days) {
        return isValidOn(today) && validTo.isBefore(today.plusDays(days + 1L));
    }
}
