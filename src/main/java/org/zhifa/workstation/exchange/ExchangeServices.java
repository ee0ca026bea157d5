package org.zhifa.workstation.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.bundle.BundleKind;
import org.zhifa.workstation.exchange.bundle.BundleReader;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.ExchangeException;
import org.zhifa.workstation.exchange.bundle.ExchangeLimits;
import org.zhifa.workstation.exchange.bundle.Manifest;
import org.zhifa.workstation.exchange.bundle.ProblemCode;
import org.zhifa.workstation.exchange.bundle.SignerKey;
import org.zhifa.workstation.exchange.bundle.VerifiedBundle;
import org.zhifa.workstation.exchange.catalog.CatalogPackService;
import org.zhifa.workstation.exchange.content.BundleDocuments;
import org.zhifa.workstation.exchange.content.ExchangeEnvironment;
import org.zhifa.workstation.exchange.county.ReviewQueueService;
import org.zhifa.workstation.exchange.keys.KeyService;
import org.zhifa.workstation.exchange.township.TownshipExchange;
import org.zhifa.workstation.store.ExchangeRepository;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.files.ContentStore;

/**
 * The exchange services of one installation (docs/bundle-format.md): the keys, the township side (报送审核, review
 * results), the county side (the review queue, opinions), catalog packs, and the entry points that take any bundle
 * file: {@link #verify} (every check, nothing written) and {@link #importBundle} (the same checks, then one
 * transaction). The GUI and the command line use these; the composition root builds them.
 */
public final class ExchangeServices {
    /** The folder of the data directory where bundles are unpacked while they are checked. */
    public static final String TEMP_FOLDER = "exchange-tmp";

    private final ExchangeEnvironment env;
    private final TownshipExchange township;
    private final ReviewQueueService county;
    private final CatalogPackService catalogPacks;

    public ExchangeServices(Stores stores, CaseService cases, Supplier<ProcedureSettings> settings, Path dataDirectory,
                            ExchangeLimits limits, BundleDocuments documents, Clock clock) {
        this(stores, cases, settings, dataDirectory, () -> limits, documents, clock);
    }

    /**
     * @param limits    the limits in force, read for every bundle (the exchange settings)
     * @param documents the documents a case bundle and a review result carry
     */
    public ExchangeServices(Stores stores, CaseService cases, Supplier<ProcedureSettings> settings, Path dataDirectory,
                            Supplier<ExchangeLimits> limits, BundleDocuments documents, Clock clock) {
        ExchangeRepository repository = new ExchangeRepository();
        KeyService keys = new KeyService(stores, repository, dataDirectory, clock);
        this.env = new ExchangeEnvironment(stores, repository, cases, keys, new ContentStore(dataDirectory), documents,
                settings, limits, clock, dataDirectory.resolve(TEMP_FOLDER));
        this.township = new TownshipExchange(env);
        this.county = new ReviewQueueService(env);
        this.catalogPacks = new CatalogPackService(env);
        env.cleanUpTemporaryFolders();
    }

    /** With the default limits, no documents part yet and the system clock. */
    public ExchangeServices(Stores stores, CaseService cases, Supplier<ProcedureSettings> settings, Path dataDirectory) {
        this(stores, cases, settings, dataDirectory, ExchangeLimits.defaults(), BundleDocuments.none(),
                Clock.systemDefaultZone());
    }

    public KeyService keys() {
        return env.keys();
    }

    public TownshipExchange township() {
        return township;
    }

    public ReviewQueueService county() {
        return county;
    }

    public CatalogPackService catalogPacks() {
        return catalogPacks;
    }

    public ExchangeLimits limits() {
        return env.limits();
    }

    /**
     * A bundle that passed every check.
     *
     * @param own     written by this installation (intact and signed by its own key; it is imported on the other side)
     * @param summary lines for the user: what the bundle is, who signed it
     */
    public record Verified(BundleKind kind, Manifest manifest, String signerFingerprint, String signerLabel, boolean own,
                           List<String> summary) { }

    /** What an import did. */
    public record Imported(Path file, BundleKind kind, String bundleId, String caseNo, List<String> messages,
                           List<Violation> warnings) { }

    /** One file of a folder import: imported, or refused with the reasons. */
    public record FolderEntry(Path file, Optional<Imported> imported, Optional<BundleRejectedException> rejected) { }

    /**
     * Every check of {@link #importBundle} (the file, the ZIP, the manifest, the signature and the key, and what this
     * installation knows: replay, staleness, the side); nothing is written. A bundle this installation wrote is
     * checked for integrity and its own signature only.
     *
     * @throws BundleRejectedException with the reasons
     */
    public Verified verify(Path file) {
        VerifiedBundle v = env.reader().verify(file);
        Manifest m = v.manifest();
        List<String> summary = new ArrayList<>(describe(v));
        boolean own = v.signer().status() == SignerKey.Status.OWN;
        if (own) {
            summary.add(Texts.tr("exchange.verify.own"));
        } else {
            switch (m.kind()) {
                case CASE_BUNDLE -> {
                    ReviewQueueService.PreparedCase p = county.check(v);
                    if (!p.replayed().accepted() || !p.replayed().warnings().isEmpty()) {
                        summary.add(Texts.tr("exchange.verify.findings", p.replayed().blocking().size() + p.replayed().warnings().size()));
                    }
                }
                case REVIEW_RESULT -> township.check(v);
                case CATALOG_PACK -> catalogPacks.check(v);
            }
        }
        return new Verified(m.kind(), m, BundleReader.fingerprint(m.signerKeyId()), v.signer().label(), own, summary);
    }

