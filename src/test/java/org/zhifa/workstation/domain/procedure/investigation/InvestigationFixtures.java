package org.zhifa.workstation.domain.procedure.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.A;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.ADULT;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.B;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.LARGE_FINE_MATTER;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.LEAD;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.MATTER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.RecordingMetadata;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.OrderCorrection;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.catalog.PowerSource;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.party.IdNumber;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;

/** Test data and helpers of the investigation tests, on top of {@link ProcedureFixtures}. */
final class InvestigationFixtures {
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private InvestigationFixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The fixtures' context with more matters in the catalog and other settings. */
    static RuleContext context(ProcedureSettings settings, CatalogMatter... extra) {
        RuleContext base = ProcedureFixtures.context(settings);
        Map<String, CatalogMatter> catalog = new HashMap<>(base.catalog());
        Arrays.stream(extra).forEach(m -> catalog.put(m.code(), m));
        return new RuleContext(base.calendar(), settings, base.officers(), catalog);
    }

    static RuleContext context(CatalogMatter... extra) {
        return context(ProcedureSettings.defaults(), extra);
    }

    /** The default settings with another filing period and 已满N周岁 rule (the only two this part reads). */
    static ProcedureSettings settings(int filingDays, boolean fullAgeStartsDayAfterBirthday) {
        ProcedureSettings s = ProcedureSettings.defaults();
        return new ProcedureSettings(filingDays, s.representationDays(), s.hearingThresholdIndividual(),
                s.hearingThresholdOrganization(), s.reviewThresholdIndividual(), s.reviewThresholdOrganization(),
                s.reviewOnDeparture(), s.deliberationOnDeparture(), s.onSiteFilingDays(), s.publicationServiceDays(),
                s.publicationDays(), s.reviewDays(), fullAgeStartsDayAfterBirthday);
    }

    static Outcome attempt(RuleContext ctx, CaseRecord c, CaseAction a) {
        return ProcedureEngine.standard().apply(c, a, ctx);
    }

    /** Applies actions that must all be accepted. */
    static CaseRecord advance(RuleContext ctx, CaseRecord c, CaseAction... actions) {
        CaseRecord current = c;
        for (CaseAction a : actions) {
            Outcome o = attempt(ctx, current, a);
            assertThat(o.blocking()).as("action %s on %s", a.type(), a.date()).isEmpty();
            current = o.result();
        }
        return current;
    }

    static List<String> codes(Officer... officers) {
        return Arrays.stream(officers).map(Officer::code).toList();
    }

    static FileCase file(LocalDate on) {
        return new FileCase(on, A.code(), LEAD.code(), codes(A, B), null);
    }

    static MakeRecord record(LocalDate on, Officer... officers) {
        return record(on, true, officers);
    }

    static MakeRecord record(LocalDate on, boolean certificatesShown, Officer... officers) {
        return new MakeRecord(on, officers[0].code(), RecordKind.INSPECTION, codes(officers),
                officers[officers.length - 1].code(), on.atTime(9, 0), on.atTime(9, 40), "八都镇八都街1号",
                certificatesShown, true, "徐建国", "现场检查：店外摆放货架");
    }

    static AddEvidence photo(LocalDate on) {
        return new AddEvidence(on, A.code(), EvidenceKind.DOCUMENTARY, "现场照片", "店外经营事实", "p1.jpg", "aa11", null);
    }

    static RecordingMetadata completeRecording(LocalDate on) {
        return new RecordingMetadata(A.code(), A.certificate().number(), on.atTime(10, 0), on.atTime(10, 30),
                "八都镇八都街1号", "执法记录仪DSJ-01", "执法记录仪全程录像", "扣押过程", null);
    }

    static AddEvidence video(LocalDate on, String sha, RecordingMetadata recording) {
        return new AddEvidence(on, A.code(), EvidenceKind.AUDIO_VISUAL, "扣押过程录像", "扣押过程", "v1.mp4", sha, recording);
    }

    static Seize seize(LocalDate on, String approvedBy, boolean emergency, String sha) {
        return new Seize(on, A.code(), approvedBy, emergency, codes(A, B), "货架2个", sha);
    }

    static OrderCorrection correction(LocalDate on, LocalDate deadline) {
        return new OrderCorrection(on, A.code(), deadline, "立即清除店外货物");
    }

    static ConcludeInvestigation penalty(LocalDate on, BigDecimal fine, Circumstance... circumstances) {
        return new ConcludeInvestigation(on, A.code(), InvestigationOutcome.PENALTY, null,
                new PenaltyTerms(Set.of(PenaltyType.FINE), fine, null, null, null), Set.of(circumstances), null,
                false, false, false, null);
    }

    static ConcludeInvestigation noPenalty(LocalDate on, NoPenaltyGround ground) {
        return new ConcludeInvestigation(on, A.code(), InvestigationOutcome.NO_PENALTY, ground, null, Set.of(), null,
                false, false, false, null);
    }

    /** A case filed on the day and investigated (one record) the same day, for the large-fine matter. */
    static CaseRecord investigating(LocalDate on, CatalogMatter matter, Party party) {
        return advance(context(matter), ProcedureFixtures.lead(on, matter, party), file(on), record(on, A, B));
    }

    static CaseRecord investigating(LocalDate on) {
        return investigating(on, LARGE_FINE_MATTER, ADULT);
    }

    /** An individual born on the day, with a valid 身份证 number (龙泉 area code). */
    static Party bornOn(LocalDate birth) {
        String first17 = "331181" + birth.toString().replace("-", "") + "011";
        String id = first17 + IdNumber.checkCharacter(first17);
        return new Party(PartyKind.INDIVIDUAL, "未成年人甲", id, null, "男", null, null, null, "龙泉市八都镇", null);
    }

    /** The demo matter with other flags. */
    static CatalogMatter matter(String code, PowerSource source, boolean seizureAllowed, boolean twoOfficerExempt,
                                String authorityCode, String note) {
        CatalogMatter m = MATTER;
        return new CatalogMatter(code, m.name() + "（" + code + "）", m.area(), authorityCode, source,
                m.violatedProvision(), m.penaltyProvision(), m.penaltyTypes(), m.statutoryText(), m.fineKind(),
                m.fineMin(), m.fineMax(), m.fineUnit(), m.finePrecondition(), m.limitationYears(), twoOfficerExempt,
                seizureAllowed, m.noPenaltyListed(), m.firstOffenseListed(), m.verification(), note,
                m.benchmarkName(), m.benchmarkVersion(), m.tiers());
    }

    static CatalogMatter withLimitationYears(CatalogMatter m, int years) {
        return new CatalogMatter(m.code() + "-" + years, m.name(), m.area(), m.authorityCode(), m.powerSource(),
                m.violatedProvision(), m.penaltyProvision(), m.penaltyTypes(), m.statutoryText(), m.fineKind(),
                m.fineMin(), m.fineMax(), m.fineUnit(), m.finePrecondition(), years, m.twoOfficerExempt(),
                m.seizureAllowed(), m.noPenaltyListed(), m.firstOffenseListed(), m.verification(), m.note(),
                m.benchmarkName(), m.benchmarkVersion(), m.tiers());
    }

    static LocalDateTime at(LocalDate d, int hour) {
        return d.atTime(hour, 0);
    }
}
