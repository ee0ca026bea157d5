package org.zhifa.workstation.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;
import org.zhifa.workstation.exchange.bundle.ExchangeException;
import org.zhifa.workstation.ui.support.DemoData;

/**
 * A township and a county installation (two data directories with the demo township), trusting each other's key,
 * and a folder of case bundles the township wrote: every demo case that may be sent for review now.
 */
final class ExchangeFixture implements AutoCloseable {
    final Workstation township;
    final Workstation county;
    final Path inbox;
    final List<String> submitted = new ArrayList<>();

    ExchangeFixture(Path root) throws Exception {
        township = DemoData.open(Files.createDirectories(root.resolve("township")));
        county = DemoData.open(Files.createDirectories(root.resolve("county")));
        inbox = Files.createDirectories(root.resolve("inbox"));
        Path keys = Files.createDirectories(root.resolve("keys"));
        township.exchange().keys().exportPublicKey(keys.resolve("township.pub.json"), null, null);
        county.exchange().keys().exportPublicKey(keys.resolve("county.pub.json"), null, null);
        county.exchange().keys().importPublicKey(keys.resolve("township.pub.json"), admin());
        township.exchange().keys().importPublicKey(keys.resolve("county.pub.json"), admin());
        for (CaseSummary c : township.cases().list(CaseQuery.all())) {
            try {
                township.exchange().township().submitCase(c.caseNo(), admin(), inbox.resolve(c.caseNo() + ".zip"), null, false);
                submitted.add(c.caseNo());
            } catch (ExchangeException e) {
                // not at the stage of 报送审核
            }
        }
        if (submitted.size() < 2) {
            throw new IllegalStateException("the demo township should have several cases to submit: " + submitted);
        }
    }

    /** The county's 法制审核员 o12 (officer O12). */
    static Session reviewer() {
        return new Session(new User("o12", "O12", EnumSet.of(Role.REVIEWER), true), Instant.now());
    }

    static Session admin() {
        return new Session(new User("admin", null, EnumSet.allOf(Role.class), true), Instant.now());
    }

    @Override
    public void close() {
        township.close();
        county.close();
    }
}
