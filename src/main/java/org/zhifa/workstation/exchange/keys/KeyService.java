package org.zhifa.workstation.exchange.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.cases.security.Permissions;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.exchange.bundle.BundleReader;
import org.zhifa.workstation.exchange.bundle.BundleSigner;
import org.zhifa.workstation.exchange.bundle.ExchangeException;
import org.zhifa.workstation.exchange.bundle.HashingPipe;
import org.zhifa.workstation.exchange.bundle.SignerKey;
import org.zhifa.workstation.exchange.bundle.SignerKeys;
import org.zhifa.workstation.store.ExchangeRepository;
import org.zhifa.workstation.store.ExchangeRepository.KeyRow;
import org.zhifa.workstation.store.Stores;

/**
 * The installation's Ed25519 key pair and the trust store of other installations' public keys.
 *
 * <ul>
 * <li>The key pair is made on first use (signing a bundle, or exporting the public key) with the JDK's
 *     {@code KeyPairGenerator "Ed25519"} and kept in {@code keys/installation-key.json} in the data directory, readable
 *     by the owner only where the file system allows it (POSIX permissions 600 / a Windows ACL for the owner).</li>
 * <li>The public-key file ({@link PublicKeyFile}) goes to the other side by USB stick or e-mail; the people on both
 *     ends compare the fingerprint over the phone before an administrator imports (trusts) it.</li>
 * <li>A bundle signed by a key that is not trusted, or was revoked, is refused (docs/bundle-format.md, "Keys").</li>
 * </ul>
 */
public final class KeyService {
    public static final String KEY_FOLDER = "keys";
    public static final String KEY_FILE = "installation-key.json";
    private static final String ALGORITHM = "Ed25519";
    private static final int MAX_PUBLIC_FILE_BYTES = 64 * 1024;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Stores stores;
    private final ExchangeRepository repository;
    private final Path keyFolder;
    private final Clock clock;
    private volatile OwnKey own;

    public KeyService(Stores stores, ExchangeRepository repository, Path dataDirectory, Clock clock) {
        this.stores = stores;
        this.repository = repository;
        this.keyFolder = dataDirectory.resolve(KEY_FOLDER);
        this.clock = clock;
    }

