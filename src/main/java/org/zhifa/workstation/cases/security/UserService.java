package org.zhifa.workstation.cases.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.user.PasswordPolicy;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.Tx;
import org.zhifa.workstation.store.UserRepository;
import org.zhifa.workstation.store.UserRepository.StoredUser;

/**
 * Users, passwords and logins. Managing users needs the ADMIN role; every change and every login attempt (failed
 * ones too) is written to the audit log in the same transaction. Password arrays passed in stay the caller's to
 * clear.
 */
public final class UserService {
    static final String ENTITY = "app_user";
    static final String SYSTEM_ACTOR = "system";
    private static final int ACTOR_MAX = 50;
    private static final int KEY_MAX = 100;

    private final Stores stores;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private volatile String dummyHash;

    /** The production service: users over the store, the default hasher, the system clock. */
    public UserService(Stores stores) {
        this(stores, new UserRepository(stores.reference()), new PasswordHasher(), Clock.systemUTC());
    }

    public UserService(Stores stores, PasswordHasher hasher) {
        this(stores, new UserRepository(stores.reference()), hasher, Clock.systemUTC());
    }

    public UserService(Stores stores, UserRepository users, PasswordHasher hasher, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Why a login failed; recorded in the audit log only, never shown (the screen says the same for all). */
    enum LoginFailure { UNKNOWN_USER, WRONG_PASSWORD, INACTIVE }

    /**
     * Checks a username and password. Empty when the user is unknown, the password wrong or the account inactive;
     * each failure is appended to the audit log (action LOGIN_FAILED), each success too (LOGIN).
     */
    public Optional<Session> authenticate(String username, char[] password) {
        String name = User.normalizeUsername(username);
        Optional<StoredUser> stored = User.isValidUsername(name)
                ? stores.database().read(tx -> users.find(tx, name))
                : Optional.empty();
        if (stored.isEmpty()) {
            // spend the same time as a real check, so a login does not reveal which usernames exist
            hasher.verify(password == null ? new char[0] : password, dummyHash());
            recordFailure(name, LoginFailure.UNKNOWN_USER);
            return Optional.empty();
        }
        StoredUser found = stored.get();
        boolean matches = hasher.verify(password, found.passwordHash());
        if (!matches) {
            recordFailure(name, LoginFailure.WRONG_PASSWORD);
            return Optional.empty();
        }
        if (!found.user().active()) {
            recordFailure(name, LoginFailure.INACTIVE);
            return Optional.empty();
        }
        String upgraded = hasher.needsRehash(found.passwordHash()) ? hasher.hash(password) : null;
        Instant now = clock.instant();
        stores.database().transaction(tx -> {
            if (upgraded != null) {
                users.updatePasswordHash(tx, name, upgraded);
            }
            stores.auditLog().append(tx, name, "LOGIN", ENTITY, name, null);
            return null;
        });
        return Optional.of(new Session(found.user(), now));
    }

    private void recordFailure(String attempted, LoginFailure reason) {
        String who = attempted.isEmpty() ? "-" : truncate(attempted, ACTOR_MAX);
        stores.database().transaction(tx -> stores.auditLog().append(tx, who, "LOGIN_FAILED", ENTITY,
                truncate(attempted, KEY_MAX), "{\"reason\":\"" + reason.name() + "\"}"));
    }

    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            h = hasher.hash("not-a-password-0".toCharArray());
            dummyHash = h;
        }
        return h;
    }

    /** Creates a user (ADMIN only). The username is stored lower-case. */
    public User createUser(Session actor, String username, String officerCode, Set<Role> roles, char[] password) {
        Permissions.require(actor, Role.ADMIN);
        return create(actor.username(), username, officerCode, roles, password);
    }

    /**
     * Creates the first administrator of a new installation. Refused once any user exists, so it cannot be used to
     * get around {@link #createUser}.
     */
    public User bootstrapAdmin(String username, char[] password) {
        if (hasUsers()) {
            throw new UserAccountException(Texts.tr("user.error.bootstrapDone"));
        }
        return create(SYSTEM_ACTOR, username, null, EnumSet.of(Role.ADMIN), password);
    }

    /** Whether any user exists (a new installation has none and needs {@link #bootstrapAdmin}). */
    public boolean hasUsers() {
        return stores.database().read(tx -> users.count(tx)) > 0;
    }

    /** Creates a user without a session check: for the demo users and the first administrator. */
    User create(String actor, String username, String officerCode, Set<Role> roles, char[] password) {
        User user = validNewUser(username, officerCode, roles);
        checkPassword(user.username(), password);
        return insert(actor, user, hasher.hash(password));
    }

    /** Checks the fields of a new user and returns it (active). */
    User validNewUser(String username, String officerCode, Set<Role> roles) {
        String name = User.normalizeUsername(username);
        if (!User.isValidUsername(name)) {
            throw new UserAccountException(Texts.tr("user.error.username", username == null ? "" : username));
        }
        if (roles == null || roles.isEmpty()) {
            throw new UserAccountException(Texts.tr("user.error.noRole"));
        }
        String officer = officerCode == null || officerCode.isBlank() ? null : officerCode.strip();
        return new User(name, officer, roles, true);
    }

    /** Inserts an already checked user with an already computed hash, with its audit entry. */
    User insert(String actor, User user, String passwordHash) {
        LocalDateTime createdAt = nowUtc();
        return stores.database().transaction(tx -> insert(tx, actor, user, passwordHash, createdAt));
    }

    User insert(Tx tx, String actor, User user, String passwordHash, LocalDateTime createdAt) {
        if (users.exists(tx, user.username())) {
            throw new UserAccountException(Texts.tr("user.error.exists", user.username()));
        }
        if (user.officerCode() != null && stores.reference().officers(tx).stream()
                .noneMatch(o -> o.code().equals(user.officerCode()))) {
            throw new UserAccountException(Texts.tr("user.error.unknownOfficer", user.officerCode()));
        }
        users.insert(tx, user, passwordHash, createdAt);
        stores.auditLog().append(tx, actor, "USER_CREATED", ENTITY, user.username(),
                "{\"roles\":\"" + String.join(",", user.roles().stream().map(Enum::name).toList())
                        + "\",\"officer\":" + (user.officerCode() == null ? "null" : "\"" + json(user.officerCode()) + "\"")
                        + "}");
        return user;
    }

    boolean exists(String username) {
        return stores.database().read(tx -> users.exists(tx, User.normalizeUsername(username)));
    }

    LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    PasswordHasher hasher() {
        return hasher;
    }

    Stores stores() {
        return stores;
    }

    /** Every user, by username (ADMIN only). */
    public List<User> list(Session actor) {
        Permissions.require(actor, Role.ADMIN);
        return stores.database().read(tx -> users.list(tx));
    }

    /** The logged-in user changes their own password; the current one must be given. */
    public void changePassword(Session session, char[] currentPassword, char[] newPassword) {
        if (session == null) {
            throw new AccessDeniedException(Texts.tr("security.denied.notLoggedIn"), Set.of());
        }
        String name = session.username();
        StoredUser stored = stores.database().read(tx -> users.find(tx, name))
                .orElseThrow(() -> new UserAccountException(Texts.tr("user.error.notFound", name)));
        if (!stored.user().active()) {
            throw new AccessDeniedException(Texts.tr("security.denied.inactive", name), Set.of());
        }
        if (!hasher.verify(currentPassword, stored.passwordHash())) {
            throw new UserAccountException(Texts.tr("user.error.currentPassword"));
        }
        checkPassword(name, newPassword);
        if (hasher.verify(newPassword, stored.passwordHash())) {
            throw new UserAccountException(Texts.tr("user.error.samePassword"));
        }
        String hash = hasher.hash(newPassword);
        stores.database().transaction(tx -> {
            users.updatePasswordHash(tx, name, hash);
            return stores.auditLog().append(tx, name, "PASSWORD_CHANGED", ENTITY, name, null);
        });
    }

    /** An administrator sets a new password for a user (e.g. one who forgot theirs). */
    public void resetPassword(Session actor, String username, char[] newPassword) {
        Permissions.require(actor, Role.ADMIN);
        String name = User.normalizeUsername(username);
        checkPassword(name, newPassword);
        String hash = hasher.hash(newPassword);
        stores.database().transaction(tx -> {
            if (!users.updatePasswordHash(tx, name, hash)) {
                throw new UserAccountException(Texts.tr("user.error.notFound", name));
            }
            return stores.auditLog().append(tx, actor.username(), "PASSWORD_RESET", ENTITY, name, null);
        });
    }

    /** Replaces a user's roles (ADMIN only). The last active administrator keeps ADMIN. */
    public User updateRoles(Session actor, String username, Set<Role> roles) {
        Permissions.require(actor, Role.ADMIN);
        if (roles == null || roles.isEmpty()) {
            throw new UserAccountException(Texts.tr("user.error.noRole"));
        }
        String name = User.normalizeUsername(username);
        return stores.database().transaction(tx -> {
            User current = users.find(tx, name).map(StoredUser::user)
                    .orElseThrow(() -> new UserAccountException(Texts.tr("user.error.notFound", name)));
            User updated = current.withRoles(roles);
            keepAnAdmin(tx, current, updated);
            users.updateRoles(tx, name, roles);
            stores.auditLog().append(tx, actor.username(), "ROLES_CHANGED", ENTITY, name,
                    "{\"from\":\"" + String.join(",", current.roles().stream().map(Enum::name).toList())
                            + "\",\"to\":\"" + String.join(",", updated.roles().stream().map(Enum::name).toList()) + "\"}");
            return updated;
        });
    }

    /** Enables or disables a login (ADMIN only). The last active administrator cannot be disabled. */
    public User setActive(Session actor, String username, boolean active) {
        Permissions.require(actor, Role.ADMIN);
        String name = User.normalizeUsername(username);
        return stores.database().transaction(tx -> {
            User current = users.find(tx, name).map(StoredUser::user)
                    .orElseThrow(() -> new UserAccountException(Texts.tr("user.error.notFound", name)));
            User updated = current.withActive(active);
            keepAnAdmin(tx, current, updated);
            if (current.active() != active) {
                users.updateActive(tx, name, active);
                stores.auditLog().append(tx, actor.username(), active ? "USER_ACTIVATED" : "USER_DEACTIVATED",
                        ENTITY, name, null);
            }
            return updated;
        });
    }

    private void keepAnAdmin(Tx tx, User before, User after) {
        boolean wasAdmin = before.active() && before.hasRole(Role.ADMIN);
        boolean isAdmin = after.active() && after.hasRole(Role.ADMIN);
        if (wasAdmin && !isAdmin) {
            long others = users.list(tx).stream()
                    .filter(u -> u.active() && u.hasRole(Role.ADMIN) && !u.username().equals(before.username()))
                    .count();
            if (others == 0) {
                throw new UserAccountException(Texts.tr("user.error.lastAdmin"));
            }
        }
    }

    private static void checkPassword(String username, char[] password) {
        PasswordPolicy.check(username, password).ifPresent(reason -> {
            throw new UserAccountException(reason);
        });
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
