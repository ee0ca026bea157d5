package org.zhifa.workstation.ui.newcase;

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
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.OfficerDuty;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.ui.support.CaseFixtures;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/** The 新建案件 wizard's state and 登记, over the real services, without the FX thread. */
class NewCaseViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;
    private Workstation ws;
    private NewCaseViewModel vm;

    @BeforeEach
    void open() {
        ws = DemoData.open(dataDir);
        vm = new NewCaseViewModel(ws.cases(), new SynchronousBackgroundExecutor(), "O02", () -> TODAY,
                ws.referenceData().catalog(), ws.referenceData().officers());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Officer officer(String code) {
        return ws.referenceData().officers().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void eachPageSaysWhatIsMissingBeforeMovingOn() {
        assertThat(vm.leadHandlerProperty().get().code()).isEqualTo("O02");
        assertThat(vm.missing(0)).containsExactly("请填写：违法地点", "请填写：案由");
        vm.next();
        assertThat(vm.pageProperty().get()).isZero();
        vm.actPlaceProperty().set("八都村");
        vm.causeProperty().set("某某案");
        vm.actDateProperty().set(TODAY.plusDays(1));
        assertThat(vm.missing(0)).contains("违法时间不能晚于发现日期");
        vm.actDateProperty().set(TODAY);
        vm.next();
        assertThat(vm.pageProperty().get()).isEqualTo(1);
        assertThat(vm.missing(1)).containsExactly("请选择执法事项");
        assertThat(vm.missing(3)).containsExactly("请填写：协办人");
    }

    @Test
    void officersWhoMayNotActAreNotEligible() {
        assertThat(vm.eligible(officer("O03"))).isTrue();
        assertThat(vm.eligible(officer("O07"))).as("暂扣").isFalse();
        assertThat(vm.eligible(officer("O08"))).as("注销").isFalse();
        assertThat(vm.eligible(officer("O10"))).as("协管员").isFalse();
    }

    @Test
    void registersTheCaseWithItsHandlersAndParty() {
        vm.discoveredOnProperty().set(LocalDate.of(2026, 3, 2));
        vm.actDateProperty().set(LocalDate.of(2026, 3, 1));
        vm.actPlaceProperty().set("八都镇八都村西侧农田");
        vm.causeProperty().set("林建国露天焚烧秸秆案");
        vm.matterProperty().set(ws.referenceData().catalog().stream().filter(m -> m.code().equals("DQWR-001")).findFirst().orElseThrow());
        vm.party().nameProperty().set("林建国");
        vm.party().idNumberProperty().set(CaseFixtures.id("33118119780615123"));
        vm.party().addressProperty().set("八都村8号");
        vm.coHandlerProperty().set(officer("O03"));
        assertThat(vm.allMissing()).isEmpty();
        List<CaseRecord> created = new ArrayList<>();
        vm.register(created::add);
        assertThat(vm.errors()).isEmpty();
        CaseRecord c = created.getFirst();
        assertThat(c.caseNo()).isEqualTo("BD-2026-0011");
        assertThat(c.state()).isEqualTo(CaseState.LEAD);
        assertThat(c.authority().code()).isEqualTo("BADU");
        assertThat(c.party().birthDate()).isEqualTo(LocalDate.of(1978, 6, 15));
        assertThat(c.officers()).extracting(o -> o.officer().code() + ":" + o.duty())
                .containsExactly("O02:" + OfficerDuty.LEAD_HANDLER, "O03:" + OfficerDuty.CO_HANDLER);
        assertThat(c.actions().getFirst().actor()).isEqualTo("O02");
    }

    @Test
    void nothingIsRegisteredWhileSomethingIsMissing() {
        List<CaseRecord> created = new ArrayList<>();
        vm.register(created::add);
        assertThat(created).isEmpty();
        assertThat(vm.errors()).contains("请选择执法事项", "请填写当事人姓名");
    }
}
