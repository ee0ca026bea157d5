package org.zhifa.workstation.store.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.store.StoreException;

/**
 * Evidence files and generated documents, stored beside the database under their SHA-256 (content-addressed):
 * {@code files/ab/abcdef…}. The same content is stored once; a stored file is never changed.
 */
public final class ContentStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public ContentStore(Path dataDirectory) {
        this.root = dataDirectory.resolve("files");
    }

    /** Copies the stream into the store and returns its SHA-256 (lower-case hex). */
    public String put(InputStream content) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, ".incoming-", ".tmp");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                    content.transferTo(out);
                }
                String sha = HexFormat.of().formatHex(digest.digest());
                Path target = pathOf(sha);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return sha;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new StoreException(Texts.tr("files.error.write", e.getMessage()), e);
        }
    }

    /** Stores a file from disk. */
    public String put(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return put(in);
        } catch (IOException e) {
            throw new StoreException(Texts.tr("files.error.read", file, e.getMessage()), e);
        }
    }

    /** The stored file for a hash, when present. */
    public Optional<Path> find(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path p = pathOf(sha256);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Whether the stored bytes still hash to their name (tamper check). */
    public boolean verify(String sha256) {
        return find(sha256).map(p -> {
            try (InputStream in = Files.newInputStream(p)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) > 0; ) {
                    digest.update(buf, 0, n);
                }
                return HexFormat.of().formatHex(digest.digest()).equals(sha256);
            } catch (IOException | NoSuchAlgorithmException e) {
                return false;
            }
        }).orElse(false);
    }

    private Path pathOf(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }
}
