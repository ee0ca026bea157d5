package org.zhifa.workstation.ui.onsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.ui.support.CaseFixtures;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/** One-screen 当场处罚 over the real services: register + decide in one go; a refusal keeps the registered case. */
class OnSiteViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;
    private Workstation ws;
    private OnSiteViewModel vm;

    @BeforeEach
    void open() {
        ws = DemoData.open(dataDir);
        vm = new OnSiteViewModel(ws.cases(), new SynchronousBackgroundExecutor(), "O02", () -> TODAY,
                ws.referenceData().catalog(), ws.referenceData().officers());
        vm.party().nameProperty().set("王小明");
        vm.party().idNumberProperty().set(CaseFixtures.id("33118119900101001"));
        vm.party().addressProperty().set("八都镇新街12号");
        vm.matterProperty().set(ws.referenceData().catalog().stream().filter(m -> m.code().equals("SRHW-014")).findFirst().orElseThrow());
        vm.placeProperty().set("八都镇新街菜场门口");
        vm.officer2Property().set(officer("O03"));
        vm.serialProperty().set("八都当罚〔2026〕0099");
        vm.partyHeardProperty().set(true);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Officer officer(String code) {
        return ws.referenceData().officers().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aRefusalIsShownInPlaceAndTheNextAttemptOnlyDecides() {
        vm.penalty().amountProperty().set("50");
        vm.certificatesShownProperty().set(false);
        List<String> done = new ArrayList<>();
        vm.submit((caseNo, warnings) -> done.add(caseNo));
        assertThat(done).isEmpty();
        assertThat(vm.violations()).extracting(v -> v.rule()).contains("R1");
        String caseNo = vm.registeredCaseNoProperty().get();
        assertThat(caseNo).startsWith("BD-2026-");
        assertThat(ws.cases().find(caseNo).orElseThrow().state()).isEqualTo(CaseState.LEAD);

        int before = ws.cases().count(org.zhifa.workstation.domain.cases.CaseQuery.all());
        vm.certificatesShownProperty().set(true);
        vm.penalty().collectOnSiteProperty().set(true);
        vm.penalty().receiptNumberProperty().set("ZJCZ-2026-000001");
        vm.submit((no, warnings) -> done.add(no));
        assertThat(done).containsExactly(caseNo);
        assertThat(ws.cases().count(org.zhifa.workstation.domain.cases.CaseQuery.all())).isEqualTo(before);
        var stored = ws.cases().find(caseNo).orElseThrow();
        assertThat(stored.state()).isEqualTo(CaseState.EXECUTED);
        assertThat(stored.actions()).extracting(a -> a.type()).containsExactly(ActionType.REGISTER, ActionType.ON_SITE_DECIDED);
        assertThat(stored.cause()).isEqualTo("王小明随地吐痰、便溺，乱扔果皮、纸屑、烟蒂、饮料罐、口香糖、塑料袋等废弃物案");
    }

    @Test
    void aboveTheArt51LimitNothingIsRegistered() {
        vm.penalty().amountProperty().set("200.01");
        int before = ws.cases().count(org.zhifa.workstation.domain.cases.CaseQuery.all());
        vm.submit((caseNo, warnings) -> { });
        assertThat(vm.problems()).anyMatch(p -> p.contains("超过"));
        assertThat(ws.cases().count(org.zhifa.workstation.domain.cases.CaseQuery.all())).isEqualTo(before);
        assertThat(vm.registeredCaseNoProperty().get()).isEmpty();
    }
}
