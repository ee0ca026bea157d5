package org.zhifa.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.audit.AuditEntry;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.authority.AuthorityKind;
import org.zhifa.workstation.domain.authority.Team;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.OfficerDuty;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.DiscretionTier;
import org.zhifa.workstation.domain.catalog.FineKind;
import org.zhifa.workstation.domain.catalog.FinePrecondition;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.catalog.PowerSource;
import org.zhifa.workstation.domain.catalog.TierLevel;
import org.zhifa.workstation.domain.catalog.Verification;
import org.zhifa.workstation.domain.officer.Certificate;
import org.zhifa.workstation.domain.officer.CertificateStatus;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;

/** A case written to a real H2 file, the database closed and reopened, and read back field for field. */
class StoreRoundTripTest {
    private static final Authority TOWNSHIP = new Authority("BADU", "龙泉市八都镇人民政府", "八都镇",
            AuthorityKind.TOWNSHIP_GOVERNMENT, "八都镇综执", "龙泉市人民政府", "龙泉市人民法院", "八都镇八都街1号",
            "0578-7000000", false);
    private static final Officer OFFICER_A = officer("O01", "叶建华", "浙33118100101");
    private static final Officer OFFICER_B = officer("O02", "毛丽萍", "浙33118100102");
    private static final CatalogMatter MATTER = new CatalogMatter("SRHW-014", "对随地吐痰、便溺，乱扔果皮、纸屑的行政处罚",
            "市容环境卫生", "BADU", PowerSource.DELEGATION, "《浙江省城市市容和环境卫生管理条例》第三十二条第一款",
            "《浙江省城市市容和环境卫生管理条例》第三十二条第二款", Set.of(PenaltyType.FINE), "可以处二十元以上五十元以下罚款",
            FineKind.FIXED, new BigDecimal("20.00"), new BigDecimal("50.00"), null, FinePrecondition.NONE, 2, false,
            false, true, true, Verification.VERIFIED, "典型的简易程序事项", "八都镇裁量基准", "2025版",
            List.of(new DiscretionTier(1, TierLevel.LENIENT, null, "初次违法，及时改正", new BigDecimal("20.00"),
                    new BigDecimal("30.00"), null),
                    new DiscretionTier(2, TierLevel.SEVERE, PartyKind.INDIVIDUAL, "拒不改正", new BigDecimal("40.00"),
                            new BigDecimal("50.00"), null)));

    @TempDir
    Path dataDir;

    private static Officer officer(String code, String name, String cert) {
        return new Officer(code, "BADU-ZFD", name, "男", "队员", OfficerRole.OFFICER, false, null, "13900000000",
                new Certificate(cert, "浙江省人民政府", LocalDate.of(2023, 1, 1), LocalDate.of(2028, 12, 31),
                        CertificateStatus.VALID, null));
    }

