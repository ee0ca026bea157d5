package org.zhifa.workstation.cases.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes with PBKDF2-HMAC-SHA256 from the JDK: a random 16-byte salt per hash, a 32-byte derived key, and
 * by default 210,000 iterations (OWASP Password Storage Cheat Sheet, 2023). Stored as
 * {@code pbkdf2-sha256$<iterations>$<salt, Base64>$<hash, Base64>}; the iteration count travels with the hash, so
 * raising the default later still verifies old hashes ({@link #needsRehash} tells when to upgrade one).
 */
public final class PasswordHasher {
    public static final int DEFAULT_ITERATIONS = 210_000;
    /** Upper bound accepted when verifying, so a doctored hash cannot make a login run for minutes. */
    static final int MAX_ITERATIONS = 10_000_000;
    static final String PREFIX = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;

    private final int iterations;
    private final SecureRandom random;

    /** The production hasher: {@value #DEFAULT_ITERATIONS} iterations. */
    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** A hasher with another iteration count (tests use a small one). */
    public PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1.." + MAX_ITERATIONS + ": " + iterations);
        }
        this.iterations = iterations;
        this.random = new SecureRandom();
    }

    public int iterations() {
        return iterations;
    }

    /** Hashes a password with a fresh salt. The caller still owns (and should clear) the array. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    /**
     * Whether the password matches the stored hash. A malformed or tampered stored value never matches. The
     * comparison of the derived keys takes the same time wherever they differ.
     */
    public boolean verify(char[] password, String stored) {
        Parsed p = parse(stored);
        if (p == null || password == null || password.length == 0) {
            return false;
        }
        byte[] actual = derive(password, p.salt(), p.iterations());
        boolean equal = MessageDigest.isEqual(actual, p.key());
        Arrays.fill(actual, (byte) 0);
        return equal;
    }

    /** True when the stored hash uses fewer iterations than this hasher (or cannot be read). */
    public boolean needsRehash(String stored) {
        Parsed p = parse(stored);
        return p == null || p.iterations() < iterations;
    }

    private record Parsed(int iterations, byte[] salt, byte[] key) {
    }

    private static Parsed parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4 || !PREFIX.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,7}")) {
            return null;
        }
        int n = Integer.parseInt(parts[1]);
        if (n > MAX_ITERATIONS) {
            return null;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] key = Base64.getDecoder().decode(parts[3]);
            if (salt.length != SALT_BYTES || key.length != KEY_BYTES) {
                return null;
            }
            return new Parsed(n, salt, key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
