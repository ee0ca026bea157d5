package org.zhifa.workstation.ui.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.cases.CaseService.CaseView;
import org.zhifa.workstation.ui.support.DemoData;

/** The stepper's stages over the demo cases as of 2026-11-25. */
class StagesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;
    private Workstation ws;

    @BeforeEach
    void open() {
        ws = DemoData.open(dataDir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Map<String, Stages.Stage> stages(String caseNo) {
        CaseView v = ws.cases().view(caseNo, TODAY).orElseThrow();
        return Stages.of(v.record(), v.nextSteps()).stream()
                .collect(Collectors.toMap(Stages.Stage::key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void aNoticedCaseIsAtTheDecisionWhichTheRepresentationWindowBlocks() {
        Map<String, Stages.Stage> s = stages("BD-2026-0007");
        assertThat(s.keySet()).containsExactly("register", "file", "investigate", "review", "notice", "decide", "serve",
                "execute", "close", "archive");
        assertThat(List.of("register", "file", "investigate", "review", "notice"))
                .allMatch(k -> s.get(k).status() == Stages.Status.DONE);
        Stages.Stage decide = s.get("decide");
        assertThat(decide.status()).isEqualTo(Stages.Status.CURRENT);
        assertThat(decide.blocked()).isTrue();
        assertThat(decide.blockedBy().rule()).isEqualTo("R17");
        assertThat(s.get("serve").status()).isEqualTo(Stages.Status.TODO);
    }

    @Test
    void aLeadStartsAtFilingAndAnInvestigationAtItsConclusion() {
        Map<String, Stages.Stage> lead = stages("BD-2026-0010");
        assertThat(lead.get("register").status()).isEqualTo(Stages.Status.DONE);
        assertThat(lead.get("file").status()).isEqualTo(Stages.Status.CURRENT);
        assertThat(lead.get("file").blocked()).isFalse();
        Map<String, Stages.Stage> investigating = stages("BD-2026-0008");
        assertThat(investigating.get("investigate").status()).isEqualTo(Stages.Status.CURRENT);
    }

    @Test
    void aClosedCaseWithAHearingShowsTheHearingStageDone() {
        Map<String, Stages.Stage> s = stages("BD-2025-0008");
        assertThat(s).containsKey("hearing");
        assertThat(s.get("hearing").status()).isEqualTo(Stages.Status.DONE);
        assertThat(s.get("close").status()).isEqualTo(Stages.Status.DONE);
        assertThat(s.get("archive").status()).isEqualTo(Stages.Status.CURRENT);
    }

    @Test
    void summaryCasesHaveTheShortStepper() {
        Map<String, Stages.Stage> s = stages("BD-2025-0003");
        assertThat(s.keySet()).containsExactly("register", "onsite", "onsiteFiling", "execute", "close");
        assertThat(s.values()).allMatch(x -> x.status() == Stages.Status.DONE);
    }

    @Test
    void aTransferredCaseSkipsToClosure() {
        Map<String, Stages.Stage> s = stages("BD-2026-0001");
        assertThat(s.get("close").status()).isEqualTo(Stages.Status.CURRENT);
        assertThat(s.get("decide").status()).isEqualTo(Stages.Status.SKIPPED);
    }

    @Test
    void aNoPenaltyCaseSkipsNoticeAndExecution() {
        Map<String, Stages.Stage> s = stages("BD-2026-0002");
        assertThat(s.get("decide").status()).isEqualTo(Stages.Status.DONE);
        assertThat(s.get("notice").status()).isEqualTo(Stages.Status.SKIPPED);
        assertThat(s.get("execute").status()).isEqualTo(Stages.Status.SKIPPED);
        assertThat(s.get("close").status()).isEqualTo(Stages.Status.DONE);
    }
}
