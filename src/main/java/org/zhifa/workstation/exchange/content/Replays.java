package org.zhifa.workstation.exchange.content;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.Manifest;
import org.zhifa.workstation.exchange.bundle.ProblemCode;
import org.zhifa.workstation.store.ExchangeRepository.BundleRow;
import org.zhifa.workstation.store.Tx;

/**
 * Replay detection: a bundle id this installation has seen. Imported before: REPLAY (nothing changes, and the
 * message says so). Written here: WRONG_KIND (it belongs on the other side).
 */
public final class Replays {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Replays() {
    }

    /**
     * @param replayKey the message for a bundle imported before: {0} the bundle id, {1} when, {2} the case or pack
     */
    public static void check(ExchangeEnvironment env, Tx tx, Manifest m, String replayKey, String what) {
        Optional<BundleRow> seen = env.repository().bundle(tx, m.bundleId());
        if (seen.isEmpty()) {
            return;
        }
        String when = LocalDateTime.ofInstant(seen.get().processedAt(), env.clock().getZone()).format(WHEN);
        if ("OUT".equals(seen.get().direction())) {
            throw new BundleRejectedException(ProblemCode.WRONG_KIND, Texts.tr("exchange.replay.own", m.bundleId(), when));
        }
        throw new BundleRejectedException(ProblemCode.REPLAY, Texts.tr(replayKey, m.bundleId(), when, what));
    }
}
