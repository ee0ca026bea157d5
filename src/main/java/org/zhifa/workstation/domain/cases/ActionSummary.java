package org.zhifa.workstation.domain.cases;

import java.math.BigDecimal;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.DeclineFiling;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.action.Transfer;
import org.zhifa.workstation.domain.cases.action.WithdrawCase;
import org.zhifa.workstation.domain.text.Texts;

/** A short Chinese line describing an action for the case history. */
public final class ActionSummary {
    private ActionSummary() {
    }

    public static String of(CaseAction a) {
        return switch (a) {
            case MakeRecord r -> Texts.tr("summary.record", Texts.label(r.kind()), nz(r.summary()));
            case AddEvidence e -> Texts.tr("summary.evidence", Texts.label(e.kind()), nz(e.title()));
            case ServeNotice n -> Texts.tr("summary.notice", penalty(n.proposedPenalty()));
            case Decide d -> Texts.tr("summary.decision", penalty(d.penalty()));
            case DecideOnSite d -> Texts.tr("summary.decision", penalty(d.penalty()));
            case DecideNoPenalty d -> Texts.tr("summary.noPenalty", Texts.label(d.ground()), nz(d.reason()));
            case ServeDecision s -> Texts.tr("summary.served", Texts.label(s.method()));
            case RecordPayment p -> Texts.tr("summary.payment", money(p.amount()));
            case RecordReviewOpinion o -> Texts.tr("summary.review", Texts.label(o.conclusion()));
            case DeclineFiling d -> nz(d.reason());
            case Transfer t -> Texts.tr("summary.transfer", nz(t.recipient()), nz(t.reason()));
            case WithdrawCase w -> nz(w.reason());
            case CloseCase c -> nz(c.summary());
            default -> "";
        };
    }

    private static String penalty(PenaltyTerms t) {
        if (t == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        t.types().stream().sorted().forEach(type -> sb.append(sb.isEmpty() ? "" : "、").append(Texts.label(type)));
        if (t.fine() != null) {
            sb.append(' ').append(money(t.fine()));
        }
        return sb.toString();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : Texts.tr("summary.money", amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
