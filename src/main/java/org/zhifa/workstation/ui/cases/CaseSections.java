package org.zhifa.workstation.ui.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.cases.CaseEvent;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.Evidence;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Certificate;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.common.Formats;

/**
 * The read-only sections of a case — basic data, party, matter, officers, history, evidence — shared by the detail
 * pane of the case list and the case page.
 */
public final class CaseSections {
    private CaseSections() {
    }

    /** Every section, in order. {@code officerName} names officers who are not on the case (e.g. the 负责人). */
    public static List<Node> all(CaseRecord c, Function<String, Optional<String>> officerName, LocalDate today) {
        return List.of(
                section(Texts.tr("ui.detail.section.basic"), basic(c)),
                section(Texts.tr("ui.detail.section.party"), party(c.party())),
                section(Texts.tr("ui.detail.section.matter"), matter(c.matter())),
                section(Texts.tr("ui.detail.section.officers"), officers(c, today)),
                section(Texts.tr("ui.detail.section.events"), events(c, officerName)),
                section(Texts.tr("ui.detail.section.evidence"), evidence(c)));
    }

    /** Case number, cause and badges. */
    public static Node header(CaseRecord c) {
        Label caseNo = new Label(c.caseNo());
        caseNo.setId("detailCaseNo");
        caseNo.getStyleClass().add("detail-case-no");
        caseNo.setWrapText(true);
        Label cause = new Label(Formats.text(c.cause()));
        cause.setId("detailCause");
        cause.getStyleClass().add("detail-cause");
        cause.setWrapText(true);
        Label procedure = new Label(Formats.label(c.procedure()));
        procedure.getStyleClass().addAll("badge", "badge-neutral");
        HBox badges = new HBox(8, StateBadges.badge(c.state()), procedure);
        VBox header = new VBox(6, caseNo, cause, badges);
        header.getStyleClass().add("detail-header");
        return header;
    }

    private static Node section(String titleText, Node body) {
        Label title = new Label(titleText);
        title.getStyleClass().add("section-title");
        VBox section = new VBox(10, title, body);
        section.getStyleClass().add("detail-section");
        return section;
    }

    private static Node basic(CaseRecord c) {
        FormGrid grid = new FormGrid();
        grid.field(Texts.tr("ui.detail.caseNo"), c.caseNo());
        grid.node(Texts.tr("ui.detail.state"), StateBadges.badge(c.state()));
        grid.field(Texts.tr("ui.detail.procedure"), Formats.label(c.procedure()));
        grid.field(Texts.tr("ui.detail.source"), Formats.label(c.source()));
        grid.wide(Texts.tr("ui.detail.cause"), c.cause());
        grid.wide(Texts.tr("ui.detail.authority"), c.authority() == null ? null : c.authority().name());
        grid.field(Texts.tr("ui.detail.actDate"), Formats.date(c.actDate()));
        grid.field(Texts.tr("ui.detail.actPlace"), c.actPlace());
        grid.field(Texts.tr("ui.detail.discoveredOn"), Formats.date(c.discoveredOn()));
        grid.field(Texts.tr("ui.detail.filedOn"), Formats.date(c.filedOn()));
        grid.field(Texts.tr("ui.detail.decidedOn"), Formats.date(c.decidedOn()));
        grid.field(Texts.tr("ui.detail.closedOn"), Formats.date(c.closedOn()));
        grid.field(Texts.tr("ui.detail.fine"), Formats.money(c.fineAmount())).getStyleClass().add("money");
        if (c.confiscatedAmount() != null) {
            grid.field(Texts.tr("ui.detail.confiscated"), Formats.money(c.confiscatedAmount())).getStyleClass().add("money");
        }
        if (c.facts() != null && !c.facts().isBlank()) {
            grid.wide(Texts.tr("ui.detail.facts"), c.facts());
        }
        return grid;
    }

    private static Node party(Party p) {
        if (p == null) {
            return muted(Texts.tr("ui.detail.party.none"));
        }
        FormGrid grid = new FormGrid();
        boolean person = p.kind() == PartyKind.INDIVIDUAL;
        grid.field(person ? Texts.tr("ui.detail.party.personName") : Texts.tr("ui.detail.party.orgName"), p.name(), "detailPartyName");
        grid.field(Texts.tr("ui.detail.party.kind"), Formats.label(p.kind()));
        grid.field(person ? Texts.tr("ui.detail.party.idNumber") : Texts.tr("ui.detail.party.creditCode"), p.identifier());
        if (person) {
            grid.field(Texts.tr("ui.detail.party.gender"), p.gender());
            grid.field(Texts.tr("ui.detail.party.birthDate"), Formats.date(p.birthDate()));
        } else {
            grid.field(Texts.tr("ui.detail.party.legalRepresentative"), p.legalRepresentative());
        }
        grid.field(Texts.tr("ui.detail.party.phone"), p.phone());
        grid.wide(Texts.tr("ui.detail.party.address"), p.address());
        if (p.serviceAddress() != null && !p.serviceAddress().isBlank() && !p.serviceAddress().equals(p.address())) {
            grid.wide(Texts.tr("ui.detail.party.serviceAddress"), p.serviceAddress());
        }
        return grid;
    }

