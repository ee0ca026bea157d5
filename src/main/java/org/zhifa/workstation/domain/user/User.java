package org.zhifa.workstation.domain.user;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A login of the workstation. {@code officerCode} links it to an officer (执法人员); it is null for an account that
 * is not a person of the team (e.g. the administrator).
 *
 * @param username   lower-case login name (letters, digits, '.', '_', '-'; 2–50 characters)
 * @param officerCode the officer this account belongs to, or null
 * @param roles      at least one role
 * @param active     an inactive user cannot log in
 */
public record User(String username, String officerCode, Set<Role> roles, boolean active) {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(roles, "roles");
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException("invalid username: " + username);
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** The canonical form of a typed login name: trimmed and lower-case. */
    public static String normalizeUsername(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a (normalized) name is acceptable as a username. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** True when the user holds at least one of the roles. */
    public boolean hasAnyRole(Set<Role> anyOf) {
        return anyOf.stream().anyMatch(roles::contains);
    }

    public User withRoles(Set<Role> newRoles) {
        return new User(username, officerCode, newRoles, active);
    }

    public User withActive(boolean newActive) {
        return new User(username, officerCode, roles, newActive);
    }
}
