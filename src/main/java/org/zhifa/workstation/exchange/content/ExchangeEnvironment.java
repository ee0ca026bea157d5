package org.zhifa.workstation.exchange.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.exchange.bundle.BundleReader;
import org.zhifa.workstation.exchange.bundle.ExchangeLimits;
import org.zhifa.workstation.exchange.keys.KeyService;
import org.zhifa.workstation.store.ExchangeRepository;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.files.ContentStore;

/**
 * What the exchange services share: the store, the case service, the keys, the content store for files that arrive,
 * the documents hook, the settings, the limits, the clock and the folder for temporary files.
 *
 * @param limitSource the limits of the settings, read for every bundle
 * @param tempRoot where bundles are unpacked while they are checked ({@code exchange-tmp} in the data directory);
 *                 each reading gets its own folder there, deleted afterwards
 */
public record ExchangeEnvironment(Stores stores, ExchangeRepository repository, CaseService cases, KeyService keys,
                                  ContentStore files, BundleDocuments documents, Supplier<ProcedureSettings> settings,
                                  Supplier<ExchangeLimits> limitSource, Clock clock, Path tempRoot) {

    /** The limits in force now (a setting). */
    public ExchangeLimits limits() {
        return limitSource.get();
    }

    public BundleReader reader() {
        return new BundleReader(limits(), keys.signerKeys());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A new, empty temporary folder for one reading. */
    public Path newTempFolder() {
        try {
            Files.createDirectories(tempRoot);
            return Files.createTempDirectory(tempRoot, "bundle-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the temporary folders a crashed reading left behind: those older than a day (a reading in progress in
     * another process on the same data directory is younger).
     */
    public void cleanUpTemporaryFolders() {
        if (!Files.isDirectory(tempRoot)) {
            return;
        }
        java.time.Instant limit = clock.instant().minus(java.time.Duration.ofDays(1));
        try (Stream<Path> folders = Files.list(tempRoot)) {
            for (Path f : folders.filter(Files::isDirectory).toList()) {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(limit)) {
                    delete(f);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a folder that cannot be removed now is tried again at the next start
        }
    }

    /** Deletes a temporary folder and everything in it. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
