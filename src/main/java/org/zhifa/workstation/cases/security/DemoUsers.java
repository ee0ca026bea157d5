package org.zhifa.workstation.cases.security;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;

/**
 * The logins of the demo township: one per officer (username = officer code in lower case, e.g. "o01") and an
 * "admin". Every demo user has the password {@value #PASSWORD}; a real installation never calls this.
 * Auxiliaries (协管员) get no login: they are not 执法人员.
 */
public final class DemoUsers {
    /** The password of every demo user. For demonstrations only. */
    public static final String PASSWORD = "zhifa2025";
    public static final String ADMIN_USERNAME = "admin";
    /**
     * Demo accounts share a published password, so a slow hash would protect nothing and only slow the demo load;
     * they are hashed with fewer iterations and re-hashed at full strength on first login.
     */
    public static final PasswordHasher HASHER = new PasswordHasher(10_000);

    private final UserService users;

    public DemoUsers(UserService users) {
        this.users = users;
    }

    /** The login name of an officer's demo user. */
    public static String usernameFor(Officer officer) {
        return officer.code().toLowerCase(Locale.ROOT);
    }

    /** The roles a demo user gets from the officer's role; empty for an auxiliary. */
    public static Set<Role> rolesFor(OfficerRole role) {
        return switch (role) {
            case LEAD -> EnumSet.of(Role.LEAD, Role.OFFICER);
            case OFFICER -> EnumSet.of(Role.OFFICER);
            case REVIEWER -> EnumSet.of(Role.REVIEWER);
            case AUXILIARY -> EnumSet.noneOf(Role.class);
        };
    }

    /**
     * Creates the demo users for these officers (which must already be stored) plus "admin", in one transaction
     * with one audit entry per user. Users that already exist are left as they are, so calling it twice is harmless.
     *
     * @return the users created now
     */
    public List<User> createDemoUsers(List<Officer> officers) {
        List<User> wanted = new ArrayList<>();
        for (Officer o : officers) {
            Set<Role> roles = rolesFor(o.role());
            if (!roles.isEmpty()) {
                wanted.add(users.validNewUser(usernameFor(o), o.code(), roles));
            }
        }
        wanted.add(users.validNewUser(ADMIN_USERNAME, null, EnumSet.of(Role.ADMIN)));
        List<User> missing = wanted.stream().filter(u -> !users.exists(u.username())).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        // hashing is the slow part (210,000 iterations each): do it before the transaction, on all cores
        List<String> hashes = missing.parallelStream().map(u -> {
            char[] password = PASSWORD.toCharArray();
            try {
                return users.hasher().hash(password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }).toList();
        LocalDateTime now = users.nowUtc();
        return users.stores().database().transaction(tx -> {
            List<User> created = new ArrayList<>();
            for (int i = 0; i < missing.size(); i++) {
                created.add(users.insert(tx, UserService.SYSTEM_ACTOR, missing.get(i), hashes.get(i), now));
            }
            return created;
        });
    }
}
