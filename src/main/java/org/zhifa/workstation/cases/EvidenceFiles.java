package org.zhifa.workstation.cases;

import java.nio.file.Path;
import java.util.Optional;
import org.zhifa.workstation.store.files.ContentStore;

/** Evidence files (photos, recordings, scans) kept beside the database under their SHA-256. */
public final class EvidenceFiles {
    private final ContentStore store;

    public EvidenceFiles(Path dataDirectory) {
        this.store = new ContentStore(dataDirectory);
    }

    /** Stores a copy of the file; the returned SHA-256 goes into the EVIDENCE_ADDED action. */
    public String store(Path file) {
        return store.put(file);
    }

    /** The stored copy, for opening or previewing. */
    public Optional<Path> open(String sha256) {
        return store.find(sha256);
    }

    /** Whether the stored copy is unchanged. */
    public boolean intact(String sha256) {
        return store.verify(sha256);
    }
}
