package org.zhifa.workstation.exchange.catalog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhifa.workstation.cases.security.Permissions;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.calendar.HolidayEntry;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.exchange.bundle.BundleHeader;
import org.zhifa.workstation.exchange.bundle.BundleKind;
import org.zhifa.workstation.exchange.bundle.BundleLayout;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.BundleWriter;
import org.zhifa.workstation.exchange.bundle.EntryPaths;
import org.zhifa.workstation.exchange.bundle.ExchangeException;
import org.zhifa.workstation.exchange.bundle.Manifest;
import org.zhifa.workstation.exchange.bundle.ManifestEntry;
import org.zhifa.workstation.exchange.bundle.MediaTypes;
import org.zhifa.workstation.exchange.bundle.ProblemCode;
import org.zhifa.workstation.exchange.bundle.VerifiedBundle;
import org.zhifa.workstation.exchange.bundle.WrittenBundle;
import org.zhifa.workstation.exchange.content.ContentJson;
import org.zhifa.workstation.exchange.content.ExchangeEnvironment;
import org.zhifa.workstation.exchange.content.Replays;
import org.zhifa.workstation.exchange.keys.KeyService;
import org.zhifa.workstation.store.ExchangeRepository.BundleRow;
import org.zhifa.workstation.store.ExchangeRepository.FileRow;
import org.zhifa.workstation.store.Tx;

/**
 * CATALOG_PACK (county → townships): the catalog with its 裁量基准 tiers, the holiday calendar and the document
 * templates, versioned (docs/bundle-format.md, "Catalog packs"). Writing, verifying and applying:
 * <ul>
 * <li>a pack's version must be higher than every pack applied here before (a lower or equal version is STALE);</li>
 * <li>applying replaces the holiday years the pack carries, adds the catalog matters this installation does not have
 *     yet (matters it has are listed as unchanged or as differing: changing a matter in use is the administrator's
 *     decision, not an automatic one), keeps the templates in the content store, and writes one audit entry.</li>
 * </ul>
 */
public final class CatalogPackService {
    private final ExchangeEnvironment env;

    public CatalogPackService(ExchangeEnvironment env) {
        this.env = env;
    }

    /** pack.json. */
    @JsonPropertyOrder({"format", "version", "title", "issuedOn", "notes"})
    public record PackInfo(String format, int version, String title, LocalDate issuedOn, String notes) {
        public static final String FORMAT = "zhifa-catalog-pack/1";
    }

    /** catalog.json. */
    public record CatalogFile(List<CatalogMatter> matters) { }

    /** holidays.json: one entry per year with its published source. */
    public record HolidayFile(List<HolidayYear> years) { }

    @JsonPropertyOrder({"year", "source", "days"})
    public record HolidayYear(int year, String source, List<HolidayEntry> days) { }

    /** What applying the pack would do. */
    public record PreparedPack(PackInfo info, List<CatalogMatter> added, List<String> unchanged, List<String> differing,
                               List<HolidayYear> years, List<String> templates) { }

    // ---- writing ------------------------------------------------------------------------------------------------