    /** The installation's key pair, loaded. */
    public record OwnKey(String keyId, PublicKey publicKey, PrivateKey privateKey, String authorityCode,
                         String authorityName, String ownerName, Instant created) implements BundleSigner {
        @Override
        public byte[] sign(byte[] data) {
            try {
                Signature s = Signature.getInstance(ALGORITHM);
                s.initSign(privateKey);
                s.update(data);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        public String fingerprint() {
            return BundleReader.fingerprint(keyId);
        }
    }

    // ---- the installation's own key -----------------------------------------------------------------------------

    /** The key pair when it exists; never creates one. */
    public Optional<OwnKey> ownKey() {
        OwnKey k = own;
        if (k != null) {
            return Optional.of(k);
        }
        Path file = keyFolder.resolve(KEY_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        own = load(file);
        return Optional.of(own);
    }

    /**
     * The key pair, made now when there is none. {@code authorityCode} binds a new key to an authority of this
     * installation (null: the only authority when there is exactly one, otherwise unbound); {@code ownerName} names
     * the person or office that keeps it (null: the authority's name, or the computer's name). Both only matter for
     * a new key; an existing key keeps what it has.
     */
    public synchronized OwnKey ownKeyOrCreate(String authorityCode, String ownerName) {
        Optional<OwnKey> existing = ownKey();
        if (existing.isPresent()) {
            OwnKey k = existing.get();
            if (authorityCode != null && !authorityCode.equals(k.authorityCode())) {
                throw new ExchangeException(Texts.tr("exchange.key.otherAuthority",
                        k.authorityCode() == null ? Texts.tr("exchange.key.unbound") : k.authorityCode(), authorityCode));
            }
            return k;
        }
        List<Authority> authorities = stores.database().read(tx -> stores.reference().authorities(tx));
        Authority authority = null;
        if (authorityCode != null) {
            authority = authorities.stream().filter(a -> a.code().equals(authorityCode)).findFirst()
                    .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.key.noSuchAuthority", authorityCode)));
        } else if (authorities.size() == 1) {
            authority = authorities.getFirst();
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Instant created = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            String keyId = keyId(pair.getPublic());
            String owner = ownerName != null && !ownerName.isBlank() ? ownerName.strip()
                    : Texts.tr("exchange.key.defaultOwner", computerName(), keyId.substring(0, 4).toUpperCase(java.util.Locale.ROOT));
            PrivateKeyFile f = new PrivateKeyFile(PrivateKeyFile.FORMAT, keyId, ALGORITHM,
                    authority == null ? null : authority.code(), authority == null ? null : authority.name(), owner,
                    created.toString(), base64(pair.getPublic().getEncoded()), base64(pair.getPrivate().getEncoded()));
            writePrivate(f);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        own = null;
        return ownKey().orElseThrow();
    }

    /** The signer for bundles this installation writes (the key is made on first use). */
    public OwnKey signer() {
        return ownKeyOrCreate(null, null);
    }

    /** The public-key file of this installation (the key is made on first use). */
    public PublicKeyFile publicKeyFile(String authorityCode, String ownerName) {
        OwnKey k = ownKeyOrCreate(authorityCode, ownerName);
        return new PublicKeyFile(PublicKeyFile.FORMAT, k.keyId(), ALGORITHM, k.authorityCode(), k.authorityName(),
                k.ownerName(), k.created().toString(), base64(k.publicKey().getEncoded()), k.fingerprint());
    }

    /** Writes the public-key file for the other side. */
    public PublicKeyFile exportPublicKey(Path out, String authorityCode, String ownerName) {
        PublicKeyFile f = publicKeyFile(authorityCode, ownerName);
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(f);
            Path target = out.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".zhifa-key-", ".tmp");
            try {
                Files.write(temp, bytes);
                move(temp, target, true);
            } finally {
                Files.deleteIfExists(temp);
            }
            return f;
        } catch (IOException e) {
            throw new ExchangeException(Texts.tr("exchange.key.writeFailed", out, e.getMessage()), e);
        }
    }

    // ---- the trust store ----------------------------------------------------------------------------------------

    /** What importing a public-key file did. */
    public enum ImportStatus { TRUSTED, ALREADY_TRUSTED }

    public record ImportResult(ImportStatus status, KeyInfo key) { }

    /**
     * Reads a public-key file; nothing is changed until it is checked: the format, the key itself, the key id and the
     * fingerprint derived from it. The caller shows the fingerprint and the person confirms it matches what the
     * other side read out over the phone.
     */
    public PublicKeyFile readPublicKeyFile(Path file) {
        byte[] raw;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ExchangeException(Texts.tr("exchange.key.noFile", file));
            }
            if (Files.size(file) > MAX_PUBLIC_FILE_BYTES) {
                throw new ExchangeException(Texts.tr("exchange.key.badFile", file, Texts.tr("exchange.key.tooLarge")));
            }
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExchangeException(Texts.tr("exchange.key.readFailed", file, e.getMessage()), e);
        }
        PublicKeyFile f;
        try {
            f = MAPPER.readValue(new String(raw, StandardCharsets.UTF_8), PublicKeyFile.class);
        } catch (JsonProcessingException e) {
            throw new ExchangeException(Texts.tr("exchange.key.badFile", file, e.getOriginalMessage()));
        }
        if (f == null || !PublicKeyFile.FORMAT.equals(f.format()) || !ALGORITHM.equals(f.algorithm())
                || f.publicKey() == null || f.keyId() == null || f.owner() == null || f.owner().isBlank()
                || f.owner().length() > 100 || f.created() == null
                || f.authority() != null && (f.authority().isBlank() || f.authority().length() > 32)
                || f.authorityName() != null && f.authorityName().length() > 200) {
            throw new ExchangeException(Texts.tr("exchange.key.badFile", file, Texts.tr("exchange.key.fields")));
        }
        try {
            Instant.parse(f.created());
        } catch (DateTimeParseException e) {
            throw new ExchangeException(Texts.tr("exchange.key.badFile", file, "created"));
        }
        PublicKey key = decodePublic(f.publicKey())
                .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.key.badFile", file, Texts.tr("exchange.key.notEd25519"))));
        String id = keyId(key);
        if (!id.equals(f.keyId()) || f.fingerprint() != null && !BundleReader.fingerprint(id).equals(f.fingerprint())) {
            throw new ExchangeException(Texts.tr("exchange.key.idMismatch", file));
        }
        return f;
    }

