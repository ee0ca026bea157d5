package org.zhifa.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A plain GUI start is recognised without the command-line parser; everything else is left to it. */
class GuiArgumentsTest {
    @Test
    void theGuiStartsAreRecognised() {
        assertThat(GuiArguments.parse()).isEqualTo(new GuiArguments(null, false));
        assertThat(GuiArguments.parse("--demo")).isEqualTo(new GuiArguments(null, true));
        assertThat(GuiArguments.parse("--data-dir", "/tmp/z", "--demo"))
                .isEqualTo(new GuiArguments(Path.of("/tmp/z"), true));
        assertThat(GuiArguments.parse("--demo", "--data-dir=/tmp/z"))
                .isEqualTo(new GuiArguments(Path.of("/tmp/z"), true));
    }

    @Test
    void commandsHelpAndMistakesGoToTheCommandLine() {
        assertThat(GuiArguments.parse("demo")).isNull();
        assertThat(GuiArguments.parse("--data-dir", "/tmp/z", "case", "list")).isNull();
        assertThat(GuiArguments.parse("--help")).isNull();
        assertThat(GuiArguments.parse("--version")).isNull();
        assertThat(GuiArguments.parse("--data-dir")).as("missing value: the parser's usage error").isNull();
        assertThat(GuiArguments.parse("--data-dir", "--demo")).isNull();
        assertThat(GuiArguments.parse("--data-dir=")).isNull();
        assertThat(GuiArguments.parse("--demo", "--demo")).isNull();
        assertThat(GuiArguments.parse("--data-dir", "a", "--data-dir", "b")).isNull();
    }
}
