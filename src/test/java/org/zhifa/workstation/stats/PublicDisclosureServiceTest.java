package org.zhifa.workstation.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.stats.StatsFixtures.A;
import static org.zhifa.workstation.stats.StatsFixtures.d;
import static org.zhifa.workstation.stats.StatsFixtures.fine;
import static org.zhifa.workstation.stats.StatsFixtures.newCase;
import static org.zhifa.workstation.stats.StatsFixtures.terms;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.cases.action.FileChallenge;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.WithdrawPublication;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.domain.stats.DisclosureScope;
import org.zhifa.workstation.domain.stats.DisclosureSettings;
import org.zhifa.workstation.store.Stores;

/** R33: what is due for 公示 and withdrawal, by when (working days, holidays), and what the public sees. */
class PublicDisclosureServiceTest {
    @TempDir
    Path dir;
    Stores stores;

    @BeforeEach
    void data() {
        stores = StatsFixtures.open(dir);
        StatsFixtures.insert(stores, List.of(
                // decided on Friday 2025-09-26, before the National Day holiday: not yet published
                newCase("P1").filed(d("2025-09-01")).decided(d("2025-09-26"),
                        terms(EnumSet.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS), "500", "120")).build(),
                // published in time: nothing to do
                newCase("P2").filed(d("2025-09-01")).decided(d("2025-09-02"), fine("300"))
                        .then(new Publish(d("2025-09-03"), A)).build(),
                // an on-site decision: outside the default scope
                newCase("P3").onSite().decidedOnSite(d("2025-09-10"), fine("100")).build(),
                // published, then revoked on reconsideration on Monday 2025-11-03: withdraw within 3 working days
                newCase("P4").matter(ProcedureFixtures.LARGE_FINE_MATTER).party(ProcedureFixtures.COMPANY)
                        .filed(d("2025-08-01")).decided(d("2025-08-20"), fine("100000"))
                        .then(new Publish(d("2025-08-21"), A))
                        .then(new FileChallenge(d("2025-09-01"), A, ChallengeKind.RECONSIDERATION, d("2025-09-02"), false))
                        .then(new ConcludeChallenge(d("2025-11-03"), A, ChallengeKind.RECONSIDERATION, ChallengeResult.REVOKED))
                        .build(),
                // the same, already withdrawn
                newCase("P5").filed(d("2025-08-01")).decided(d("2025-08-20"), fine("200"))
                        .then(new Publish(d("2025-08-21"), A))
                        .then(new ConcludeChallenge(d("2025-11-03"), A, ChallengeKind.LITIGATION, ChallengeResult.CHANGED))
                        .then(new WithdrawPublication(d("2025-11-04"), A, "判决变更")).build(),
                // 不予处罚: never published
                newCase("P6").filed(d("2025-09-01")).noPenalty(d("2025-09-20"), NoPenaltyGround.FIRST_OFFENSE).build()));
    }

    private PublicDisclosureService service(DisclosureSettings settings) {
        return new PublicDisclosureService(stores, () -> settings, Clock.systemDefaultZone());
    }

    @Test
    void r33_publicationIsDueSevenWorkingDaysAfterTheDecision_acrossTheHoliday() {
        List<DisclosureEntry> due = service(DisclosureSettings.defaults()).register(d("2025-10-13"), null);
        assertThat(due).extracting(DisclosureEntry::caseNo).containsExactly("P1");
        DisclosureEntry p1 = due.getFirst();
        assertThat(p1.action()).isEqualTo(DisclosureAction.PUBLISH);
        // 9/28 (Sunday, 调休), 9/29, 9/30, then 10/1–10/8 off, 10/9, 10/10, 10/11 (Saturday, 调休), 10/13
        assertThat(p1.dueOn()).isEqualTo(d("2025-10-13"));
        assertThat(p1.overdue()).isFalse();
        assertThat(p1.provisional()).isEmpty();
        assertThat(service(DisclosureSettings.defaults()).register(d("2025-10-14"), null).getFirst().overdue()).isTrue();
        assertThat(p1.penalty()).isEqualTo("罚款人民币500元；没收违法所得人民币120元");
        assertThat(p1.authority()).isEqualTo("龙泉市八都镇人民政府");
    }

    @Test
    void r33_theScopeAndTheDaysAreSettings() {
        DisclosureSettings all = new DisclosureSettings(DisclosureScope.ALL_PENALTIES, 5, 3);
        List<DisclosureEntry> due = service(all).register(d("2025-10-14"), null);
        assertThat(due).extracting(DisclosureEntry::caseNo).containsExactly("P3", "P1");
        assertThat(due.get(1).dueOn()).as("5 working days").isEqualTo(d("2025-10-10"));
        assertThat(due.getFirst().decisionNumber()).isEqualTo("BD-DC-P3");
    }

    @Test
    void r33_aRevokedDecisionIsWithdrawnWithinThreeWorkingDays() {
        List<DisclosureEntry> due = service(DisclosureSettings.defaults()).register(d("2025-11-04"), null);
        assertThat(due).extracting(DisclosureEntry::caseNo).containsExactly("P4", "P1");
        DisclosureEntry p4 = due.getFirst();
        assertThat(p4.action()).isEqualTo(DisclosureAction.WITHDRAW);
        assertThat(p4.dueOn()).isEqualTo(d("2025-11-06"));
        assertThat(p4.reason()).contains("撤销").contains("2025-11-03");
        assertThat(service(DisclosureSettings.defaults()).register(d("2025-11-02"), null))
                .extracting(DisclosureEntry::caseNo).containsExactly("P1");
    }

    @Test
    void r33_anIndividualIsMaskedAndAnOrganisationPublishedInFull() {
        List<DisclosureEntry> due = service(DisclosureSettings.defaults()).register(d("2025-11-04"), null);
        DisclosureEntry person = due.get(1);
        assertThat(person.partyName()).isEqualTo("徐某某");
        assertThat(person.partyNumber()).isEqualTo("110105********002X");
        assertThat(person.address()).isEqualTo("龙泉市八都镇");
        assertThat(person.caseName()).isEqualTo("徐某某出店经营案");
        assertThat(person.facts()).doesNotContain("徐建国").contains("徐某某");
        assertThat(person.legalRepresentative()).isEmpty();
        DisclosureEntry company = due.getFirst();
        assertThat(company.partyName()).isEqualTo("龙泉某某建设工程有限公司");
        assertThat(company.caseName()).isEqualTo("龙泉某某建设工程有限公司出店经营案");
        assertThat(company.address()).as("an organisation's address in full").isEqualTo("龙泉市龙渊街道");
        assertThat(company.partyNumber()).isEqualTo("91350100M000100Y43");
        assertThat(company.legalRepresentative()).isEqualTo("王某");
    }

    @Test
    void r33_theCsvIsUtf8WithABomAndTheWorkbookHasTheSameColumns() throws Exception {
        PublicDisclosureService s = service(DisclosureSettings.defaults());
        List<DisclosureEntry> due = s.register(d("2025-11-04"), null);
        byte[] csv = s.csv(due);
        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        assertThat(csv[1] & 0xFF).isEqualTo(0xBB);
        assertThat(csv[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).startsWith("事项,行政处罚决定书文号,案件名称,当事人,证件号码");
        assertThat(text).contains("徐某某").doesNotContain("徐建国").doesNotContain("11010519491231002X")
                .doesNotContain("八都街1号").contains("\r\n");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(s.workbook(due, d("2025-11-04"))))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2025-11-04").contains("2");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("当事人");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("徐某某");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void csvCellsAreQuotedAndNeverReadAsFormulas() {
        assertThat(DisclosureExport.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(DisclosureExport.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(DisclosureExport.quote("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(DisclosureExport.quote(null)).isEmpty();
    }
}