    /** Trusts the key of a public-key file (ADMIN); importing a trusted key again changes nothing. */
    public ImportResult importPublicKey(Path file, Session session) {
        Permissions.require(session, Role.ADMIN);
        PublicKeyFile f = readPublicKeyFile(file);
        Optional<OwnKey> mine = ownKey();
        if (mine.isPresent() && mine.get().keyId().equals(f.keyId())) {
            throw new ExchangeException(Texts.tr("exchange.key.ownKey"));
        }
        return stores.database().transaction(tx -> {
            Optional<KeyRow> existing = repository.key(tx, f.keyId());
            if (existing.isPresent()) {
                if ("REVOKED".equals(existing.get().status())) {
                    throw new ExchangeException(Texts.tr("exchange.key.wasRevoked", BundleReader.fingerprint(f.keyId())));
                }
                return new ImportResult(ImportStatus.ALREADY_TRUSTED, info(existing.get()));
            }
            Instant now = clock.instant();
            KeyRow row = new KeyRow(f.keyId(), f.publicKey(), ALGORITHM, f.authority(), f.authorityName(), f.owner(),
                    Instant.parse(f.created()), "TRUSTED", now, session.username(), null, null, null);
            repository.insertKey(tx, row);
            stores.auditLog().append(tx, session.username(), "KEY_TRUSTED", "key", f.keyId(),
                    "{\"fingerprint\":\"" + BundleReader.fingerprint(f.keyId()) + "\",\"authority\":"
                            + json(f.authority()) + ",\"owner\":" + json(f.owner()) + "}");
            return new ImportResult(ImportStatus.TRUSTED, info(row));
        });
    }

    /** Revokes a trusted key (ADMIN): bundles it signed are refused from now on. */
    public KeyInfo revoke(String keyIdOrFingerprint, String reason, Session session) {
        Permissions.require(session, Role.ADMIN);
        String keyId = normalize(keyIdOrFingerprint);
        return stores.database().transaction(tx -> {
            KeyRow row = repository.key(tx, keyId).orElseThrow(() -> {
                boolean mine = ownKey().map(k -> k.keyId().equals(keyId)).orElse(false);
                return new ExchangeException(mine ? Texts.tr("exchange.key.revokeOwn")
                        : Texts.tr("exchange.key.unknown", keyIdOrFingerprint));
            });
            if ("REVOKED".equals(row.status())) {
                return info(row);
            }
            Instant now = clock.instant();
            String why = reason == null || reason.isBlank() ? null : reason.strip();
            repository.revokeKey(tx, keyId, now, session.username(), why);
            stores.auditLog().append(tx, session.username(), "KEY_REVOKED", "key", keyId,
                    "{\"reason\":" + json(why) + "}");
            return info(repository.key(tx, keyId).orElseThrow());
        });
    }

    /** The own key (when it exists) and every key of the trust store. */
    public List<KeyInfo> list() {
        List<KeyInfo> all = new ArrayList<>();
        ownKey().ifPresent(k -> all.add(new KeyInfo(k.keyId(), k.fingerprint(), KeyStatus.OWN, k.authorityCode(),
                k.authorityName(), k.ownerName(), k.created(), null, null, null, null, null)));
        stores.database().read(tx -> repository.keys(tx)).forEach(r -> all.add(info(r)));
        return all;
    }

    /** For the bundle reader: the trust store and the own key (which marks a bundle written here). */
    public SignerKeys signerKeys() {
        return keyId -> {
            Optional<OwnKey> mine = ownKey();
            if (mine.isPresent() && mine.get().keyId().equals(keyId)) {
                OwnKey k = mine.get();
                return Optional.of(new SignerKey(k.keyId(), k.publicKey(), SignerKey.Status.OWN, k.authorityCode(),
                        new KeyInfo(k.keyId(), k.fingerprint(), KeyStatus.OWN, k.authorityCode(), k.authorityName(),
                                k.ownerName(), k.created(), null, null, null, null, null).label()));
            }
            return stores.database().read(tx -> repository.key(tx, keyId)).flatMap(r -> decodePublic(r.publicKey())
                    .map(pk -> new SignerKey(r.keyId(), pk, "REVOKED".equals(r.status())
                            ? SignerKey.Status.REVOKED : SignerKey.Status.TRUSTED, r.authorityCode(), info(r).label())));
        };
    }

