package org.zhifa.workstation.cases.security;

import java.time.Instant;
import java.util.Objects;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;

/**
 * A logged-in user: who, and since when. Services take the session of the person acting, check its roles through
 * {@link Permissions} and write its username into the audit log.
 */
public record Session(User user, Instant loginAt) {

    public Session {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(loginAt, "loginAt");
    }

    public String username() {
        return user.username();
    }

    public boolean hasRole(Role role) {
        return user.hasRole(role);
    }
}
