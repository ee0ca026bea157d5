package org.zhifa.workstation.exchange.keys;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The public-key file two installations exchange (docs/bundle-format.md, "Keys"): {@value #FORMAT}.
 *
 * @param publicKey   base64 of the X.509 SubjectPublicKeyInfo of the Ed25519 key
 * @param fingerprint the key id in 8 groups of 4 hex digits, for the phone check
 */
@JsonPropertyOrder({"format", "keyId", "algorithm", "authority", "authorityName", "owner", "created", "publicKey",
        "fingerprint"})
public record PublicKeyFile(String format, String keyId, String algorithm, String authority, String authorityName,
                            String owner, String created, String publicKey, String fingerprint) {
    public static final String FORMAT = "zhifa-public-key/1";
}
