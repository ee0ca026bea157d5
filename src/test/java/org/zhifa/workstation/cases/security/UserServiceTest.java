package org.zhifa.workstation.cases.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cases.audit.AuditService;
import org.zhifa.workstation.domain.audit.AuditEntry;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.UserRepository;

/** Users on a real H2 file database. */
class UserServiceTest {
    private static final Instant NOW = Instant.parse("2025-03-02T08:00:00Z");

    @TempDir
    Path dataDir;

    private Database db;
    private Stores stores;
    private UserService users;
    private Session admin;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        stores = Stores.over(db);
        SecurityFixtures.insertTownship(stores);
        users = new UserService(stores, new UserRepository(stores.reference()),
                new PasswordHasher(SecurityFixtures.TEST_ITERATIONS), Clock.fixed(NOW, ZoneOffset.UTC));
        users.bootstrapAdmin("admin", "admin2025".toCharArray());
        admin = users.authenticate("admin", "admin2025".toCharArray()).orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<AuditEntry> audit() {
        return db.read(tx -> stores.auditLog().all(tx));
    }

    @Test
    void anAdminCreatesAUserWhoCanThenLogIn() {
        User created = users.createUser(admin, "O02", "O02", EnumSet.of(Role.OFFICER), "maolp2025".toCharArray());
        assertThat(created.username()).as("stored lower-case").isEqualTo("o02");
        assertThat(created.officerCode()).isEqualTo("O02");

        Optional<Session> session = users.authenticate("o02", "maolp2025".toCharArray());
        assertThat(session).isPresent();
        assertThat(session.get().user()).isEqualTo(created);
        assertThat(session.get().loginAt()).isEqualTo(NOW);
        assertThat(users.authenticate("  O02 ", "maolp2025".toCharArray())).as("name typed in capitals").isPresent();

        assertThat(users.list(admin)).extracting(User::username).containsExactly("admin", "o02");
        assertThat(audit()).extracting(AuditEntry::action).contains("USER_CREATED", "LOGIN");
    }

