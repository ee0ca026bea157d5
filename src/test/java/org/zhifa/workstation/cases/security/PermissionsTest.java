package org.zhifa.workstation.cases.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;

class PermissionsTest {

    @Test
    void anOfficerCallingAnAdminActionIsDeniedWithTheChineseRoleName() {
        Session officer = SecurityFixtures.sessionOf("o02", Role.OFFICER);
        assertThatThrownBy(() -> Permissions.require(officer, Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("管理员")
                .hasMessageContaining("o02")
                .satisfies(e -> assertThat(((AccessDeniedException) e).required()).containsExactly(Role.ADMIN));
    }

    @Test
    void anyOfSeveralRolesIsEnoughAndTheMessageNamesThemAll() {
        Session lead = SecurityFixtures.sessionOf("o01", Role.LEAD, Role.OFFICER);
        assertThatCode(() -> Permissions.require(lead, Role.LEAD, Role.ADMIN)).doesNotThrowAnyException();

        Session reviewer = SecurityFixtures.sessionOf("o03", Role.REVIEWER);
        assertThatThrownBy(() -> Permissions.require(reviewer, Role.LEAD, Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("负责人")
                .hasMessageContaining("管理员");
    }

    @Test
    void noSessionOrAnInactiveUserIsDenied() {
        assertThatThrownBy(() -> Permissions.require(null, Role.OFFICER))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("执法队员")
                .hasMessageContaining("登录");
        Session inactive = new Session(new User("o09", null, Set.of(Role.ADMIN), false), Instant.now());
        assertThatThrownBy(() -> Permissions.require(inactive, Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("停用");
        assertThat(Permissions.allows(inactive, Role.ADMIN)).isFalse();
    }

    @Test
    void allowsMirrorsRequire() {
        Session admin = SecurityFixtures.sessionOf("admin", Role.ADMIN);
        assertThat(Permissions.allows(admin, Role.ADMIN)).isTrue();
        assertThat(Permissions.allows(admin, Role.LEAD)).as("ADMIN is not a super-role").isFalse();
        assertThat(Permissions.allows(null, Role.ADMIN)).isFalse();
    }
}
