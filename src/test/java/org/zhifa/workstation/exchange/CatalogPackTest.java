package org.zhifa.workstation.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.audit.AuditEntry;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.exchange.bundle.BundleKind;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.ProblemCode;
import org.zhifa.workstation.exchange.bundle.WrittenBundle;

/** CATALOG_PACK: the county's catalog, holiday calendar and templates, versioned, verified and applied with an audit entry. */
class CatalogPackTest {
    @TempDir
    Path county;
    @TempDir
    Path township;
    @TempDir
    Path usb;

    @Test
    void aPackAddsWhatTheTownshipLacksOnceAndOnlyNewerVersionsFollow() throws Exception {
        try (Installation c = Installation.demo(county); Installation t = Installation.open(township)) {
            // a new township installation: its two authorities, no catalog, no holidays yet
            List<Authority> authorities = c.stores.database().read(tx -> c.stores.reference().authorities(tx));
            t.stores.database().transaction(tx -> {
                authorities.forEach(a -> t.stores.reference().insertAuthority(tx, a));
                return null;
            });
            t.trust(c);
            Path templates = Files.createDirectories(usb.resolve("templates"));
            Files.writeString(templates.resolve("行政处罚决定书.docx"), "模板");
            WrittenBundle v1 = c.exchange.catalogPacks().export(usb.resolve("pack-1.zip"), 1, "2026年目录", "演示",
                    templates, Installation.operator());
            assertThat(v1.manifest().kind()).isEqualTo(BundleKind.CATALOG_PACK);
            assertThat(v1.manifest().packVersion()).isEqualTo(1);

            ExchangeServices.Verified verified = t.exchange.verify(v1.file());
            assertThat(verified.summary().getFirst()).contains("目录包");
            int auditBefore = t.stores.database().<List<AuditEntry>>read(tx -> t.stores.auditLog().all(tx)).size();
            ExchangeServices.Imported applied = t.exchange.importBundle(v1.file(), Installation.operator());
            assertThat(applied.messages()).anySatisfy(m -> assertThat(m).contains("新增执法事项 108 项"));
            assertThat(t.stores.database().<List<CatalogMatter>>read(tx -> t.stores.catalog().all(tx))).hasSize(108);
            assertThat(t.stores.database().<Map<Integer, String>>read(tx -> t.stores.holidays().years(tx)))
                    .isEqualTo(c.stores.database().<Map<Integer, String>>read(tx -> c.stores.holidays().years(tx)));
            List<AuditEntry> audit = t.stores.database().read(tx -> t.stores.auditLog().all(tx));
            assertThat(audit).hasSize(auditBefore + 1);
            assertThat(audit.getLast().action()).isEqualTo("CATALOG_PACK_APPLIED");

            // the same pack again: nothing changes
            assertThatThrownBy(() -> t.exchange.importBundle(v1.file(), Installation.operator()))
                    .isInstanceOfSatisfying(BundleRejectedException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.REPLAY));
            // another pack with the same version: stale
            WrittenBundle again = c.exchange.catalogPacks().export(usb.resolve("pack-1b.zip"), 1, "重发", null, null,
                    Installation.operator());
            Snapshot before = Snapshot.of(t);
            assertThatThrownBy(() -> t.exchange.importBundle(again.file(), Installation.operator()))
                    .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(ProblemCode.STALE);
                        assertThat(e.getMessage()).contains("不高于本机已应用的版本 1");
                    });
            assertThat(Snapshot.of(t)).isEqualTo(before);
            // version 2: applied, every matter unchanged
            WrittenBundle v2 = c.exchange.catalogPacks().export(usb.resolve("pack-2.zip"), 2, "2027年目录", null, null,
                    Installation.operator());
            assertThat(t.exchange.importBundle(v2.file(), Installation.operator()).messages())
                    .anySatisfy(m -> assertThat(m).contains("新增执法事项 0 项，未变 108 项"));
        }
    }
}
