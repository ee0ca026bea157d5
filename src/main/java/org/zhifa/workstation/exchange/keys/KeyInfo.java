package org.zhifa.workstation.exchange.keys;

import java.time.Instant;

/**
 * A key for lists and dialogs.
 *
 * @param fingerprint   8 groups of 4 hex digits, to read out over the phone
 * @param authorityCode the authority the key speaks for, or null when it is not bound to one
 */
public record KeyInfo(String keyId, String fingerprint, KeyStatus status, String authorityCode, String authorityName,
                      String ownerName, Instant created, Instant trustedAt, String trustedBy, Instant revokedAt,
                      String revokedBy, String revokeReason) {

    /** Who the key belongs to, for messages. */
    public String label() {
        String who = authorityName != null ? authorityName : authorityCode != null ? authorityCode : "";
        return who.isEmpty() ? ownerName : who + "／" + ownerName;
    }
}
