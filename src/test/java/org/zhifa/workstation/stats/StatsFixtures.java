package org.zhifa.workstation.stats;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.authority.AuthorityKind;
import org.zhifa.workstation.domain.authority.Team;
import org.zhifa.workstation.domain.calendar.ChineseHolidays2025And2026;
import org.zhifa.workstation.domain.calendar.HolidayCalendar;
import org.zhifa.workstation.domain.calendar.HolidayEntry;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.Register;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;

/**
 * A data directory with the reference data of the procedure fixtures (the township and the county, their teams,
 * officers with every certificate situation, two matters, the 2025–2026 holidays) and a generator of cases written
 * straight through {@code CaseRepository.insert} — histories built for the figures they must produce, not replayed
 * through the engine, so thousands of cases take seconds.
 */
public final class StatsFixtures {
    static final String A = "O02";
    static final String B = "O03";
    static final String LEAD = "O01";
    static final Authority COUNTY = new Authority("LQZF", "龙泉市综合行政执法局", "市综合执法局",
            AuthorityKind.COUNTY_DEPARTMENT, "龙综执", "龙泉市人民政府", "龙泉市人民法院", "龙泉市", "0578-7000001", true);

    private StatsFixtures() {
    }

    /** Opens a database in the directory and writes the reference data. */
    public static Stores open(Path dir) {
        Database db = Database.open(dir);
        Stores stores = Stores.over(db);
        db.transaction(tx -> {
            stores.reference().insertAuthority(tx, ProcedureFixtures.TOWNSHIP);
            stores.reference().insertAuthority(tx, COUNTY);
            stores.reference().insertTeam(tx, new Team("BADU-ZFD", "BADU", "八都镇综合行政执法队"));
            stores.reference().insertTeam(tx, new Team("LQZF-ASZX", "LQZF", "案审中心"));
            for (Officer o : List.of(ProcedureFixtures.LEAD, ProcedureFixtures.A, ProcedureFixtures.B, ProcedureFixtures.C,
                    ProcedureFixtures.SUSPENDED, ProcedureFixtures.REVOKED, ProcedureFixtures.EXPIRED,
                    ProcedureFixtures.AUXILIARY, ProcedureFixtures.REVIEWER, ProcedureFixtures.UNQUALIFIED_REVIEWER)) {
                stores.reference().insertOfficer(tx, o);
            }
            stores.catalog().insert(tx, ProcedureFixtures.MATTER);
            stores.catalog().insert(tx, ProcedureFixtures.LARGE_FINE_MATTER);
            HolidayCalendar cal = ChineseHolidays2025And2026.calendar();
            for (int year : List.of(2025, 2026)) {
                List<HolidayEntry> entries = new ArrayList<>();
                cal.holidays().stream().filter(d -> d.getYear() == year).sorted()
                        .forEach(d -> entries.add(new HolidayEntry(d, false, "假日")));
                cal.makeUpWorkdays().stream().filter(d -> d.getYear() == year).sorted()
                        .forEach(d -> entries.add(new HolidayEntry(d, true, "调休")));
                stores.holidays().replaceYear(tx, year, "国务院办公厅通知（测试）", entries);
            }
            return null;
        });
        return stores;
    }

    /** Plain JDBC on the same database (for what the store offers no method for: faking rows of an older version). */
    public static Connection jdbc(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Database.FILE_NAME).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static PenaltyTerms terms(Set<PenaltyType> types, String fine, String gains) {
        return new PenaltyTerms(types, fine == null ? null : new BigDecimal(fine), gains == null ? null : new BigDecimal(gains),
                null, null);
    }

    static PenaltyTerms fine(String amount) {
        return terms(EnumSet.of(PenaltyType.FINE), amount, null);
    }

    /**
     * A case under construction: its number, matter, party and actions; {@link #build} derives the header's dates and
     * amounts the way the procedure engine does (立案 from the FILE action; the latest decision's date, fine and
     * confiscation; 结案 from CLOSED).
     */
    static final class CaseBuilder {
        private final String caseNo;
        private CatalogMatter matter = ProcedureFixtures.MATTER;
        private Party party = ProcedureFixtures.ADULT;
        private ProcedureKind procedure = ProcedureKind.GENERAL;
        private final List<CaseAction> actions = new ArrayList<>();
        private LocalDate discovered;

