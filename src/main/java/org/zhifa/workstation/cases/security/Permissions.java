package org.zhifa.workstation.cases.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.user.Role;

/**
 * Role checks for the services. A service calls {@link #require} first thing in every action that needs a role, so
 * the rule holds for the GUI, the command line and any later caller alike; the GUI may also hide what a user cannot
 * do, but that is convenience, not protection.
 */
public final class Permissions {
    private Permissions() {
    }

    /**
     * Passes when the session is active and holds at least one of the roles.
     *
     * @throws AccessDeniedException naming the role needed (in Chinese), when there is no session, the user is
     *                               inactive, or the user holds none of the roles
     */
    public static void require(Session session, Role... anyOf) {
        if (anyOf.length == 0) {
            throw new IllegalArgumentException("require() needs at least one role");
        }
        Set<Role> required = EnumSet.of(anyOf[0], anyOf);
        String needed = required.stream().map(Texts::label).collect(Collectors.joining("、"));
        if (session == null) {
            throw new AccessDeniedException(Texts.tr("security.denied.noSession", needed), required);
        }
        if (!session.user().active()) {
            throw new AccessDeniedException(Texts.tr("security.denied.inactive", session.username()), required);
        }
        if (!session.user().hasAnyRole(required)) {
            String message = required.size() == 1
                    ? Texts.tr("security.denied.role", session.username(), needed)
                    : Texts.tr("security.denied.anyRole", session.username(), needed);
            throw new AccessDeniedException(message, required);
        }
    }

    /** Whether the session may act with one of the roles (for enabling buttons; services still call require). */
    public static boolean allows(Session session, Role... anyOf) {
        if (session == null || !session.user().active()) {
            return false;
        }
        for (Role r : anyOf) {
            if (session.user().hasRole(r)) {
                return true;
            }
        }
        return false;
    }
}