    /**
     * Imports one bundle: CASE_BUNDLEs into the review queue, REVIEW_RESULTs applied to the case they answer,
     * CATALOG_PACKs applied. The bundle is unpacked into a temporary folder while it is checked; nothing is written
     * to the database or outside that folder until every check has passed, and the import is one transaction.
     *
     * @throws BundleRejectedException with the reasons (a bundle imported before is refused as REPLAY: nothing changes)
     */
    public Imported importBundle(Path file, Session session) {
        Path temp = env.newTempFolder();
        try {
            VerifiedBundle v = env.reader().read(file, temp);
            Manifest m = v.manifest();
            if (v.signer().status() == SignerKey.Status.OWN) {
                throw new BundleRejectedException(ProblemCode.WRONG_KIND, Texts.tr("exchange.import.own", kindLabel(m.kind())));
            }
            return switch (m.kind()) {
                case CASE_BUNDLE -> {
                    ReviewQueueService.Received r = county.receive(v, session);
                    List<String> messages = new ArrayList<>();
                    messages.add(Texts.tr("exchange.import.queued", m.caseNo(), m.source().name(), m.caseRevision(),
                            r.item().id(), r.item().due().date()));
                    r.superseded().ifPresent(s -> messages.add(Texts.tr("exchange.import.superseded", s.id())));
                    if (!r.findings().isEmpty()) {
                        messages.add(Texts.tr("exchange.verify.findings", r.findings().size()));
                    }
                    yield new Imported(file, m.kind(), m.bundleId(), m.caseNo(), messages, r.findings());
                }
                case REVIEW_RESULT -> {
                    TownshipExchange.ResultImport r = township.importResult(v, session);
                    List<String> messages = new ArrayList<>();
                    messages.add(Texts.tr("exchange.import.applied", Texts.label(r.opinion().conclusion()), m.caseNo(),
                            Texts.label(r.record().state())));
                    int tasks = township.reviewTasks(m.caseNo()).size();
                    if (tasks > 0) {
                        messages.add(Texts.tr("exchange.import.tasks", tasks));
                    }
                    yield new Imported(file, m.kind(), m.bundleId(), m.caseNo(), messages, r.warnings());
                }
                case CATALOG_PACK -> {
                    List<String> messages = catalogPacks.apply(v, session);
                    yield new Imported(file, m.kind(), m.bundleId(), null, messages, List.of());
                }
            };
        } finally {
            ExchangeEnvironment.delete(temp);
        }
    }

    /**
     * Imports every {@code .zip} file of a folder (not its sub-folders), in name order, each in its own transaction;
     * a refused file does not stop the others. Other files (public keys, notes) are left alone.
     */
    public List<FolderEntry> importFolder(Path folder, Session session) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return !name.startsWith(".") && name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
            }).sorted().toList();
        } catch (IOException e) {
            throw new ExchangeException(Texts.tr("exchange.import.folder", folder, e.getMessage()), e);
        }
        List<FolderEntry> result = new ArrayList<>();
        for (Path f : files) {
            try {
                result.add(new FolderEntry(f, Optional.of(importBundle(f, session)), Optional.empty()));
            } catch (BundleRejectedException e) {
                result.add(new FolderEntry(f, Optional.empty(), Optional.of(e)));
            }
        }
        return result;
    }

    private static List<String> describe(VerifiedBundle v) {
        Manifest m = v.manifest();
        List<String> lines = new ArrayList<>();
        String what = switch (m.kind()) {
            case CASE_BUNDLE -> Texts.tr("exchange.verify.case", m.caseNo(), m.caseRevision());
            case REVIEW_RESULT -> Texts.tr("exchange.verify.result", m.caseNo(), m.caseRevision());
            case CATALOG_PACK -> Texts.tr("exchange.verify.pack", m.packVersion());
        };
        lines.add(Texts.tr("exchange.verify.valid", kindLabel(m.kind()), what));
        lines.add(Texts.tr("exchange.verify.details", m.bundleId(), m.source().name(), m.createdAt(), m.entries().size()));
        lines.add(Texts.tr("exchange.verify.signer", BundleReader.fingerprint(m.signerKeyId()), v.signer().label()));
        return lines;
    }

    /** The Chinese name of a bundle kind. */
    public static String kindLabel(BundleKind kind) {
        return switch (kind) {
            case CASE_BUNDLE -> Texts.tr("exchange.kind.case");
            case REVIEW_RESULT -> Texts.tr("exchange.kind.result");
            case CATALOG_PACK -> Texts.tr("exchange.kind.pack");
        };
    }
}
