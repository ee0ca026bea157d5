package org.zhifa.workstation.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.Problem;
import org.zhifa.workstation.exchange.bundle.ProblemCode;

/** Asserts that a bundle is refused by verify and by import with a Chinese reason, and that nothing was written. */
final class Refusals {
    private Refusals() {
    }

    static void refused(Installation at, Path file, ProblemCode code) {
        refused(at, at.exchange, file, code, true);
    }

    static void refusedOnImport(Installation at, Path file, ProblemCode code) {
        refused(at, at.exchange, file, code, false);
    }

    static void refused(Installation at, ExchangeServices exchange, Path file, ProblemCode code, boolean alsoVerify) {
        Snapshot before = Snapshot.of(at);
        if (alsoVerify) {
            assertThatThrownBy(() -> exchange.verify(file)).as("verify").isInstanceOfSatisfying(BundleRejectedException.class,
                    e -> check(e, code));
        }
        assertThatThrownBy(() -> exchange.importBundle(file, Installation.operator())).as("import")
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> check(e, code));
        Snapshot after = Snapshot.of(at);
        assertThat(after).as("nothing written:\n%s", before.difference(after)).isEqualTo(before);
    }

    private static void check(BundleRejectedException e, ProblemCode code) {
        assertThat(e.problems()).extracting(Problem::code).as(e.getMessage()).contains(code);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).matches("(?s).*\\p{IsHan}.*"));
    }
}
