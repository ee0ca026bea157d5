package org.zhifa.workstation.domain.officer;

/** Status of an enforcement certificate (执法证). */
public enum CertificateStatus {
    VALID, SUSPENDED, REVOKED
}
