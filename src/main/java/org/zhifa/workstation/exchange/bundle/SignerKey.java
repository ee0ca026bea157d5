package org.zhifa.workstation.exchange.bundle;

import java.security.PublicKey;

/**
 * A public key as this installation knows it, for checking a bundle's signature.
 *
 * @param status        TRUSTED, REVOKED, or OWN (this installation's own key)
 * @param authorityCode the authority the key may speak for; null when the key is not bound to one
 * @param label         who owns the key, for messages (authority and owner name)
 */
public record SignerKey(String keyId, PublicKey publicKey, Status status, String authorityCode, String label) {

    public enum Status { TRUSTED, REVOKED, OWN }
}