    @Test
    void creatingAUserRequiresAdmin() {
        users.createUser(admin, "o02", "O02", EnumSet.of(Role.OFFICER), "maolp2025".toCharArray());
        Session officer = users.authenticate("o02", "maolp2025".toCharArray()).orElseThrow();

        assertThatThrownBy(() -> users.createUser(officer, "o01", "O01", EnumSet.of(Role.LEAD), "yejh20250".toCharArray()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("管理员");
        assertThatThrownBy(() -> users.createUser(null, "o01", "O01", EnumSet.of(Role.LEAD), "yejh20250".toCharArray()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.list(officer)).isInstanceOf(AccessDeniedException.class);
        assertThat(users.list(admin)).extracting(User::username).doesNotContain("o01");
    }

    @Test
    void aWrongPasswordGivesNoSessionAndIsAudited() {
        users.createUser(admin, "o02", "O02", EnumSet.of(Role.OFFICER), "maolp2025".toCharArray());
        int before = audit().size();

        assertThat(users.authenticate("o02", "maolp2024".toCharArray())).isEmpty();

        List<AuditEntry> log = audit();
        assertThat(log).hasSize(before + 1);
        AuditEntry failed = log.getLast();
        assertThat(failed.action()).isEqualTo("LOGIN_FAILED");
        assertThat(failed.actor()).isEqualTo("o02");
        assertThat(failed.entityKey()).isEqualTo("o02");
        assertThat(failed.details()).contains("WRONG_PASSWORD");
        assertThat(new AuditService(stores).verify().ok()).as("the chain stays intact").isTrue();
    }

    @Test
    void anUnknownUserGivesNoSessionAndIsAudited() {
        assertThat(users.authenticate("nobody", "whatever1".toCharArray())).isEmpty();
        assertThat(users.authenticate("", "whatever1".toCharArray())).isEmpty();
        assertThat(audit()).filteredOn(e -> e.action().equals("LOGIN_FAILED"))
                .extracting(AuditEntry::details).containsExactly("{\"reason\":\"UNKNOWN_USER\"}", "{\"reason\":\"UNKNOWN_USER\"}");
    }

    @Test
    void anInactiveUserCannotLogInEvenWithTheRightPassword() {
        users.createUser(admin, "o02", "O02", EnumSet.of(Role.OFFICER), "maolp2025".toCharArray());
        User disabled = users.setActive(admin, "o02", false);
        assertThat(disabled.active()).isFalse();

        assertThat(users.authenticate("o02", "maolp2025".toCharArray())).isEmpty();
        assertThat(audit().getLast().action()).isEqualTo("LOGIN_FAILED");
        assertThat(audit().getLast().details()).contains("INACTIVE");

        users.setActive(admin, "o02", true);
        assertThat(users.authenticate("o02", "maolp2025".toCharArray())).isPresent();
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        users.createUser(admin, "o02", "O02", EnumSet.of(Role.OFFICER), "maolp2025".toCharArray());
        Session s = users.authenticate("o02", "maolp2025".toCharArray()).orElseThrow();

        assertThatThrownBy(() -> users.changePassword(s, "wrong0000".toCharArray(), "newpass2025".toCharArray()))
                .isInstanceOf(UserAccountException.class).hasMessage("当前密码不正确。");
        assertThatThrownBy(() -> users.changePassword(s, "maolp2025".toCharArray(), "short1".toCharArray()))
                .isInstanceOf(UserAccountException.class).hasMessageContaining("至少需要 8 位");
        assertThatThrownBy(() -> users.changePassword(s, "maolp2025".toCharArray(), "onlyletters".toCharArray()))
                .isInstanceOf(UserAccountException.class).hasMessageContaining("字母和数字");

        users.changePassword(s, "maolp2025".toCharArray(), "newpass2025".toCharArray());
        assertThat(users.authenticate("o02", "maolp2025".toCharArray())).isEmpty();
        assertThat(users.authenticate("o02", "newpass2025".toCharArray())).isPresent();
        assertThat(audit()).extracting(AuditEntry::action).contains("PASSWORD_CHANGED");
    }

    @Test
    void anAdminResetsAPasswordAndChangesRoles() {
        users.createUser(admin, "o02", "O02", EnumSet.of(Role.OFFICER), "maolp2025".toCharArray());
        users.resetPassword(admin, "o02", "reset2025x".toCharArray());
        assertThat(users.authenticate("o02", "reset2025x".toCharArray())).isPresent();

        User promoted = users.updateRoles(admin, "o02", EnumSet.of(Role.OFFICER, Role.LEAD));
        assertThat(promoted.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.LEAD);
        assertThat(users.authenticate("o02", "reset2025x".toCharArray()).orElseThrow().user().roles())
                .containsExactlyInAnyOrder(Role.OFFICER, Role.LEAD);

        Session officer = users.authenticate("o02", "reset2025x".toCharArray()).orElseThrow();
        assertThatThrownBy(() -> users.resetPassword(officer, "admin", "hijack2025".toCharArray()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.updateRoles(officer, "o02", EnumSet.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLastActiveAdminCannotBeDisabledOrDemoted() {
        assertThatThrownBy(() -> users.setActive(admin, "admin", false))
                .isInstanceOf(UserAccountException.class).hasMessageContaining("管理员");
        assertThatThrownBy(() -> users.updateRoles(admin, "admin", EnumSet.of(Role.OFFICER)))
                .isInstanceOf(UserAccountException.class);

        users.createUser(admin, "admin2", null, EnumSet.of(Role.ADMIN), "second2025".toCharArray());
        users.setActive(admin, "admin", false);
        assertThat(users.authenticate("admin", "admin2025".toCharArray())).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAChineseReason() {
        users.createUser(admin, "o02", "O02", EnumSet.of(Role.OFFICER), "maolp2025".toCharArray());
        assertThatThrownBy(() -> users.createUser(admin, "o02", "O02", EnumSet.of(Role.OFFICER), "maolp2025".toCharArray()))
                .isInstanceOf(UserAccountException.class).hasMessage("用户名 o02 已存在。");
        assertThatThrownBy(() -> users.createUser(admin, "张三", null, EnumSet.of(Role.OFFICER), "zhang2025".toCharArray()))
                .isInstanceOf(UserAccountException.class).hasMessageContaining("用户名“张三”不可用");
        assertThatThrownBy(() -> users.createUser(admin, "o09", "O99", EnumSet.of(Role.OFFICER), "zhang2025".toCharArray()))
                .isInstanceOf(UserAccountException.class).hasMessage("没有编号为 O99 的执法人员。");
        assertThatThrownBy(() -> users.createUser(admin, "o09", null, EnumSet.noneOf(Role.class), "zhang2025".toCharArray()))
                .isInstanceOf(UserAccountException.class).hasMessage("请至少选择一个角色。");
        assertThatCode(() -> users.createUser(admin, "o09", null, EnumSet.of(Role.OFFICER), "o09o09o09".toCharArray()))
                .as("containing the username is fine; being the username is not")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> users.createUser(admin, "abc12345", null, EnumSet.of(Role.OFFICER), "abc12345".toCharArray()))
                .isInstanceOf(UserAccountException.class).hasMessage("密码不能与用户名相同。");
    }

    @Test
    void bootstrapOnlyWorksOnAnEmptyInstallation() {
        assertThat(users.hasUsers()).isTrue();
        assertThatThrownBy(() -> users.bootstrapAdmin("root", "root20250".toCharArray()))
                .isInstanceOf(UserAccountException.class);
    }

    @Test
    void aLoginUpgradesAHashWithFewerIterations() {
        UserService weak = new UserService(stores, new UserRepository(stores.reference()), new PasswordHasher(100),
                Clock.fixed(NOW, ZoneOffset.UTC));
        weak.createUser(admin, "o02", "O02", EnumSet.of(Role.OFFICER), "maolp2025".toCharArray());
        UserRepository repo = new UserRepository(stores.reference());
        assertThat(db.read(tx -> repo.find(tx, "o02")).orElseThrow().passwordHash()).contains("$100$");

        assertThat(users.authenticate("o02", "maolp2025".toCharArray())).isPresent();
        assertThat(db.read(tx -> repo.find(tx, "o02")).orElseThrow().passwordHash())
                .contains("$" + SecurityFixtures.TEST_ITERATIONS + "$");
    }

    @Test
    void demoUsersFollowTheOfficersRoles() {
        List<User> created = new DemoUsers(users).createDemoUsers(SecurityFixtures.OFFICERS);
        // admin exists already (bootstrap); the auxiliary O04 gets no login
        assertThat(created).extracting(User::username).containsExactly("o01", "o02", "o03");
        assertThat(created.get(0).roles()).containsExactlyInAnyOrder(Role.LEAD, Role.OFFICER);
        assertThat(created.get(1).roles()).containsExactly(Role.OFFICER);
        assertThat(created.get(2).roles()).containsExactly(Role.REVIEWER);
        assertThat(created).extracting(User::officerCode).containsExactly("O01", "O02", "O03");
        for (String name : List.of("o01", "o02", "o03")) {
            assertThat(users.authenticate(name, DemoUsers.PASSWORD.toCharArray())).as(name).isPresent();
        }
        assertThat(new DemoUsers(users).createDemoUsers(SecurityFixtures.OFFICERS)).as("a second call").isEmpty();
    }

    @Test
    void demoUsersIncludeAdminOnAFreshInstallation(@TempDir Path other) {
        try (Database fresh = Database.open(other)) {
            Stores s = Stores.over(fresh);
            SecurityFixtures.insertTownship(s);
            UserService u = new UserService(s, new PasswordHasher(SecurityFixtures.TEST_ITERATIONS));
            List<User> created = new DemoUsers(u).createDemoUsers(SecurityFixtures.OFFICERS);
            assertThat(created).extracting(User::username).containsExactly("o01", "o02", "o03", "admin");
            Session a = u.authenticate("admin", "zhifa2025".toCharArray()).orElseThrow();
            assertThat(a.user().roles()).containsExactly(Role.ADMIN);
            assertThat(a.user().officerCode()).isNull();
        }
    }
}
