package org.zhifa.workstation.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.exchange.bundle.ExchangeException;

/** 报送审核 on the township: refused where the procedure does not allow it; the lock and its release. */
class TownshipTest {
    @TempDir
    Path dir;
    @TempDir
    Path usb;

    @Test
    void aCaseTheProcedureDoesNotAllowToSubmitIsRefusedAndNothingIsWritten() {
        try (Installation t = Installation.demo(dir)) {
            Snapshot before = Snapshot.of(t);
            assertThatThrownBy(() -> t.exchange.township().submitCase("BD-2026-0010", Installation.operator(),
                    usb.resolve("lead.zip"), null, false))
                    .isInstanceOf(ExchangeException.class).hasMessageContaining("不能报送审核");
            assertThatThrownBy(() -> t.exchange.township().submitCase("BD-1999-0001", Installation.operator(),
                    usb.resolve("none.zip"), null, false))
                    .isInstanceOf(ExchangeException.class).hasMessageContaining("找不到案件");
            assertThat(Files.exists(usb.resolve("lead.zip"))).isFalse();
            assertThat(Snapshot.of(t)).isEqualTo(before);
        }
    }

    @Test
    void aSubmittedCaseIsLockedUntilTheSubmissionIsWithdrawn() {
        try (Installation t = Installation.demo(dir)) {
            t.exchange.township().submitCase("BD-2026-0003", Installation.operator(), usb.resolve("case.zip"), null, false);
            assertThatThrownBy(() -> t.exchange.township().submitCase("BD-2026-0003", Installation.operator(),
                    usb.resolve("again.zip"), null, false)).isInstanceOf(ExchangeException.class).hasMessageContaining("撤回");
            Publish step = new Publish(Installation.TODAY, "O01");
            Outcome locked = t.exchange.township().perform("BD-2026-0003", step, Installation.operator());
            assertThat(locked.accepted()).isFalse();
            int revision = t.revision("BD-2026-0003");

            t.exchange.township().withdraw("BD-2026-0003", "补充材料", Installation.operator());
            assertThat(t.exchange.township().lockReason("BD-2026-0003", step)).isEmpty();
            assertThatThrownBy(() -> t.exchange.township().withdraw("BD-2026-0003", null, Installation.operator()))
                    .isInstanceOf(ExchangeException.class).hasMessageContaining("没有等待审核结果的报送");
            // unlocked: the procedure engine decides again (Publish is not a step of a case under review)
            Outcome free = t.exchange.township().perform("BD-2026-0003", step, Installation.operator());
            assertThat(free.blocking()).noneSatisfy(v -> assertThat(v.message()).contains("等待审核结果"));
            assertThat(t.revision("BD-2026-0003")).isEqualTo(revision);
        }
    }

    @Test
    void anEvidenceFileDamagedInTheContentStoreIsFoundByVerifyingTheExport() throws Exception {
        try (Installation t = Installation.demo(dir); Installation c = Installation.demo(usb.resolve("county"))) {
            c.trust(t);
            String sha = t.addEvidence("BD-2026-0003", "现场照片.jpg", 100_000, 9);
            Path stored = dir.resolve("files").resolve(sha.substring(0, 2)).resolve(sha);
            byte[] bytes = Files.readAllBytes(stored);
            bytes[50_000] ^= 1;
            Files.write(stored, bytes);
            Path bundle = t.exchange.township().submitCase("BD-2026-0003", Installation.operator(), usb.resolve("case.zip"), null, false)
                    .bundle().file();
            for (Installation at : java.util.List.of(t, c)) {
                assertThatThrownBy(() -> at.exchange.verify(bundle))
                        .isInstanceOfSatisfying(org.zhifa.workstation.exchange.bundle.BundleRejectedException.class,
                                e -> assertThat(e.code()).isEqualTo(org.zhifa.workstation.exchange.bundle.ProblemCode.HASH_MISMATCH));
            }
        }
    }
}
