package org.zhifa.workstation.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.officer.Certificate;
import org.zhifa.workstation.domain.officer.CertificateStatus;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;

class CertificateCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static Officer officer(OfficerRole role, Certificate certificate) {
        return new Officer("O1", "T1", "张三", "男", "队员", role, false, null, null, certificate);
    }

    private static Certificate cert(CertificateStatus status, LocalDate from, LocalDate to) {
        return new Certificate("33010000001", "县政府", from, to, status, null);
    }

    @Test
    void classifiesCertificates() {
        LocalDate from = LocalDate.of(2023, 1, 1);
        assertThat(CertificateCheck.of(officer(OfficerRole.OFFICER, cert(CertificateStatus.VALID, from, LocalDate.of(2027, 1, 1))), TODAY))
                .isEqualTo(CertificateCheck.VALID);
        assertThat(CertificateCheck.of(officer(OfficerRole.OFFICER, cert(CertificateStatus.VALID, from, TODAY.plusDays(20))), TODAY))
                .isEqualTo(CertificateCheck.EXPIRING);
        assertThat(CertificateCheck.of(officer(OfficerRole.OFFICER, cert(CertificateStatus.VALID, from, TODAY.minusDays(1))), TODAY))
                .isEqualTo(CertificateCheck.EXPIRED);
        assertThat(CertificateCheck.of(officer(OfficerRole.OFFICER, cert(CertificateStatus.SUSPENDED, from, LocalDate.of(2027, 1, 1))), TODAY))
                .isEqualTo(CertificateCheck.SUSPENDED);
        assertThat(CertificateCheck.of(officer(OfficerRole.OFFICER, cert(CertificateStatus.REVOKED, from, LocalDate.of(2027, 1, 1))), TODAY))
                .isEqualTo(CertificateCheck.REVOKED);
        assertThat(CertificateCheck.of(officer(OfficerRole.OFFICER, null), TODAY)).isEqualTo(CertificateCheck.NONE);
        assertThat(CertificateCheck.of(officer(OfficerRole.AUXILIARY, null), TODAY)).isEqualTo(CertificateCheck.AUXILIARY);
    }

    @Test
    void labelsAreTheChineseStatusWords() {
        assertThat(CertificateCheck.SUSPENDED.label()).isEqualTo("暂扣");
        assertThat(CertificateCheck.REVOKED.label()).isEqualTo("注销");
        assertThat(CertificateCheck.EXPIRING.label()).isEqualTo("即将到期");
        assertThat(CertificateCheck.VALID.label()).isEqualTo("有效");
        assertThat(CertificateCheck.SUSPENDED.isProblem()).isTrue();
        assertThat(CertificateCheck.EXPIRING.isProblem()).isFalse();
    }
}
