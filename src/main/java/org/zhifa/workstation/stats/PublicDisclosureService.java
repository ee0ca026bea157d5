package org.zhifa.workstation.stats;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.calendar.HolidayCalendar;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.discretion.Yuan;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.stats.CaseStatisticsFacts;
import org.zhifa.workstation.domain.stats.DecisionKind;
import org.zhifa.workstation.domain.stats.DisclosureSettings;
import org.zhifa.workstation.domain.stats.PersonalDataMask;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.store.StatisticsRepository;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.Tx;

/**
 * The 公示 register (R33, Art 48): the penalty decisions in scope that are not yet published, each with its last day
 * (the decision day + the working days of the settings, default 7), and the published decisions a 复议 or 诉讼
 * changed, revoked or found unlawful or void, to be withdrawn within 3 working days. Individuals' personal data is
 * masked ({@link PersonalDataMask}); organisations are published in full. Exports: XLSX, and CSV in UTF-8 with a
 * byte-order mark so that Excel opens it as UTF-8.
 *
 * <p>The register reads the derived columns (published_on, withdrawal_due_from) to find its cases, then loads only
 * those.
 */
public final class PublicDisclosureService {
    private static final List<String> DECISION_DOCUMENTS = List.of("DECISION", "ON_SITE_DECISION");

    private final Stores stores;
    private final StatisticsRepository repository;
    private final Supplier<DisclosureSettings> settings;
    private final Clock clock;

    public PublicDisclosureService(Stores stores, Supplier<DisclosureSettings> settings, Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.repository = new StatisticsRepository(stores.cases());
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PublicDisclosureService(Stores stores) {
        this(stores, DisclosureSettings::defaults, Clock.systemDefaultZone());
    }

    /** The register as of today, for every authority. */
    public List<DisclosureEntry> register() {
        return register(LocalDate.now(clock), null);
    }

    /** The register on a day, for one authority (its code) or all (null). */
    public List<DisclosureEntry> register(LocalDate asOf, String authorityCode) {
        DisclosureSettings s = settings.get();
        List<String> kinds = new ArrayList<>();
        for (DecisionKind k : DecisionKind.values()) {
            if (s.inScope(k)) {
                kinds.add(k.name());
            }
        }
        return stores.database().read(tx -> {
            LegalCalendar calendar = new LegalCalendar(HolidayCalendar.of(stores.holidays().entries(tx),
                    stores.holidays().years(tx).keySet()));
            List<DisclosureEntry> entries = new ArrayList<>();
            for (String caseNo : repository.disclosureCandidates(tx, kinds, asOf, authorityCode)) {
                stores.cases().find(tx, caseNo).ifPresent(c -> entry(tx, c, s, calendar, asOf).ifPresent(entries::add));
            }
            return entries;
        });
    }

    private Optional<DisclosureEntry> entry(Tx tx, CaseRecord c, DisclosureSettings s, LegalCalendar calendar, LocalDate asOf) {
        CaseStatisticsFacts facts = CaseStatisticsFacts.of(c);
        if (facts.decisionKind() == null || !facts.decisionKind().penalizes()) {
            return Optional.empty();
        }
        CaseAction decision = null;
        PenaltyTerms terms = null;
        for (CaseAction a : c.actions()) {
            if (a instanceof Decide d) {
                decision = d;
                terms = d.penalty();
            } else if (a instanceof DecideOnSite d) {
                decision = d;
                terms = d.penalty();
            }
        }
        if (decision == null) {
            return Optional.empty();
        }
        DisclosureAction action;
        Deadline due;
        String reason = "";
        if (facts.withdrawalDueFrom() != null && !facts.withdrawalDueFrom().isAfter(asOf)) {
            action = DisclosureAction.WITHDRAW;
            due = calendar.workingDaysDeadline(facts.withdrawalDueFrom(), s.withdrawDays(), Texts.tr("disclosure.withdraw"));
            reason = c.all(ConcludeChallenge.class).stream().filter(k -> k.date().equals(facts.withdrawalDueFrom()))
                    .map(k -> Texts.tr("disclosure.reason", Texts.label(k.kind()), Texts.label(k.result()), k.date()))
                    .findFirst().orElse("");
        } else if (facts.publishedOn() == null && s.inScope(facts.decisionKind())) {
            action = DisclosureAction.PUBLISH;
            due = calendar.workingDaysDeadline(decision.date(), s.publishDays(), Texts.tr("disclosure.publish"));
        } else {
            return Optional.empty();
        }
        Party p = c.party();
        boolean individual = p != null && p.kind() == PartyKind.INDIVIDUAL;
        String name = p == null ? "" : p.name();
        String number = decision instanceof DecideOnSite d ? nz(d.serialNumber()) : "";
        number = repository.documentNumber(tx, c.caseNo(), DECISION_DOCUMENTS).orElse(number);
        return Optional.of(new DisclosureEntry(action, c.caseNo(), number,
                nz(PersonalDataMask.text(c.cause(), name, individual)),
                p == null ? "" : individual ? PersonalDataMask.name(name) : name,
                p == null ? "" : individual ? nz(PersonalDataMask.idNumber(p.idNumber())) : nz(p.creditCode()),
                p == null || individual ? "" : nz(p.legalRepresentative()),
                p == null ? "" : individual ? nz(PersonalDataMask.address(p.address())) : nz(p.address()),
                nz(PersonalDataMask.text(c.facts(), name, individual)),
                c.matter() == null ? "" : nz(c.matter().penaltyProvision()),
                penalty(terms), c.authority() == null ? "" : c.authority().name(), decision.date(), due.date(),
                asOf.isAfter(due.date()), due.warning().orElse(""), reason));
    }

    /** 罚款人民币500元；没收违法所得人民币1200元 … */
    static String penalty(PenaltyTerms t) {
        if (t == null || t.types() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (PenaltyType type : PenaltyType.values()) {
            if (!t.types().contains(type)) {
                continue;
            }
            parts.add(switch (type) {
                case FINE -> amount("disclosure.penalty.fine", t.fine(), type);
                case CONFISCATE_ILLEGAL_GAINS -> amount("disclosure.penalty.gains", t.confiscatedGains(), type);
                case CONFISCATE_PROPERTY -> amount("disclosure.penalty.property", t.confiscatedProperty(), type);
                case OTHER -> t.otherPenalty() == null || t.otherPenalty().isBlank() ? Texts.label(type) : t.otherPenalty();
                default -> Texts.label(type);
            });
        }
        return String.join("；", parts);
    }

    private static String amount(String key, BigDecimal value, PenaltyType type) {
        return value == null ? Texts.label(type) : Texts.tr(key, Yuan.format(value));
    }

    /** The register as XLSX. */
    public byte[] workbook(List<DisclosureEntry> entries, LocalDate asOf) {
        return DisclosureExport.workbook(entries, asOf);
    }

    /** The register as CSV: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting. */
    public byte[] csv(List<DisclosureEntry> entries) {
        return DisclosureExport.csv(entries).getBytes(StandardCharsets.UTF_8);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
