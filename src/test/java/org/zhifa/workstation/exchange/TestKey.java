package org.zhifa.workstation.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.zhifa.workstation.exchange.bundle.BundleSigner;
import org.zhifa.workstation.exchange.keys.KeyService;

/** An Ed25519 key pair of no installation (a stranger, or a key that will be revoked). */
record TestKey(KeyPair pair, String keyId) implements BundleSigner {

    static TestKey create() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new TestKey(pair, KeyService.keyId(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(pair.getPrivate());
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Its public-key file, as another installation would export it. */
    Path publicKeyFile(Path file, String authority, String owner) throws java.io.IOException {
        return Files.writeString(file, "{\"format\":\"zhifa-public-key/1\",\"keyId\":\"" + keyId + "\",\"algorithm\":\"Ed25519\","
                + "\"authority\":" + (authority == null ? "null" : "\"" + authority + "\"") + ",\"authorityName\":null,"
                + "\"owner\":\"" + owner + "\",\"created\":\"2025-01-01T00:00:00Z\",\"publicKey\":\""
                + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\",\"fingerprint\":null}");
    }
}
