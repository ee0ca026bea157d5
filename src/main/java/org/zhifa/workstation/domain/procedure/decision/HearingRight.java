package org.zhifa.workstation.domain.procedure.decision;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The hearing right of Art 63 (R18): 较大数额罚款 or confiscation of a large amount (≥ the settings threshold for
 * the party kind), 降低资质等级, 吊销许可证件, 责令停产停业, 责令关闭, 限制从业, 限制开展生产经营活动. The request
 * is due within 5 working days of the notice (Arts 64, 85).
 */
public final class HearingRight {
    /** Art 64(1): 五日, working days under Art 85. */
    public static final int REQUEST_DAYS = 5;
    /** Art 64(2): 七日前 notice of the hearing, working days under Art 85. */
    public static final int NOTICE_DAYS = 7;
    /** Art 64(5): 当事人可以亲自参加听证，也可以委托一至二人代理. */
    public static final int MAX_AGENTS = 2;
    /** The penalty types that always carry the hearing right. */
    public static final Set<PenaltyType> HEAVY_TYPES = Set.copyOf(EnumSet.of(PenaltyType.LOWER_QUALIFICATION,
            PenaltyType.REVOKE_LICENSE, PenaltyType.ORDER_SUSPENSION, PenaltyType.ORDER_CLOSURE,
            PenaltyType.RESTRICT_EMPLOYMENT, PenaltyType.RESTRICT_OPERATION));

    private HearingRight() {
    }

    /** 较大数额 for the party kind (a province setting). */
    public static BigDecimal threshold(PartyKind kind, ProcedureSettings s) {
        return kind == PartyKind.ORGANIZATION ? s.hearingThresholdOrganization() : s.hearingThresholdIndividual();
    }

    /** Whether the penalty carries the hearing right for a party of the kind. */
    public static boolean applies(PenaltyTerms p, PartyKind kind, ProcedureSettings s) {
        if (p == null || p.types() == null) {
            return false;
        }
        if (p.types().stream().anyMatch(HEAVY_TYPES::contains)) {
            return true;
        }
        BigDecimal threshold = threshold(kind, s);
        return large(p, PenaltyType.FINE, p.fine(), threshold)
                || large(p, PenaltyType.CONFISCATE_ILLEGAL_GAINS, p.confiscatedGains(), threshold)
                || large(p, PenaltyType.CONFISCATE_PROPERTY, p.confiscatedProperty(), threshold);
    }

    /** Whether the party has the right after this notice: it was given, or the proposal carries it. */
    public static boolean given(ServeNotice n, PartyKind kind, ProcedureSettings s) {
        return n.hearingRightGiven() || applies(n.proposedPenalty(), kind, s);
    }

    /** The last day for a hearing request after the notice. */
    public static Deadline requestDeadline(ServeNotice n, LegalCalendar cal) {
        return cal.workingDaysDeadline(n.date(), REQUEST_DAYS, Texts.tr("deadline.hearingRequest"));
    }

    private static boolean large(PenaltyTerms p, PenaltyType type, BigDecimal amount, BigDecimal threshold) {
        return p.types().contains(type) && amount != null && threshold != null && amount.compareTo(threshold) >= 0;
    }
}
