package org.zhifa.workstation.domain.procedure.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.TransferTarget;
import org.zhifa.workstation.domain.text.Texts;

/** Every message key this part uses is in its bundle, every rule has its article, every key there is used. */
class InvestigationTextsTest {
    private static final Path SOURCES = Path.of("src/main/java/org/zhifa/workstation/domain/procedure/investigation");
    private static final Path BUNDLE = Path.of("src/main/resources/org/zhifa/workstation/texts/investigation.properties");
    private static final Pattern KEY = Pattern.compile(
            "(?:Violation\\.(?:error|warning)\\(\"([A-Z0-9]+)\",\\s*|Texts\\.tr\\()\"([^\"]+)\"");

    @Test
    void keysUsedAreDefinedAndDefinedKeysAreUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(2));
                    if (m.group(1) != null) {
                        rules.add(m.group(1));
                    }
                }
            }
        }
        Properties bundle = new Properties();
        try (var in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        List<String> missing = new ArrayList<>();
        used.forEach(k -> { if (!bundle.containsKey(k)) missing.add(k); });
        rules.stream().filter(r -> !r.equals("PROC")).map(r -> "rule." + r + ".article")
                .filter(k -> !bundle.containsKey(k)).forEach(missing::add);
        assertThat(missing).as("keys used but not defined").isEmpty();

        Set<String> unused = new TreeSet<>();
        for (String k : bundle.stringPropertyNames()) {
            boolean article = k.endsWith(".article") && rules.contains(k.split("\\.")[1]);
            boolean label = k.matches("(TransferTarget|RecordKind|InvestigationOutcome|NoPenaltyGround|Circumstance)\\..+");
            if (!used.contains(k) && !article && !label) {
                unused.add(k);
            }
        }
        assertThat(unused).as("keys defined but not used").isEmpty();
        assertThat(rules).contains("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R12", "R13", "R14", "R42");
    }

    @Test
    void enumLabels() {
        for (Enum<?>[] values : List.<Enum<?>[]>of(TransferTarget.values(), RecordKind.values(),
                InvestigationOutcome.values(), NoPenaltyGround.values(), Circumstance.values())) {
            for (Enum<?> v : values) {
                assertThat(Texts.label(v)).as(v.toString()).isNotBlank();
            }
        }
        assertThat(Texts.label(NoPenaltyGround.UNDER_14)).isEqualTo("不满十四周岁");
    }
}
