package org.zhifa.workstation.cases.sample;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.workstation.cases.sample.SampleJson.AuthoritiesFile;
import org.zhifa.workstation.cases.sample.SampleJson.CaseJson;
import org.zhifa.workstation.cases.sample.SampleJson.CasesFile;
import org.zhifa.workstation.cases.sample.SampleJson.CatalogFile;
import org.zhifa.workstation.cases.sample.SampleJson.HolidayYearJson;
import org.zhifa.workstation.cases.sample.SampleJson.HolidaysFile;
import org.zhifa.workstation.cases.sample.SampleJson.MatterJson;
import org.zhifa.workstation.cases.sample.SampleJson.OfficerJson;
import org.zhifa.workstation.cases.sample.SampleJson.OfficersFile;
import org.zhifa.workstation.cases.sample.SampleJson.PartyJson;
import org.zhifa.workstation.cases.sample.SampleJson.TierJson;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.authority.AuthorityKind;
import org.zhifa.workstation.domain.authority.Team;
import org.zhifa.workstation.domain.calendar.HolidayEntry;
import org.zhifa.workstation.domain.cases.CaseEvent;
import org.zhifa.workstation.domain.cases.CaseEventKind;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.Evidence;
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
import org.zhifa.workstation.domain.party.CreditCode;
import org.zhifa.workstation.domain.party.IdNumber;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.party.ValidationResult;
import org.zhifa.workstation.store.Stores;

/**
 * Loads the demo township of sample-data/ (八都镇, its team, officers, catalog, holidays and cases) into an empty
 * store, in one transaction with one audit entry. Every file is read and checked before anything is written.
 */
public final class DemoTownshipLoader {
    private static final String ACTOR = "system";

    private final Stores stores;

    public DemoTownshipLoader(Stores stores) {
        this.stores = stores;
    }

    /** What a load did. */
    public record Result(boolean loaded, int authorities, int officers, int matters, int cases) { }

    /** Loads the demo data unless the store already holds cases or authorities; then it changes nothing. */
    public Result load() {
        DemoData data = read();
        return stores.database().transaction(ctx -> {
            if (!stores.reference().authorities(ctx).isEmpty()) {
                return new Result(false, 0, 0, 0, 0);
            }
            data.authorities.forEach(a -> stores.reference().insertAuthority(ctx, a));
            data.teams.forEach(t -> stores.reference().insertTeam(ctx, t));
            data.officers.forEach(o -> stores.reference().insertOfficer(ctx, o));
            data.holidays.forEach(y -> stores.holidays().replaceYear(ctx, y.year(), y.source(), y.entries()));
            data.matters.forEach(m -> stores.catalog().insert(ctx, m));
            data.cases.forEach(c -> stores.cases().insert(ctx, c));
            stores.auditLog().append(ctx, ACTOR, "DEMO_LOADED", "installation", "demo",
                    "{\"cases\":" + data.cases.size() + ",\"matters\":" + data.matters.size() + "}");
            return new Result(true, data.authorities.size(), data.officers.size(), data.matters.size(), data.cases.size());
        });
    }

    private record HolidayYear(int year, String source, List<HolidayEntry> entries) { }

    private record DemoData(List<Authority> authorities, List<Team> teams, List<Officer> officers,
                            List<HolidayYear> holidays, List<CatalogMatter> matters, List<CaseRecord> cases) { }

    /** Reads and checks every file; throws {@link SampleDataException} naming the file and the problem. */
    DemoData read() {
        AuthoritiesFile af = SampleFiles.read("authorities.json", AuthoritiesFile.class);
        List<Authority> authorities = af.authorities().stream().map(a -> new Authority(a.code(), a.name(), a.shortName(),
                AuthorityKind.valueOf(a.kind()), a.documentPrefix(), a.reconsiderationBody(), a.court(), a.address(),
                a.phone(), a.reviewCenter())).toList();
        List<Team> teams = af.teams().stream().map(t -> new Team(t.code(), t.authority(), t.name())).toList();

        List<Officer> officers = SampleFiles.read("officers.json", OfficersFile.class).officers().stream()
                .map(DemoTownshipLoader::officer).toList();

        List<HolidayYear> holidays = SampleFiles.read("holidays.json", HolidaysFile.class).years().stream()
                .map(DemoTownshipLoader::holidayYear).toList();

        CatalogFile cf = SampleFiles.read("catalog.json", CatalogFile.class);
        List<CatalogMatter> matters = cf.matters().stream()
                .map(m -> matter(m, cf.benchmark().name(), cf.benchmark().version())).toList();

        Map<String, Authority> authorityByCode = index(authorities, Authority::code);
        Map<String, Officer> officerByCode = index(officers, Officer::code);
        Map<String, CatalogMatter> matterByCode = index(matters, CatalogMatter::code);
        List<CaseRecord> cases = new ArrayList<>();
        for (CaseJson c : SampleFiles.read("cases.json", CasesFile.class).cases()) {
            cases.add(caseRecord(c, authorityByCode, officerByCode, matterByCode));
        }
        return new DemoData(authorities, teams, officers, holidays, matters, cases);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        items.forEach(i -> map.put(key.apply(i), i));
        return map;
    }

