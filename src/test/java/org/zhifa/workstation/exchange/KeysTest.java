package org.zhifa.workstation.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cases.security.AccessDeniedException;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.audit.AuditEntry;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.ExchangeException;
import org.zhifa.workstation.exchange.bundle.ProblemCode;
import org.zhifa.workstation.exchange.keys.KeyInfo;
import org.zhifa.workstation.exchange.keys.KeyService;
import org.zhifa.workstation.exchange.keys.KeyStatus;
import org.zhifa.workstation.exchange.keys.PublicKeyFile;

/** The installation key, the public-key file and its fingerprint, the trust store: trust, revoke, refuse. */
class KeysTest {
    @TempDir
    Path a;
    @TempDir
    Path b;
    @TempDir
    Path usb;

    @Test
    void theKeyIsMadeOnFirstUseReadableByTheOwnerOnlyAndItsFileCarriesAFingerprint() throws Exception {
        try (Installation i = Installation.open(a)) {
            KeyService keys = i.exchange.keys();
            assertThat(keys.ownKey()).as("not before it is needed").isEmpty();
            assertThat(keys.list()).isEmpty();
            PublicKeyFile f = keys.exportPublicKey(usb.resolve("a.pub.json"), null, "八都镇执法队 叶建华");
            assertThat(f.fingerprint()).matches("([0-9A-F]{4} ){7}[0-9A-F]{4}");
            assertThat(f.keyId()).isEqualTo(f.fingerprint().replace(" ", "").toLowerCase(java.util.Locale.ROOT));
            assertThat(f.owner()).isEqualTo("八都镇执法队 叶建华");
            assertThat(f.authority()).as("a new, empty installation has no authority to bind").isNull();
            Path keyFile = a.resolve("keys").resolve(KeyService.KEY_FILE);
            if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent()))).isEqualTo("rwx------");
            }
            // the same key on every later use, also after reopening
            assertThat(keys.exportPublicKey(usb.resolve("again.pub.json"), null, null).keyId()).isEqualTo(f.keyId());
        }
        try (Installation i = Installation.open(a)) {
            assertThat(i.exchange.keys().list()).singleElement().satisfies(k -> assertThat(k.status()).isEqualTo(KeyStatus.OWN));
        }
    }

    @Test
    void aKeyIsTrustedOnceRevokedForGoodAndTheOwnKeyIsNeverImported() throws Exception {
        try (Installation i = Installation.open(a); Installation other = Installation.open(b)) {
            Path otherFile = usb.resolve("b.pub.json");
            PublicKeyFile f = other.exchange.keys().exportPublicKey(otherFile, null, "县案审中心");
            KeyService keys = i.exchange.keys();
            assertThat(keys.importPublicKey(otherFile, Installation.operator()).status()).isEqualTo(KeyService.ImportStatus.TRUSTED);
            assertThat(keys.importPublicKey(otherFile, Installation.operator()).status()).isEqualTo(KeyService.ImportStatus.ALREADY_TRUSTED);
            assertThat(keys.list()).extracting(KeyInfo::status).containsExactly(KeyStatus.TRUSTED);

            Path own = usb.resolve("a.pub.json");
            keys.exportPublicKey(own, null, null);
            assertThatThrownBy(() -> keys.importPublicKey(own, Installation.operator())).isInstanceOf(ExchangeException.class)
                    .hasMessageContaining("本机自己的公钥");

            KeyInfo revoked = keys.revoke(f.fingerprint(), "笔记本遗失", Installation.operator());
            assertThat(revoked.status()).isEqualTo(KeyStatus.REVOKED);
            assertThat(revoked.revokeReason()).isEqualTo("笔记本遗失");
            assertThatThrownBy(() -> keys.importPublicKey(otherFile, Installation.operator())).isInstanceOf(ExchangeException.class)
                    .hasMessageContaining("已被本机吊销");
            assertThatThrownBy(() -> keys.revoke("0000", null, Installation.operator())).isInstanceOf(ExchangeException.class);
            assertThat(i.stores.database().<List<AuditEntry>>read(tx -> i.stores.auditLog().all(tx)))
                    .extracting(e -> e.action()).containsExactly("KEY_TRUSTED", "KEY_REVOKED");
        }
    }

    @Test
    void aPublicKeyFileWhoseIdDoesNotMatchItsKeyIsRefused() throws Exception {
        try (Installation i = Installation.open(a); Installation other = Installation.open(b)) {
            Path file = usb.resolve("b.pub.json");
            other.exchange.keys().exportPublicKey(file, null, null);
            String forged = Files.readString(file).replaceFirst("\"keyId\" : \"[0-9a-f]{4}", "\"keyId\" : \"abcd");
            Files.writeString(file, forged);
            assertThatThrownBy(() -> i.exchange.keys().importPublicKey(file, Installation.operator()))
                    .isInstanceOf(ExchangeException.class).hasMessageContaining("不符");
            assertThat(i.exchange.keys().list()).isEmpty();
        }
    }

    @Test
    void onlyAnAdministratorTrustsOrRevokesKeys() throws Exception {
        try (Installation i = Installation.open(a); Installation other = Installation.open(b)) {
            Path file = usb.resolve("b.pub.json");
            other.exchange.keys().exportPublicKey(file, null, null);
            Session officer = new Session(new User("o02", "O02", EnumSet.of(Role.OFFICER), true), Instant.now());
            assertThatThrownBy(() -> i.exchange.keys().importPublicKey(file, officer)).isInstanceOf(AccessDeniedException.class);
            assertThat(i.exchange.keys().list()).isEmpty();
        }
    }

    @Test
    void aKeyBoundToOneAuthorityCannotSpeakForAnother() {
        try (Installation t = Installation.demo(a); Installation c = Installation.demo(b)) {
            // the township's key is bound to 八都镇 (BADU) when it is made
            t.exchange.keys().ownKeyOrCreate("BADU", "八都镇执法队");
            c.trust(t);
            assertThat(c.exchange.keys().list()).filteredOn(k -> k.status() == KeyStatus.TRUSTED)
                    .extracting(KeyInfo::authorityCode).containsExactly("BADU");
            Path bundle = t.exchange.township().submitCase("BD-2026-0003", Installation.operator(), usb.resolve("case.zip"), null, false)
                    .bundle().file();
            assertThat(c.exchange.verify(bundle).signerLabel()).contains("龙泉市八都镇人民政府");
            // the same key signing a manifest that claims to come from the county bureau
            List<BundleSurgery.Entry> entries = BundleSurgery.resigned(BundleSurgery.read(bundle), m ->
                    new org.zhifa.workstation.exchange.bundle.Manifest(m.formatVersion(), m.format(), m.kind(), m.bundleId(),
                            m.createdAt(), new org.zhifa.workstation.exchange.bundle.Manifest.Source("LQZF", "龙泉市综合行政执法局"),
                            m.caseNo(), m.caseRevision(), m.refersTo(), m.packVersion(), m.signerKeyId(), m.entries()),
                    t.exchange.keys().signer());
            Path claimed = BundleSurgery.write(usb.resolve("claimed.zip"), entries);
            assertThatThrownBy(() -> c.exchange.verify(claimed)).isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                assertThat(e.code()).isEqualTo(ProblemCode.UNKNOWN_KEY);
                assertThat(e.getMessage()).contains("只被信任代表 BADU");
            });
            // and a bound key does not sign another authority's case
            assertThatThrownBy(() -> t.exchange.keys().ownKeyOrCreate("LQZF", null)).isInstanceOf(ExchangeException.class);
        }
    }
}