    private static CaseRecord sampleCase() {
        Party party = new Party(PartyKind.INDIVIDUAL, "欧阳䶮", "11010519491231002X", null, "女",
                LocalDate.of(1949, 12, 31), null, "13800000000", "龙泉市八都镇龙井村12号", "龙泉市八都镇龙井村12号");
        return new CaseRecord("BD-2025-0001", TOWNSHIP, MATTER, party, ProcedureKind.GENERAL, CaseState.NOTICED,
                CaseSource.COMPLAINT, "欧阳某某乱扔垃圾案", "2025年3月2日在八都镇八都街乱扔塑料袋，经劝阻拒不清除。",
                LocalDate.of(2025, 3, 2), "八都镇八都街", LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 4), null, null,
                new BigDecimal("50.00"), null, 1,
                List.of(new CaseOfficer(OFFICER_A, OfficerDuty.LEAD_HANDLER), new CaseOfficer(OFFICER_B, OfficerDuty.CO_HANDLER)),
                List.of(new FileCase(LocalDate.of(2025, 3, 4), "O01", "O01", List.of("O01", "O02"), null),
                        new AddEvidence(LocalDate.of(2025, 3, 4), "O01", EvidenceKind.AUDIO_VISUAL, "执法记录仪视频",
                                "证明当事人乱扔垃圾的事实", "video.mp4", "ab".repeat(32), null),
                        new ServeNotice(LocalDate.of(2025, 3, 10), "O02", new PenaltyTerms(Set.of(PenaltyType.FINE),
                                new BigDecimal("50.00"), null, null, null), false, ServiceMethod.PERSONAL)));
    }

    private static void seed(Database db, Stores stores) {
        db.transaction(ctx -> {
            stores.reference().insertAuthority(ctx, TOWNSHIP);
            stores.reference().insertTeam(ctx, new Team("BADU-ZFD", "BADU", "龙泉市八都镇综合行政执法队"));
            stores.reference().insertOfficer(ctx, OFFICER_A);
            stores.reference().insertOfficer(ctx, OFFICER_B);
            stores.catalog().insert(ctx, MATTER);
            stores.cases().insert(ctx, sampleCase());
            return null;
        });
    }

    @Test
    void caseWithChineseTextSurvivesCloseAndReopen() {
        try (Database db = Database.open(dataDir)) {
            seed(db, Stores.over(db));
        }
        assertThat(dataDir.resolve(Database.FILE_NAME + ".mv.db")).exists();

        try (Database db = Database.open(dataDir)) {
            Stores stores = Stores.over(db);
            CaseRecord read = db.read(ctx -> stores.cases().find(ctx, "BD-2025-0001")).orElseThrow();
            assertThat(read).isEqualTo(sampleCase());
            assertThat(read.party().name()).isEqualTo("欧阳䶮");
            assertThat(db.<List<CatalogMatter>>read(ctx -> stores.catalog().all(ctx))).containsExactly(MATTER);
        }
    }

    @Test
    void listFiltersByKeywordAndState() {
        try (Database db = Database.open(dataDir)) {
            Stores stores = Stores.over(db);
            seed(db, stores);
            assertThat(db.<List<CaseSummary>>read(ctx -> stores.cases().list(ctx, CaseQuery.all().withKeyword("欧阳"))))
                    .extracting(c -> c.caseNo()).containsExactly("BD-2025-0001");
            assertThat(db.<List<CaseSummary>>read(ctx -> stores.cases().list(ctx, CaseQuery.all().withKeyword("张三")))).isEmpty();
            assertThat(db.<Integer>read(ctx -> stores.cases().count(ctx, CaseQuery.all().withStates(Set.of(CaseState.CLOSED))))).isZero();
            assertThat(db.<Integer>read(ctx -> stores.cases().count(ctx, CaseQuery.all().withStates(Set.of(CaseState.NOTICED))))).isEqualTo(1);
        }
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dataDir)) {
            Stores stores = Stores.over(db);
            assertThatThrownBy(() -> db.transaction(ctx -> {
                stores.reference().insertAuthority(ctx, TOWNSHIP);
                stores.reference().insertTeam(ctx, new Team("X", "NO-SUCH-AUTHORITY", "不存在"));
                return null;
            })).isInstanceOf(StoreException.class);
            assertThat(db.<List<Authority>>read(ctx -> stores.reference().authorities(ctx))).isEmpty();
        }
    }

    @Test
    void auditLogIsHashChainedAndDetectsTampering() {
        try (Database db = Database.open(dataDir)) {
            Stores stores = Stores.over(db);
            db.transaction(ctx -> {
                stores.auditLog().append(ctx, "O01", "CASE_FILED", "case", "BD-2025-0001", "{\"note\":\"立案\"}");
                stores.auditLog().append(ctx, "O02", "NOTICE_SERVED", "case", "BD-2025-0001", null);
                return null;
            });
            List<AuditEntry> entries = db.read(ctx -> stores.auditLog().all(ctx));
            assertThat(entries).hasSize(2).allMatch(AuditEntry::isIntact);
            assertThat(entries.get(0).prevHash()).isEqualTo(AuditEntry.GENESIS);
            assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());

            db.read(ctx -> ctx.dsl().execute("UPDATE audit_log SET actor = 'X' WHERE seq = 1"));
            assertThat(db.read(ctx -> stores.auditLog().all(ctx)).get(0).isIntact()).isFalse();
        }
    }
}
