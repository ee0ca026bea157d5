package org.zhifa.workstation.store.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void storesUnderTheSha256AndOnlyOnce() throws Exception {
        ContentStore store = new ContentStore(dataDir);
        byte[] photo = "现场照片".getBytes(StandardCharsets.UTF_8);
        String sha = store.put(new ByteArrayInputStream(photo));
        String again = store.put(new ByteArrayInputStream(photo));

        assertThat(sha).isEqualTo(again).hasSize(64)
                .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(photo)));
        assertThat(store.find(sha)).get().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(photo));
        try (var files = Files.walk(dataDir.resolve("files"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
        assertThat(store.verify(sha)).isTrue();
    }

    @Test
    void detectsATamperedFileAndRejectsBadNames() throws Exception {
        ContentStore store = new ContentStore(dataDir);
        String sha = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        Files.write(store.find(sha).orElseThrow(), new byte[] {9});
        assertThat(store.verify(sha)).isFalse();
        assertThat(store.find("../../etc/passwd")).isEmpty();
        assertThat(store.find("AB".repeat(32))).isEmpty();
    }
}
