package org.zhifa.workstation.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Random;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.EvidenceFiles;
import org.zhifa.workstation.cases.sample.DemoTownshipLoader;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.cases.settings.SettingsService;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.pdf.DocxPdfRenderer;
import org.zhifa.workstation.documents.template.TemplateIndex;
import org.zhifa.workstation.exchange.bundle.ExchangeLimits;
import org.zhifa.workstation.exchange.content.RenderedBundleDocuments;
import org.zhifa.workstation.review.AuditSettings;
import org.zhifa.workstation.review.CaseFileAuditService;
import org.zhifa.workstation.store.files.ContentStore;
import org.zhifa.workstation.exchange.content.BundleDocuments;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.settings.SettingsFile;

/**
 * One installation in a test: a real data directory with its H2 database, the case service and the exchange
 * services wired the way the composition root wires them, the demo township loaded, and a clock fixed on the demo's
 * "today" (2026-11-25).
 */
final class Installation implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZONE);

    final Path dir;
    final Database db;
    final Stores stores;
    final CaseService cases;
    final SettingsService settings;
    final ExchangeServices exchange;
    final DocumentService documents;

    private Installation(Path dir, ExchangeLimits limits, boolean withDocuments) {
        this.dir = dir;
        this.db = Database.open(dir);
        this.stores = Stores.over(db);
        this.settings = new SettingsService(new SettingsFile(dir, "test"), stores);
        this.cases = new CaseService(stores, () -> settings.settings().procedure());
        this.documents = new DocumentService(stores, new ContentStore(dir), settings::settings,
                TemplateIndex.standard(dir), new DocxPdfRenderer(), CLOCK);
        this.exchange = new ExchangeServices(stores, cases, () -> settings.settings().procedure(), dir, limits,
                withDocuments ? new RenderedBundleDocuments(documents, dir) : BundleDocuments.none(), CLOCK);
        if (withDocuments) {
            documents.useReceived((caseNo, type, occurrence) -> type == DocumentType.REVIEW_OPINION
                    ? exchange.township().receivedOpinion(caseNo, occurrence) : java.util.Optional.empty());
            exchange.county().auditWith(new CaseFileAuditService(stores, dir, () -> settings.settings().procedure(),
                    AuditSettings::defaults, CLOCK));
        }
    }

    /**
     * As {@link #demo(Path)}, wired as the composition root wires it: bundles carry the produced documents, the
     * county audits what it receives, the 卷宗 takes the 法制审核意见书 that arrived.
     */
    static Installation demoWithDocuments(Path dir) {
        Installation i = new Installation(dir, ExchangeLimits.defaults(), true);
        new DemoTownshipLoader(i.stores, i.cases.importer(), officers -> { }).load();
        return i;
    }

    /** Opens (creating) the installation; loads the demo township when the store is empty. */
    static Installation demo(Path dir) {
        return demo(dir, ExchangeLimits.defaults());
    }

    /** Opens an existing installation as it is. */
    static Installation open(Path dir) {
        return new Installation(dir, ExchangeLimits.defaults(), false);
    }

    static Installation demo(Path dir, ExchangeLimits limits) {
        Installation i = new Installation(dir, limits, false);
        new DemoTownshipLoader(i.stores, i.cases.importer(), officers -> { }).load();
        return i;
    }

    /** A session with every role, as the command line acts. */
    static Session operator() {
        return new Session(new User("tester", null, EnumSet.allOf(Role.class), true), Instant.parse("2026-11-25T01:00:00Z"));
    }

    /** Lets the other installation trust this one's key (the public-key file exchanged, as people do). */
    void trust(Installation other) {
        Path file = dir.resolve("exchange-" + System.nanoTime() + ".pub.json");
        other.exchange.keys().exportPublicKey(file, null, null);
        exchange.keys().importPublicKey(file, operator());
    }

    /** Stores a file of random bytes as evidence of the case (EVIDENCE_ADDED today) and returns its SHA-256. */
    String addEvidence(String caseNo, String fileName, long size, long seed) {
        Path file = dir.resolve("incoming-" + fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            Random r = new Random(seed);
            byte[] chunk = new byte[64 * 1024];
            for (long left = size; left > 0; left -= chunk.length) {
                r.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha = new EvidenceFiles(dir).store(file);
        Outcome o = cases.perform(caseNo, new AddEvidence(TODAY, "O03", EvidenceKind.DOCUMENTARY, "补充证据：" + fileName,
                "违法事实", fileName, sha, null), "tester");
        if (!o.accepted()) {
            throw new IllegalStateException(o.blocking().toString());
        }
        return sha;
    }

    /** The exchange services of this installation with other limits (the same store). */
    ExchangeServices withLimits(ExchangeLimits limits) {
        return new ExchangeServices(stores, cases, () -> settings.settings().procedure(), dir, limits,
                BundleDocuments.none(), CLOCK);
    }

    int revision(String caseNo) {
        return cases.find(caseNo).orElseThrow().revision();
    }

    @Override
    public void close() {
        db.close();
    }
}