    private static Officer officer(OfficerJson o) {
        Certificate c = o.certificate() == null ? null : new Certificate(o.certificate().number(),
                o.certificate().issuer(), o.certificate().validFrom(), o.certificate().validTo(),
                CertificateStatus.valueOf(o.certificate().status()), o.certificate().statusNote());
        return new Officer(o.code(), o.team(), o.name(), o.gender(), o.position(), OfficerRole.valueOf(o.role()),
                o.legalQualification(), o.reviewerSince(), o.phone(), c);
    }

    private static HolidayYear holidayYear(HolidayYearJson y) {
        List<HolidayEntry> entries = new ArrayList<>();
        y.holidays().forEach(h -> entries.add(new HolidayEntry(h.date(), false, h.name())));
        y.makeUpWorkdays().forEach(h -> entries.add(new HolidayEntry(h.date(), true, h.name())));
        return new HolidayYear(y.year(), y.source(), entries);
    }

    private static CatalogMatter matter(MatterJson m, String benchmarkName, String benchmarkVersion) {
        EnumSet<PenaltyType> types = EnumSet.noneOf(PenaltyType.class);
        m.penaltyTypes().forEach(t -> types.add(PenaltyType.valueOf(t)));
        List<DiscretionTier> tiers = new ArrayList<>();
        int ordinal = 1;
        for (TierJson t : m.tiers()) {
            tiers.add(new DiscretionTier(ordinal++, TierLevel.valueOf(t.tier()),
                    t.partyKind() == null ? null : PartyKind.valueOf(t.partyKind()), t.circumstances(),
                    t.fineMin(), t.fineMax(), t.otherPenalty()));
        }
        return new CatalogMatter(m.code(), m.name(), m.area(), m.authority(), PowerSource.valueOf(m.powerSource()),
                m.violatedProvision(), m.penaltyProvision(), types, m.statutoryText(), FineKind.valueOf(m.fineKind()),
                m.fineMin(), m.fineMax(), m.fineUnit(), FinePrecondition.valueOf(m.finePrecondition()),
                m.limitationYears(), m.twoOfficerExempt(), m.seizureAllowed(), m.noPenaltyListed(),
                m.firstOffenseListed(), Verification.valueOf(m.verification()), m.note(), benchmarkName,
                benchmarkVersion, tiers);
    }

    private static CaseRecord caseRecord(CaseJson c, Map<String, Authority> authorities, Map<String, Officer> officers,
                                         Map<String, CatalogMatter> matters) {
        Authority authority = require(authorities, c.authority(), c.caseNo(), "authority");
        CatalogMatter matter = c.matter() == null ? null : require(matters, c.matter(), c.caseNo(), "matter");
        List<CaseOfficer> assigned = c.officers().stream()
                .map(o -> new CaseOfficer(require(officers, o.officer(), c.caseNo(), "officer"), OfficerDuty.valueOf(o.duty())))
                .toList();
        List<CaseEvent> events = c.events().stream().map(e -> {
            if (e.officer() != null) {
                require(officers, e.officer(), c.caseNo(), "officer");
            }
            return new CaseEvent(CaseEventKind.valueOf(e.kind()), e.date(), e.officer(), e.summary());
        }).toList();
        List<Evidence> evidence = c.evidence() == null ? List.of() : c.evidence().stream()
                .map(e -> new Evidence(EvidenceKind.valueOf(e.kind()), e.title(), e.collectedOn(), e.collectedBy(),
                        e.proves(), null, null))
                .toList();
        return new CaseRecord(c.caseNo(), authority, matter, party(c.party(), c.caseNo()),
                ProcedureKind.valueOf(c.procedure()), CaseState.valueOf(c.state()), CaseSource.valueOf(c.source()),
                c.cause(), c.facts(), c.actDate(), c.actPlace(), c.discoveredOn(), c.filedOn(), c.decidedOn(),
                c.closedOn(), c.fineAmount(), c.confiscatedAmount(), 1, assigned, events, evidence, List.of());
    }

    private static Party party(PartyJson p, String caseNo) {
        PartyKind kind = PartyKind.valueOf(p.kind());
        ValidationResult<?> check = kind == PartyKind.INDIVIDUAL
                ? IdNumber.validate(p.idNumber())
                : CreditCode.validate(p.creditCode());
        if (!check.isValid()) {
            throw new SampleDataException("cases.json", caseNo + ": " + check.reason().orElse(""));
        }
        return new Party(kind, p.name(), p.idNumber(), p.creditCode(), p.gender(), p.birthDate(),
                p.legalRepresentative(), p.phone(), p.address(), p.serviceAddress());
    }

    private static <T> T require(Map<String, T> map, String code, String caseNo, String what) {
        T value = map.get(code);
        if (value == null) {
            throw new SampleDataException("cases.json", caseNo + ": unknown " + what + " " + code);
        }
        return value;
    }
}
