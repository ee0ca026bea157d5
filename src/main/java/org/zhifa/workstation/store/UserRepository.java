package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.APP_USER;
import static org.zhifa.workstation.store.jooq.Tables.OFFICER;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;

/** The logins of the workstation (table app_user) with their password hashes. */
public final class UserRepository {
    private final ReferenceRepository reference;

    public UserRepository(ReferenceRepository reference) {
        this.reference = reference;
    }

    /** A user as stored: the domain user and the password hash (never leaves the services). */
    public record StoredUser(User user, String passwordHash) {
    }

    public boolean exists(Tx tx, String username) {
        return tx.dsl().fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public int count(Tx tx) {
        return tx.dsl().fetchCount(APP_USER);
    }

    /** Inserts a user; the officer code, when given, must name an existing officer. */
    public void insert(Tx tx, User user, String passwordHash, LocalDateTime createdAt) {
        tx.dsl().insertInto(APP_USER)
                .set(APP_USER.USERNAME, user.username())
                .set(APP_USER.OFFICER_ID, user.officerCode() == null ? null : reference.officerId(tx, user.officerCode()))
                .set(APP_USER.ROLES, encode(user.roles()))
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ACTIVE, user.active())
                .set(APP_USER.CREATED_AT, createdAt)
                .execute();
    }

    public Optional<StoredUser> find(Tx tx, String username) {
        return query(tx.dsl()).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new StoredUser(toUser(r), r.get(APP_USER.PASSWORD_HASH)));
    }

    public List<User> list(Tx tx) {
        return query(tx.dsl()).orderBy(APP_USER.USERNAME).fetch(UserRepository::toUser);
    }

    /** @return whether the user exists */
    public boolean updatePasswordHash(Tx tx, String username, String passwordHash) {
        return tx.dsl().update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash)
                .where(APP_USER.USERNAME.eq(username)).execute() == 1;
    }

    /** @return whether the user exists */
    public boolean updateRoles(Tx tx, String username, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new StoreException("a user needs at least one role");
        }
        return tx.dsl().update(APP_USER).set(APP_USER.ROLES, encode(roles))
                .where(APP_USER.USERNAME.eq(username)).execute() == 1;
    }

    /** @return whether the user exists */
    public boolean updateActive(Tx tx, String username, boolean active) {
        return tx.dsl().update(APP_USER).set(APP_USER.ACTIVE, active)
                .where(APP_USER.USERNAME.eq(username)).execute() == 1;
    }

    private static org.jooq.SelectOnConditionStep<Record> query(DSLContext ctx) {
        return ctx.select(APP_USER.fields()).select(OFFICER.CODE)
                .from(APP_USER).leftJoin(OFFICER).on(APP_USER.OFFICER_ID.eq(OFFICER.ID));
    }

    private static User toUser(Record r) {
        return new User(r.get(APP_USER.USERNAME), r.get(OFFICER.CODE), decode(r.get(APP_USER.ROLES)),
                r.get(APP_USER.ACTIVE));
    }

    /** Roles in their declaration order, comma separated. */
    static String encode(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Role> decode(String stored) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(name -> {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new StoreException("unknown role " + name + " in app_user", e);
                }
            });
        }
        if (roles.isEmpty()) {
            throw new StoreException("app_user row without roles");
        }
        return roles;
    }
}