        CaseBuilder(String caseNo) {
            this.caseNo = caseNo;
        }

        CaseBuilder matter(CatalogMatter m) {
            this.matter = m;
            return this;
        }

        CaseBuilder party(Party p) {
            this.party = p;
            return this;
        }

        CaseBuilder onSite() {
            this.procedure = ProcedureKind.SUMMARY;
            return this;
        }

        CaseBuilder filed(LocalDate day) {
            discovered = discovered == null ? day : discovered;
            actions.add(new Register(day, A));
            actions.add(new FileCase(day, A, LEAD, List.of(A, B), null));
            return this;
        }

        /** 调查终结 with the circumstances, proposing the penalty. */
        CaseBuilder concluded(LocalDate day, PenaltyTerms proposal, Circumstance... cs) {
            EnumSet<Circumstance> set = EnumSet.noneOf(Circumstance.class);
            set.addAll(List.of(cs));
            actions.add(new ConcludeInvestigation(day, A, InvestigationOutcome.PENALTY, null, proposal, set, null,
                    false, false, false, null));
            return this;
        }

        CaseBuilder decided(LocalDate day, PenaltyTerms penalty) {
            actions.add(new Decide(day, A, penalty, LEAD, "依据裁量基准", null, true));
            return this;
        }

        CaseBuilder decidedOnSite(LocalDate day, PenaltyTerms penalty) {
            discovered = discovered == null ? day : discovered;
            actions.add(new DecideOnSite(day, A, List.of(A, B), penalty, "BD-DC-" + caseNo, "八都街", true, true, false,
                    false, null, false, false, false));
            return this;
        }

        CaseBuilder noPenalty(LocalDate day, NoPenaltyGround ground) {
            actions.add(new DecideNoPenalty(day, A, ground, LEAD, "依法不予处罚", true));
            return this;
        }

        CaseBuilder closed(LocalDate day) {
            actions.add(new CloseCase(day, A, LEAD, "结案"));
            return this;
        }

        CaseBuilder then(CaseAction a) {
            actions.add(a);
            return this;
        }

        CaseRecord build() {
            LocalDate filedOn = null;
            LocalDate decidedOn = null;
            LocalDate closedOn = null;
            BigDecimal fine = null;
            BigDecimal confiscated = null;
            for (CaseAction a : actions) {
                switch (a) {
                    case FileCase f -> filedOn = f.date();
                    case Decide x -> {
                        decidedOn = x.date();
                        fine = x.penalty().fine();
                        confiscated = sum(x.penalty().confiscatedGains(), x.penalty().confiscatedProperty());
                    }
                    case DecideOnSite x -> {
                        decidedOn = x.date();
                        fine = x.penalty().fine();
                        confiscated = sum(x.penalty().confiscatedGains(), x.penalty().confiscatedProperty());
                    }
                    case DecideNoPenalty x -> {
                        decidedOn = x.date();
                        fine = null;
                        confiscated = null;
                    }
                    case CloseCase x -> closedOn = x.date();
                    default -> {
                    }
                }
            }
            LocalDate disc = discovered == null ? actions.getFirst().date() : discovered;
            CaseState state = closedOn != null ? CaseState.CLOSED : decidedOn != null ? CaseState.DECIDED
                    : filedOn != null ? CaseState.INVESTIGATING : CaseState.LEAD;
            return new CaseRecord(caseNo, ProcedureFixtures.TOWNSHIP, matter, party, procedure, state, CaseSource.PATROL,
                    party.name() + "出店经营案", party.name() + "在八都街出店经营", disc, "八都街", disc, filedOn, decidedOn, closedOn, fine,
                    confiscated, 1, List.of(), actions);
        }

        private static BigDecimal sum(BigDecimal a, BigDecimal b) {
            if (a == null) {
                return b;
            }
            return b == null ? a : a.add(b);
        }
    }

    static CaseBuilder newCase(String caseNo) {
        return new CaseBuilder(caseNo);
    }

    /** Writes the cases in one transaction through the repository. */
    public static void insert(Stores stores, List<CaseRecord> cases) {
        stores.database().transaction(tx -> {
            for (CaseRecord c : cases) {
                stores.cases().insert(tx, c);
            }
            return null;
        });
    }
}
