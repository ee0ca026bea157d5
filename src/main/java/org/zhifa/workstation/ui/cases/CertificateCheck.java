package org.zhifa.workstation.ui.cases;

import java.time.LocalDate;
import org.zhifa.workstation.domain.officer.Certificate;
import org.zhifa.workstation.domain.officer.CertificateStatus;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.text.Texts;

/** What the detail pane says about an officer's 执法证 on a given day. */
public enum CertificateCheck {
    VALID, EXPIRING, EXPIRED, NOT_YET_VALID, SUSPENDED, REVOKED, NONE, AUXILIARY;

    /** Days before the end of validity from which a certificate counts as expiring. */
    public static final int EXPIRY_WARNING_DAYS = 30;

    public static CertificateCheck of(Officer officer, LocalDate today) {
        Certificate c = officer.certificate();
        if (c == null) {
            return officer.role() == OfficerRole.AUXILIARY ? AUXILIARY : NONE;
        }
        if (c.status() == CertificateStatus.SUSPENDED) {
            return SUSPENDED;
        }
        if (c.status() == CertificateStatus.REVOKED) {
            return REVOKED;
        }
        if (c.validTo() != null && today.isAfter(c.validTo())) {
            return EXPIRED;
        }
        if (c.validFrom() != null && today.isBefore(c.validFrom())) {
            return NOT_YET_VALID;
        }
        return c.expiresWithin(today, EXPIRY_WARNING_DAYS) ? EXPIRING : VALID;
    }

    /** True when the officer may not count as a certified officer today. */
    public boolean isProblem() {
        return this != VALID && this != EXPIRING && this != AUXILIARY;
    }

    public String label() {
        return switch (this) {
            case VALID -> Texts.label(CertificateStatus.VALID);
            case SUSPENDED -> Texts.label(CertificateStatus.SUSPENDED);
            case REVOKED -> Texts.label(CertificateStatus.REVOKED);
            case EXPIRING -> Texts.tr("ui.cert.expiring");
            case EXPIRED -> Texts.tr("ui.cert.expired");
            case NOT_YET_VALID -> Texts.tr("ui.cert.notYetValid");
            case NONE -> Texts.tr("ui.cert.none");
            case AUXILIARY -> Texts.tr("ui.cert.auxiliary");
        };
    }

    public String styleClass() {
        return switch (this) {
            case VALID -> "badge-ok";
            case EXPIRING -> "badge-warn";
            case AUXILIARY -> "badge-finished";
            case EXPIRED, NOT_YET_VALID, SUSPENDED, REVOKED, NONE -> "badge-danger";
        };
    }
}