    /**
     * Writes a pack of this installation's catalog and holiday calendar, and the templates of a folder (its regular
     * files; null for none), signed with the installation key (ADMIN).
     */
    public WrittenBundle export(Path out, int version, String title, String notes, Path templates, Session session) {
        Permissions.require(session, Role.ADMIN);
        if (version < 1) {
            throw new ExchangeException(Texts.tr("exchange.pack.badVersion", version));
        }
        KeyService.OwnKey key = env.keys().signer();
        record Data(List<CatalogMatter> matters, List<HolidayEntry> entries, Map<Integer, String> years, Authority source) { }
        Data data = env.stores().database().read(tx -> new Data(env.stores().catalog().all(tx),
                env.stores().holidays().entries(tx), env.stores().holidays().years(tx), source(tx, key)));
        List<HolidayYear> years = new ArrayList<>();
        for (Map.Entry<Integer, String> y : new TreeMap<>(data.years()).entrySet()) {
            years.add(new HolidayYear(y.getKey(), y.getValue(),
                    data.entries().stream().filter(e -> e.date().getYear() == y.getKey()).toList()));
        }
        try (BundleWriter w = new BundleWriter(out, env.limits())) {
            w.addJson(BundleLayout.PACK, ContentJson.write(new PackInfo(PackInfo.FORMAT, version, title, env.today(), notes)));
            w.addJson(BundleLayout.CATALOG, ContentJson.write(new CatalogFile(data.matters())));
            w.addJson(BundleLayout.HOLIDAYS, ContentJson.write(new HolidayFile(years)));
            if (templates != null) {
                try (Stream<Path> files = Files.list(templates)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (EntryPaths.problem(BundleLayout.TEMPLATES + name).isEmpty() && !name.startsWith(".")) {
                            w.addFile(BundleLayout.TEMPLATES + name, f, MediaTypes.of(name), null);
                        }
                    }
                }
            }
            WrittenBundle written = w.finish(new BundleHeader(BundleKind.CATALOG_PACK, UUID.randomUUID().toString(),
                    env.clock().instant(), new Manifest.Source(data.source().code(), data.source().name()), null, null,
                    null, version), key);
            env.stores().database().transaction(tx -> {
                env.repository().insertBundle(tx, new BundleRow(written.manifest().bundleId(), BundleKind.CATALOG_PACK.name(),
                        "OUT", null, null, key.keyId(), written.manifestSha256(), version,
                        written.file().getFileName().toString(), env.clock().instant(), session.username()));
                env.stores().auditLog().append(tx, session.username(), "CATALOG_PACK_EXPORTED", "catalog_pack",
                        String.valueOf(version), "{\"bundleId\":\"" + written.manifest().bundleId() + "\"}");
                return null;
            });
            return written;
        } catch (IOException e) {
            throw new ExchangeException(Texts.tr("exchange.submit.writeFailed", out, e.getMessage()), e);
        }
    }

    private Authority source(Tx tx, KeyService.OwnKey key) {
        List<Authority> all = env.stores().reference().authorities(tx);
        return all.stream().filter(a -> a.code().equals(key.authorityCode())).findFirst()
                .or(() -> all.stream().filter(Authority::reviewCenter).findFirst())
                .or(() -> all.stream().findFirst())
                .orElseThrow(() -> new ExchangeException(Texts.tr("exchange.opinion.noCenter")));
    }

    // ---- checking and applying ----------------------------------------------------------------------------------

    /** Every check of a verified pack against this installation; writes nothing. */
    public PreparedPack check(VerifiedBundle v) {
        return env.stores().database().read(tx -> check(tx, v));
    }

    private PreparedPack check(Tx tx, VerifiedBundle v) {
        Manifest m = v.manifest();
        Replays.check(env, tx, m, "exchange.replay.pack", String.valueOf(m.packVersion()));
        PackInfo info = ContentJson.read(v.json(BundleLayout.PACK).orElseThrow(), PackInfo.class, BundleLayout.PACK);
        if (!PackInfo.FORMAT.equals(info.format()) || info.version() != m.packVersion()) {
            throw new BundleRejectedException(ProblemCode.INVALID_CONTENT, Texts.tr("exchange.pack.badInfo"));
        }
        Optional<Integer> applied = env.repository().latestPackVersion(tx);
        if (applied.isPresent() && applied.get() >= info.version()) {
            throw new BundleRejectedException(ProblemCode.STALE, Texts.tr("exchange.pack.old", info.version(), applied.get()));
        }
        List<CatalogMatter> matters = v.json(BundleLayout.CATALOG)
                .map(b -> ContentJson.read(b, CatalogFile.class, BundleLayout.CATALOG).matters()).orElse(List.of());
        List<HolidayYear> years = v.json(BundleLayout.HOLIDAYS)
                .map(b -> ContentJson.read(b, HolidayFile.class, BundleLayout.HOLIDAYS).years()).orElse(List.of());
        List<String> problems = new ArrayList<>();
        for (HolidayYear y : years) {
            if (y.source() == null || y.source().isBlank() || y.days() == null
                    || y.days().stream().anyMatch(d -> d == null || d.date() == null || d.date().getYear() != y.year()
                    || d.name() == null)) {
                problems.add(Texts.tr("exchange.pack.badYear", y.year()));
            }
        }
        Set<String> authorities = env.stores().reference().authorities(tx).stream().map(Authority::code)
                .collect(Collectors.toSet());
        Map<String, CatalogMatter> ours = env.stores().catalog().all(tx).stream()
                .collect(Collectors.toMap(CatalogMatter::code, Function.identity()));
        List<CatalogMatter> added = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        for (CatalogMatter cm : matters) {
            if (cm == null || cm.code() == null || cm.name() == null || cm.powerSource() == null || cm.fineKind() == null
                    || cm.finePrecondition() == null || cm.verification() == null) {
                problems.add(Texts.tr("exchange.pack.badMatter", cm == null || cm.code() == null ? "?" : cm.code()));
            } else if (ours.containsKey(cm.code())) {
                (ours.get(cm.code()).equals(cm) ? unchanged : differing).add(cm.code());
            } else if (cm.authorityCode() != null && !authorities.contains(cm.authorityCode())) {
                problems.add(Texts.tr("exchange.pack.unknownAuthority", cm.code(), cm.authorityCode()));
            } else {
                added.add(cm);
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleRejectedException(problems.stream()
                    .map(p -> new org.zhifa.workstation.exchange.bundle.Problem(ProblemCode.INVALID_CONTENT, p)).toList());
        }
        List<String> templates = m.entries().stream().map(ManifestEntry::path)
                .filter(p -> p.startsWith(BundleLayout.TEMPLATES)).toList();
        return new PreparedPack(info, added, unchanged, differing, years, templates);
    }

    /** Applies a verified pack in one transaction (ADMIN); returns the lines that say what changed. */
    public List<String> apply(VerifiedBundle v, Session session) {
        Permissions.require(session, Role.ADMIN);
        check(v);
        List<FileRow> files = new ArrayList<>();
        for (ManifestEntry e : v.manifest().entries()) {
            v.file(e.path()).ifPresent(p -> {
                String sha = env.files().put(p);
                if (!sha.equals(e.sha256())) {
                    throw new UncheckedIOException(new IOException("extracted file changed: " + e.path()));
                }
                files.add(new FileRow(v.manifest().bundleId(), e.path(), e.mediaType(), e.sha256(), e.size()));
            });
        }
        return env.stores().database().transaction(tx -> {
            PreparedPack p = check(tx, v);
            Manifest m = v.manifest();
            for (HolidayYear y : p.years()) {
                env.stores().holidays().replaceYear(tx, y.year(), y.source(), y.days());
            }
            for (CatalogMatter cm : p.added()) {
                env.stores().catalog().insert(tx, cm);
            }
            Instant now = env.clock().instant();
            env.repository().insertBundle(tx, new BundleRow(m.bundleId(), m.kind().name(), "IN", null, null,
                    m.signerKeyId(), v.manifestSha256(), m.packVersion(), v.source().getFileName().toString(), now,
                    session.username()));
            files.forEach(f -> env.repository().insertFile(tx, f));
            env.stores().auditLog().append(tx, session.username(), "CATALOG_PACK_APPLIED", "catalog_pack",
                    String.valueOf(m.packVersion()), "{\"bundleId\":\"" + m.bundleId() + "\",\"added\":" + p.added().size()
                            + ",\"differing\":" + p.differing().size() + ",\"holidayYears\":" + p.years().size()
                            + ",\"templates\":" + p.templates().size() + "}");
            List<String> lines = new ArrayList<>();
            lines.add(Texts.tr("exchange.pack.applied", m.packVersion(), p.info().title() == null ? "" : p.info().title()));
            lines.add(Texts.tr("exchange.pack.summary", p.added().size(), p.unchanged().size(), p.years().size(),
                    p.templates().size()));
            if (!p.differing().isEmpty()) {
                lines.add(Texts.tr("exchange.pack.differing", String.join("、", p.differing())));
            }
            return lines;
        });
    }
}
