package org.zhifa.workstation.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/** The login view model without the FX toolkit: the check runs inline. */
class LoginViewModelTest {
    private static final Session SESSION = new Session(new User("o01", "O01", Set.of(Role.LEAD, Role.OFFICER), true),
            Instant.parse("2025-03-02T08:00:00Z"));

    private final List<String> names = new ArrayList<>();
    private final List<char[]> passwords = new ArrayList<>();
    private final List<String> passwordsSeen = new ArrayList<>();

    private BiFunction<String, char[], Optional<Session>> accepting(String password) {
        return (name, pw) -> {
            names.add(name);
            passwords.add(pw);
            passwordsSeen.add(new String(pw));
            return name.equals("o01") && new String(pw).equals(password) ? Optional.of(SESSION) : Optional.empty();
        };
    }

    private LoginViewModel model(BiFunction<String, char[], Optional<Session>> authenticator) {
        return new LoginViewModel(authenticator, new SynchronousBackgroundExecutor());
    }

    @Test
    void aGoodLoginSetsTheSessionAndCallsBack() {
        LoginViewModel m = model(accepting("zhifa2025"));
        List<Session> called = new ArrayList<>();
        m.setOnLoggedIn(called::add);
        m.usernameProperty().set("  o01 ");
        m.passwordProperty().set("zhifa2025");
        assertThat(m.canLoginProperty().get()).isTrue();

        m.login();

        assertThat(names).containsExactly("o01");
        assertThat(passwordsSeen).containsExactly("zhifa2025");
        assertThat(m.sessionProperty().get()).isEqualTo(SESSION);
        assertThat(called).containsExactly(SESSION);
        assertThat(m.errorProperty().get()).isEmpty();
        assertThat(m.passwordProperty().get()).as("password not kept").isEmpty();
        assertThat(m.busyProperty().get()).isFalse();
        assertThat(passwords.getFirst()).as("the char[] is wiped after the check").containsOnly('\0');
    }

    @Test
    void aRejectedLoginShowsOneChineseLineAndClearsThePassword() {
        LoginViewModel m = model(accepting("zhifa2025"));
        m.usernameProperty().set("o01");
        m.passwordProperty().set("wrong");

        m.login();

        assertThat(m.sessionProperty().get()).isNull();
        assertThat(m.errorProperty().get()).isEqualTo("用户名或密码不正确，或账号已停用。");
        assertThat(m.passwordProperty().get()).isEmpty();
        assertThat(m.usernameProperty().get()).as("the username stays").isEqualTo("o01");

        m.passwordProperty().set("z");
        assertThat(m.errorProperty().get()).as("typing clears the error").isEmpty();
    }

    @Test
    void emptyFieldsAreCaughtBeforeAnyCheck() {
        LoginViewModel m = model(accepting("zhifa2025"));
        assertThat(m.canLoginProperty().get()).isFalse();
        m.login();
        assertThat(m.errorProperty().get()).isEqualTo("请输入用户名。");

        m.usernameProperty().set("o01");
        assertThat(m.canLoginProperty().get()).isFalse();
        m.login();
        assertThat(m.errorProperty().get()).isEqualTo("请输入密码。");
        assertThat(names).isEmpty();
    }

    @Test
    void aFailingCheckShowsACalmMessage() {
        LoginViewModel m = model((name, pw) -> {
            throw new IllegalStateException("database is locked");
        });
        m.usernameProperty().set("o01");
        m.passwordProperty().set("zhifa2025");

        m.login();

        assertThat(m.errorProperty().get()).startsWith("登录时出现错误").doesNotContain("database");
        assertThat(m.busyProperty().get()).isFalse();
        assertThat(m.sessionProperty().get()).isNull();
    }

    @Test
    void whileStartingTheFieldsCanBeFilledButLoginWaitsUntilReady() {
        LoginViewModel m = LoginViewModel.starting(new SynchronousBackgroundExecutor(), "正在打开数据…");
        m.usernameProperty().set("o01");
        m.passwordProperty().set("zhifa2025");
        assertThat(m.readyProperty().get()).isFalse();
        assertThat(m.statusProperty().get()).isEqualTo("正在打开数据…");
        assertThat(m.canLoginProperty().get()).isFalse();

        m.login();
        assertThat(m.sessionProperty().get()).as("no check before the data is open").isNull();
        m.progress("正在载入演示数据…");
        assertThat(m.statusProperty().get()).isEqualTo("正在载入演示数据…");

        m.ready(accepting("zhifa2025"));
        assertThat(m.statusProperty().get()).isEmpty();
        assertThat(m.canLoginProperty().get()).isTrue();
        assertThat(m.passwordProperty().get()).as("what was typed while starting is kept").isEqualTo("zhifa2025");
        m.login();
        assertThat(m.sessionProperty().get()).isEqualTo(SESSION);
    }

    @Test
    void aFailedStartSaysWhyAndLoginStaysDisabled() {
        LoginViewModel m = LoginViewModel.starting(new SynchronousBackgroundExecutor(), "正在打开数据…");
        m.startFailed("无法打开数据：数据库已被另一个程序打开");
        m.usernameProperty().set("o01");
        m.passwordProperty().set("zhifa2025");

        assertThat(m.errorProperty().get()).as("typing does not hide the reason").isEqualTo("无法打开数据：数据库已被另一个程序打开");
        assertThat(m.statusProperty().get()).isEmpty();
        assertThat(m.canLoginProperty().get()).isFalse();
    }
}
