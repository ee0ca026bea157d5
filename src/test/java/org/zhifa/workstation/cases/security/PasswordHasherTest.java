package org.zhifa.workstation.cases.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(SecurityFixtures.TEST_ITERATIONS);

    @Test
    void theRightPasswordVerifies() {
        String stored = hasher.hash("zhifa2025".toCharArray());
        assertThat(hasher.verify("zhifa2025".toCharArray(), stored)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNot() {
        String stored = hasher.hash("zhifa2025".toCharArray());
        assertThat(hasher.verify("zhifa2024".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("Zhifa2025".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify(new char[0], stored)).isFalse();
        assertThat(hasher.verify(null, stored)).isFalse();
    }

    @Test
    void theStoredFormNamesAlgorithmIterationsSaltAndHash() {
        String stored = hasher.hash("zhifa2025".toCharArray());
        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo(Integer.toString(SecurityFixtures.TEST_ITERATIONS));
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    @Test
    void theSaltDiffersPerHash() {
        String a = hasher.hash("zhifa2025".toCharArray());
        String b = hasher.hash("zhifa2025".toCharArray());
        assertThat(a).isNotEqualTo(b);
        assertThat(a.split("\\$")[2]).isNotEqualTo(b.split("\\$")[2]);
        assertThat(hasher.verify("zhifa2025".toCharArray(), a)).isTrue();
        assertThat(hasher.verify("zhifa2025".toCharArray(), b)).isTrue();
    }

    @Test
    void aTamperedHashIsRejected() {
        char[] pw = "zhifa2025".toCharArray();
        String stored = hasher.hash(pw);
        String[] p = stored.split("\\$");
        byte[] key = Base64.getDecoder().decode(p[3]);
        key[0] ^= 1;
        String flippedKey = p[0] + "$" + p[1] + "$" + p[2] + "$" + Base64.getEncoder().encodeToString(key);
        byte[] salt = Base64.getDecoder().decode(p[2]);
        salt[5] ^= 0x40;
        String flippedSalt = p[0] + "$" + p[1] + "$" + Base64.getEncoder().encodeToString(salt) + "$" + p[3];
        String otherIterations = p[0] + "$" + (SecurityFixtures.TEST_ITERATIONS + 1) + "$" + p[2] + "$" + p[3];

        assertThat(hasher.verify(pw, flippedKey)).isFalse();
        assertThat(hasher.verify(pw, flippedSalt)).isFalse();
        assertThat(hasher.verify(pw, otherIterations)).isFalse();
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        char[] pw = "zhifa2025".toCharArray();
        String good = hasher.hash(pw);
        String[] p = good.split("\\$");
        assertThat(hasher.verify(pw, null)).isFalse();
        assertThat(hasher.verify(pw, "")).isFalse();
        assertThat(hasher.verify(pw, "zhifa2025")).isFalse();
        assertThat(hasher.verify(pw, "md5$1000$" + p[2] + "$" + p[3])).isFalse();
        assertThat(hasher.verify(pw, p[0] + "$0$" + p[2] + "$" + p[3])).isFalse();
        assertThat(hasher.verify(pw, p[0] + "$-5$" + p[2] + "$" + p[3])).isFalse();
        assertThat(hasher.verify(pw, p[0] + "$99999999$" + p[2] + "$" + p[3])).as("absurd iteration count").isFalse();
        assertThat(hasher.verify(pw, p[0] + "$" + p[1] + "$not base64!$" + p[3])).isFalse();
        assertThat(hasher.verify(pw, p[0] + "$" + p[1] + "$" + p[2].substring(4) + "$" + p[3])).as("short salt").isFalse();
        assertThat(hasher.verify(pw, good + "$extra")).isFalse();
    }

    @Test
    void theProductionDefaultIsTheOwaspFigure() {
        assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(210_000);
        assertThat(new PasswordHasher().iterations()).isEqualTo(PasswordHasher.DEFAULT_ITERATIONS);
        assertThatThrownBy(() -> new PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHashWithFewerIterationsThanConfiguredNeedsARehash() {
        String weak = new PasswordHasher(500).hash("zhifa2025".toCharArray());
        assertThat(hasher.needsRehash(weak)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("zhifa2025".toCharArray()))).isFalse();
        assertThat(hasher.verify("zhifa2025".toCharArray(), weak)).as("old hashes still verify").isTrue();
    }
}
