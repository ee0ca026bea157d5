package org.zhifa.workstation.cases.sample;

import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.workstation.cases.sample.SampleJson.AuthoritiesFile;
import org.zhifa.workstation.cases.sample.SampleJson.CatalogFile;
import org.zhifa.workstation.cases.sample.SampleJson.HolidayYearJson;
import org.zhifa.workstation.cases.sample.SampleJson.HolidaysFile;
import org.zhifa.workstation.cases.sample.SampleJson.MatterJson;
import org.zhifa.workstation.cases.sample.SampleJson.OfficerJson;
import org.zhifa.workstation.cases.sample.SampleJson.OfficersFile;
import org.zhifa.workstation.cases.sample.SampleJson.TierJson;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.authority.AuthorityKind;
import org.zhifa.workstation.domain.authority.Team;
import org.zhifa.workstation.domain.calendar.HolidayEntry;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.CaseState;
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
import org.zhifa.workstation.cases.CaseImporter;
import org.zhifa.workstation.cases.CaseRejectedException;
import org.zhifa.workstation.domain.cases.CaseDocument;
import org.zhifa.workstation.store.Stores;

/**
 * Loads the demo township of sample-data/ (八都镇, its team, officers, catalog, holidays and cases) into an empty
 * store, in one transaction with one audit entry. Every file is read and checked before anything is written.
 */
public final class DemoTownshipLoader {
    private static final String ACTOR = "system";

    private final Stores stores;
    private final CaseImporter importer;
    private final Consumer<List<Officer>> userCreator;

    /**
     * @param userCreator creates the demo login accounts for the officers once the data is committed
     */
    public DemoTownshipLoader(Stores stores, CaseImporter importer, Consumer<List<Officer>> userCreator) {
        this.stores = stores;
        this.importer = importer;
        this.userCreator = userCreator;
    }

    /** What a load did. */
    public record Result(boolean loaded, int authorities, int officers, int matters, int cases) { }

    /** Loads the demo data unless the store already holds cases or authorities; then it changes nothing. */
    public Result load() {
        DemoData data = read();
        Result result = stores.database().transaction(ctx -> {
            if (!stores.reference().authorities(ctx).isEmpty()) {
                return new Result(false, 0, 0, 0, 0);
            }
            data.authorities.forEach(a -> stores.reference().insertAuthority(ctx, a));
            data.teams.forEach(t -> stores.reference().insertTeam(ctx, t));
            data.officers.forEach(o -> stores.reference().insertOfficer(ctx, o));
            data.holidays.forEach(y -> stores.holidays().replaceYear(ctx, y.year(), y.source(), y.entries()));
            data.matters.forEach(m -> stores.catalog().insert(ctx, m));
            for (CaseDocument c : data.cases) {
                try {
                    importer.importDocument(ctx, c, ACTOR);
                } catch (CaseRejectedException e) {
                    throw new SampleDataException("cases.json", c.caseNo() + ": " + String.join("；", e.reasons()));
                }
            }
            stores.auditLog().append(ctx, ACTOR, "DEMO_LOADED", "installation", "demo",
                    "{\"cases\":" + data.cases.size() + ",\"matters\":" + data.matters.size() + "}");
            return new Result(true, data.authorities.size(), data.officers.size(), data.matters.size(), data.cases.size());
        });
        if (result.loaded()) {
            userCreator.accept(data.officers);
        }
        return result;
    }

    private record HolidayYear(int year, String source, List<HolidayEntry> entries) { }

    private record DemoData(List<Authority> authorities, List<Team> teams, List<Officer> officers,
                            List<HolidayYear> holidays, List<CatalogMatter> matters, List<CaseDocument> cases) { }

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

        List<CaseDocument> cases = SampleFiles.cases("cases.json");
        return new DemoData(authorities, teams, officers, holidays, matters, cases);
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

}
