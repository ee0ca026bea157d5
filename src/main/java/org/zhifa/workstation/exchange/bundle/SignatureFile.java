package org.zhifa.workstation.exchange.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * signature.json: the detached Ed25519 signature of manifest.json's exact bytes and the id of the key that made it.
 *
 * @param signature base64 of the 64 signature bytes
 */
@JsonPropertyOrder({"formatVersion", "algorithm", "keyId", "signature"})
public record SignatureFile(int formatVersion, String algorithm, String keyId, String signature) {
    public static final String ALGORITHM = "Ed25519";
}
