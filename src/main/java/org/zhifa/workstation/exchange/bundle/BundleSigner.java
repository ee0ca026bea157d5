package org.zhifa.workstation.exchange.bundle;

/** Signs a manifest with the installation's private key (exchange.keys). */
public interface BundleSigner {
    /** The id of the key (32 hex digits of the SHA-256 of its public key). */
    String keyId();

    /** The Ed25519 signature (64 bytes) of the bytes. */
    byte[] sign(byte[] data);
}
