package org.zhifa.workstation.ui.widgets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.execution.OnSiteCollection;
import org.zhifa.workstation.domain.procedure.execution.SummaryProcedureLimits;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.common.Formats;

/**
 * The penalty of a 当场处罚 (Art 51): 警告, or a fine up to ¥200 for a 公民 and ¥3,000 for an organisation — the
 * limit is shown live and an amount above it is named at once; 当场收缴 is offered only for fines up to ¥100
 * (Art 68), with the 财政 receipt number (Art 70).
 */
public final class OnSitePenaltyModel {
    private final ObjectProperty<PartyKind> partyKind = new SimpleObjectProperty<>(this, "partyKind", PartyKind.INDIVIDUAL);
    private final BooleanProperty fine = new SimpleBooleanProperty(this, "fine", true);
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final BooleanProperty collectOnSite = new SimpleBooleanProperty(this, "collectOnSite", false);
    private final StringProperty receiptNumber = new SimpleStringProperty(this, "receiptNumber", "");
    private final StringProperty limitText = new SimpleStringProperty(this, "limitText", "");
    private final StringProperty limitProblem = new SimpleStringProperty(this, "limitProblem", "");
    private final BooleanProperty collectionAllowed = new SimpleBooleanProperty(this, "collectionAllowed", false);

    public OnSitePenaltyModel() {
        partyKind.addListener(this::update);
        fine.addListener(this::update);
        amount.addListener(this::update);
        update(null);
    }

    private void update(Observable ignored) {
        PartyKind kind = partyKind.get() == null ? PartyKind.INDIVIDUAL : partyKind.get();
        BigDecimal limit = SummaryProcedureLimits.fineLimit(kind);
        limitText.set(Texts.tr("ui.onsite.limit", Texts.label(kind), Formats.money(limit)));
        BigDecimal a = amountValue();
        if (fine.get() && a != null && a.compareTo(limit) > 0) {
            limitProblem.set(Texts.tr("ui.onsite.overLimit", Formats.money(a), Formats.money(limit)));
        } else {
            limitProblem.set("");
        }
        boolean allowed = fine.get() && a != null && a.signum() > 0 && a.compareTo(OnSiteCollection.SMALL_FINE) <= 0;
        collectionAllowed.set(allowed);
        if (!allowed) {
            collectOnSite.set(false);
        }
    }

    /** The amount typed, or null. */
    public BigDecimal amountValue() {
        String t = amount.get();
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public PenaltyTerms penalty() {
        return fine.get()
                ? new PenaltyTerms(EnumSet.of(PenaltyType.FINE), amountValue(), null, null, null)
                : new PenaltyTerms(EnumSet.of(PenaltyType.WARNING), null, null, null, null);
    }

    /** What must be fixed before sending. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (fine.get()) {
            BigDecimal a = amountValue();
            if (a == null || a.signum() <= 0) {
                p.add(Texts.tr("ui.form.missing", Texts.tr("ui.onsite.amount")));
            } else if (!limitProblem.get().isEmpty()) {
                p.add(limitProblem.get());
            }
        }
        if (collectOnSite.get() && (receiptNumber.get() == null || receiptNumber.get().isBlank())) {
            p.add(Texts.tr("ui.form.missing", Texts.tr("ui.onsite.receiptNumber")));
        }
        return p;
    }

    public ObjectProperty<PartyKind> partyKindProperty() {
        return partyKind;
    }

    /** True for a fine, false for a 警告. */
    public BooleanProperty fineProperty() {
        return fine;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public BooleanProperty collectOnSiteProperty() {
        return collectOnSite;
    }

    public StringProperty receiptNumberProperty() {
        return receiptNumber;
    }

    /** "公民当场罚款不超过¥200.00（《行政处罚法》第五十一条）". */
    public ReadOnlyStringProperty limitTextProperty() {
        return limitText;
    }

    /** The amount is above the Art 51 limit: the reason, else empty. */
    public ReadOnlyStringProperty limitProblemProperty() {
        return limitProblem;
    }

    /** 当场收缴 may be offered: a fine of at most ¥100. */
    public ReadOnlyBooleanProperty collectionAllowedProperty() {
        return collectionAllowed;
    }
}
