package org.zhifa.workstation.exchange.keys;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** keys/installation-key.json in the data directory: the installation's key pair (owner-only file permissions). */
@JsonPropertyOrder({"format", "keyId", "algorithm", "authority", "authorityName", "owner", "created", "publicKey",
        "privateKey"})
record PrivateKeyFile(String format, String keyId, String algorithm, String authority, String authorityName,
                      String owner, String created, String publicKey, String privateKey) {
    static final String FORMAT = "zhifa-private-key/1";
}