    /** The key id: the first 16 bytes of the SHA-256 of the X.509-encoded public key, as 32 lower-case hex digits. */
    public static String keyId(PublicKey key) {
        byte[] digest = HashingPipe.sha256().digest(key.getEncoded());
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static String normalize(String idOrFingerprint) {
        return idOrFingerprint == null ? "" : idOrFingerprint.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static KeyInfo info(KeyRow r) {
        return new KeyInfo(r.keyId(), BundleReader.fingerprint(r.keyId()),
                "REVOKED".equals(r.status()) ? KeyStatus.REVOKED : KeyStatus.TRUSTED, r.authorityCode(),
                r.authorityName(), r.ownerName(), r.keyCreatedAt(), r.trustedAt(), r.trustedBy(), r.revokedAt(),
                r.revokedBy(), r.revokeReason());
    }

    private static Optional<PublicKey> decodePublic(String base64) {
        try {
            PublicKey k = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return ALGORITHM.equals(k.getAlgorithm()) || "EdDSA".equals(k.getAlgorithm()) ? Optional.of(k) : Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private OwnKey load(Path file) {
        try {
            PrivateKeyFile f = MAPPER.readValue(Files.readAllBytes(file), PrivateKeyFile.class);
            if (f == null || !PrivateKeyFile.FORMAT.equals(f.format())) {
                throw new ExchangeException(Texts.tr("exchange.key.ownUnreadable", file, "format"));
            }
            PublicKey pub = decodePublic(f.publicKey())
                    .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.key.ownUnreadable", file, "publicKey")));
            PrivateKey priv = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(f.privateKey())));
            OwnKey k = new OwnKey(keyId(pub), pub, priv, f.authority(), f.authorityName(), f.owner(), Instant.parse(f.created()));
            Signature check = Signature.getInstance(ALGORITHM);
            check.initVerify(pub);
            byte[] probe = "zhifa-key-check".getBytes(StandardCharsets.US_ASCII);
            check.update(probe);
            if (!k.keyId().equals(f.keyId()) || !check.verify(k.sign(probe))) {
                throw new ExchangeException(Texts.tr("exchange.key.ownUnreadable", file, "keyId"));
            }
            return k;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | DateTimeParseException e) {
            throw new ExchangeException(Texts.tr("exchange.key.ownUnreadable", file, e.getMessage()), e);
        }
    }

    private void writePrivate(PrivateKeyFile f) {
        Path file = keyFolder.resolve(KEY_FILE);
        try {
            Files.createDirectories(keyFolder);
            ownerOnly(keyFolder, true);
            Path temp = Files.createTempFile(keyFolder, ".key-", ".tmp");
            try {
                ownerOnly(temp, false);
                Files.write(temp, MAPPER.writeValueAsBytes(f));
                move(temp, file, false);
            } catch (FileAlreadyExistsException e) {
                // another process made the key first: keep that one
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ExchangeException(Texts.tr("exchange.key.writeFailed", file, e.getMessage()), e);
        }
    }

    private static void move(Path from, Path to, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
                if (!Files.exists(to)) {
                    throw new IOException("move failed");
                }
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
    }

    /** Owner-only access where the file system supports it: POSIX 600/700, or a Windows ACL for the owner alone. */
    static void ownerOnly(Path path, boolean folder) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = acl.getOwner();
            AclEntry entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
            acl.setAcl(List.of(entry));
        }
    }

    private static String computerName() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("HOSTNAME");
        }
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = null;
            }
        }
        return name == null || name.isBlank() || name.length() > 60 ? Texts.tr("exchange.key.thisComputer") : name;
    }

    private static String base64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static String json(String s) {
        if (s == null) {
            return "null";
        }
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
