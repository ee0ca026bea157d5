package org.zhifa.workstation.exchange.keys;

/** A key as this installation sees it: its own, trusted (after the fingerprint was checked), or revoked. */
public enum KeyStatus {
    OWN, TRUSTED, REVOKED
}