    private static Node matter(CatalogMatter m) {
        if (m == null) {
            return muted(Texts.tr("ui.detail.matter.none"));
        }
        FormGrid grid = new FormGrid();
        grid.field(Texts.tr("ui.detail.matter.code"), m.code());
        grid.field(Texts.tr("ui.detail.matter.area"), m.area());
        grid.wide(Texts.tr("ui.detail.matter.name"), m.name());
        grid.wide(Texts.tr("ui.detail.matter.violated"), m.violatedProvision());
        grid.wide(Texts.tr("ui.detail.matter.penalty"), m.penaltyProvision());
        Label statute = grid.wide(Texts.tr("ui.detail.matter.statutoryText"), m.statutoryText());
        statute.getStyleClass().add("statute-text");
        return grid;
    }

    static Node officers(CaseRecord c, LocalDate today) {
        if (c.officers().isEmpty()) {
            return muted(Texts.tr("ui.detail.officers.none"));
        }
        VBox list = new VBox(0);
        list.setId("detailOfficers");
        for (CaseOfficer co : c.officers()) {
            Officer o = co.officer();
            Certificate cert = o.certificate();
            CertificateCheck check = CertificateCheck.of(o, today);

            Label name = new Label(o.name());
            name.getStyleClass().add("officer-name");
            name.setMinWidth(Label.USE_PREF_SIZE);
            Label duty = new Label(Formats.label(co.duty()));
            duty.getStyleClass().addAll("badge", "badge-neutral");
            duty.setMinWidth(Label.USE_PREF_SIZE);
            Label role = new Label(Formats.label(o.role()));
            role.getStyleClass().add("muted");
            role.setMinWidth(Label.USE_PREF_SIZE);
            Label status = new Label(check.label());
            status.getStyleClass().addAll("badge", check.styleClass());
            status.setMinWidth(Label.USE_PREF_SIZE);
            status.setId("certificateStatus-" + o.code());
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox first = new HBox(8, name, duty, role, grow, status);
            first.setAlignment(Pos.CENTER_LEFT);

            String certText = cert == null ? Texts.tr("ui.detail.officers.noCertificate")
                    : Texts.tr("ui.detail.officers.certificateLine", Formats.text(cert.number()), Formats.date(cert.validTo()));
            if (cert != null && cert.statusNote() != null && !cert.statusNote().isBlank()) {
                certText = certText + Texts.tr("ui.detail.officers.note", cert.statusNote());
            }
            Label second = new Label(certText);
            second.getStyleClass().add("officer-certificate");
            second.setWrapText(true);
            VBox item = new VBox(3, first, second);
            item.getStyleClass().add("officer-item");
            if (check.isProblem()) {
                item.getStyleClass().add("officer-problem");
            }
            list.getChildren().add(item);
        }
        return list;
    }

    static Node events(CaseRecord c, Function<String, Optional<String>> officerName) {
        if (c.events().isEmpty()) {
            return muted(Texts.tr("ui.detail.events.none"));
        }
        Map<String, String> names = new HashMap<>();
        for (CaseOfficer co : c.officers()) {
            names.put(co.officer().code(), co.officer().name());
        }
        VBox list = new VBox(0);
        list.setId("detailEvents");
        list.getStyleClass().add("timeline");
        for (CaseEvent e : c.events()) {
            Label date = new Label(Formats.date(e.date()));
            date.getStyleClass().add("timeline-date");
            date.setMinWidth(Label.USE_PREF_SIZE);
            Label kind = new Label(Formats.label(e.kind()));
            kind.getStyleClass().add("timeline-kind");
            String who = e.officerCode() == null ? null
                    : names.getOrDefault(e.officerCode(), officerName.apply(e.officerCode()).orElse(null));
            Label summary = new Label(who == null ? Formats.text(e.summary())
                    : Texts.tr("ui.detail.events.summaryBy", Formats.text(e.summary()), who));
            summary.setWrapText(true);
            summary.getStyleClass().add("timeline-summary");
            VBox text = new VBox(2, kind, summary);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox item = new HBox(14, date, text);
            item.getStyleClass().add("timeline-item");
            list.getChildren().add(item);
        }
        return list;
    }

    private static Node evidence(CaseRecord c) {
        if (c.evidence().isEmpty()) {
            return muted(Texts.tr("ui.detail.evidence.none"));
        }
        VBox list = new VBox(8);
        list.setId("detailEvidence");
        int n = 1;
        for (Evidence e : c.evidence()) {
            Label number = new Label(Integer.toString(n++));
            number.getStyleClass().add("evidence-number");
            number.setMinWidth(Label.USE_PREF_SIZE);
            Label title = new Label(Formats.text(e.title()));
            title.getStyleClass().add("evidence-title");
            title.setWrapText(true);
            Label kind = new Label(Formats.label(e.kind()));
            kind.getStyleClass().addAll("badge", "badge-neutral");
            Label collected = new Label(Texts.tr("ui.detail.evidence.collectedOn", Formats.date(e.collectedOn())));
            collected.getStyleClass().add("muted");
            FlowPane meta = new FlowPane(8, 4, kind, collected);
            VBox text = new VBox(3, title, meta);
            if (e.proves() != null && !e.proves().isBlank()) {
                Label proves = new Label(Texts.tr("ui.detail.evidence.proves", e.proves()));
                proves.setWrapText(true);
                proves.getStyleClass().add("evidence-proves");
                text.getChildren().add(proves);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox item = new HBox(10, number, text);
            item.getStyleClass().add("evidence-item");
            list.getChildren().add(item);
        }
        return list;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }
}
