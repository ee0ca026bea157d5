package org.zhifa.workstation.ui.widgets;

import java.time.LocalDate;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.cases.CertificateCheck;

/**
 * Whether an officer may be chosen to act on a day (R1: a 执法证 valid that day; auxiliaries help but never count),
 * and if not, why — the reason the pickers show beside a greyed name.
 */
public record OfficerEligibility(Officer officer, boolean eligible, String reason) {

    public static OfficerEligibility of(Officer officer, LocalDate day) {
        CertificateCheck check = CertificateCheck.of(officer, day);
        if (officer.role() == OfficerRole.AUXILIARY) {
            return new OfficerEligibility(officer, false, Texts.tr("ui.officer.auxiliary"));
        }
        return switch (check) {
            case VALID -> new OfficerEligibility(officer, true, "");
            case EXPIRING -> new OfficerEligibility(officer, true, Texts.tr("ui.officer.expiring",
                    officer.certificate().validTo().toString()));
            case NONE -> new OfficerEligibility(officer, false, Texts.tr("ui.officer.noCertificate"));
            case AUXILIARY -> new OfficerEligibility(officer, false, Texts.tr("ui.officer.auxiliary"));
            case SUSPENDED, REVOKED, EXPIRED, NOT_YET_VALID -> new OfficerEligibility(officer, false,
                    Texts.tr("ui.officer.certificateProblem", check.label()));
        };
    }

    /** "季晓东（副队长）". */
    public static String display(Officer o) {
        return o.position() == null || o.position().isBlank() ? o.name() : Texts.tr("ui.officer.display", o.name(), o.position());
    }
}
