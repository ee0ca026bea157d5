package org.zhifa.workstation.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.cases.security.AccessDeniedException;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;

/** Roles are checked by the case service itself, whatever screen or command calls it. */
class CaseServiceRolesTest {
    private static final String LEAD_CASE = "BD-2026-0010";

    @TempDir
    Path dataDir;

    private static Session session(String username, String officer, Role... roles) {
        return new Session(new User(username, officer, Set.of(roles), true), Instant.now());
    }

    private static FileCase filing(String actor) {
        return new FileCase(LocalDate.of(2026, 11, 25), actor, "O01", List.of("O02", "O03"), null);
    }

    @Test
    void onlyOfficersTakeStepsAndOnlyUnderTheirOwnCode() {
        try (Workstation ws = Workstation.open(dataDir)) {
            ws.demoLoader().load();
            CaseService cases = ws.cases();
            assertThat(cases.find(LEAD_CASE).orElseThrow().state()).isEqualTo(CaseState.LEAD);

            assertThatThrownBy(() -> cases.perform(session("o12", "O12", Role.REVIEWER), LEAD_CASE, filing("O12")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cases.perform(session("admin", null, Role.ADMIN), LEAD_CASE, filing("O02")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cases.perform(session("o02", "O02", Role.OFFICER), LEAD_CASE, filing("O03")))
                    .isInstanceOf(CaseRejectedException.class).hasMessageContaining("O03");
            assertThat(cases.find(LEAD_CASE).orElseThrow().state()).isEqualTo(CaseState.LEAD);

            Outcome filed = cases.perform(session("o02", "O02", Role.OFFICER), LEAD_CASE, filing("O02"));
            assertThat(filed.accepted()).as(filed.violations().toString()).isTrue();
            assertThat(cases.find(LEAD_CASE).orElseThrow().state()).isEqualTo(CaseState.FILED);
        }
    }
}
