package org.zhifa.workstation.ui.exchange.keys;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.keys.KeyInfo;
import org.zhifa.workstation.exchange.keys.KeyStatus;
import org.zhifa.workstation.ui.exchange.Columns;

/** 密钥: the own key's fingerprint, 导出公钥, the trusted keys; 导入/信任公钥 and 吊销 for the administrator. */
public final class KeysView extends VBox {
    private final TableView<KeyInfo> table = Columns.table("keysTable", Texts.tr("ui.keys.empty"));

    public KeysView(KeysViewModel vm) {
        super(10);
        setId("keys");
        setPadding(new Insets(12, 0, 0, 0));
        Label own = new Label();
        own.setId("keysOwn");
        own.setWrapText(true);
        own.textProperty().bind(vm.ownFingerprintProperty());
        Button export = new Button(Texts.tr("ui.keys.export"));
        export.setId("keysExport");
        export.setOnAction(e -> vm.chooseAndExport());
        Button trust = new Button(Texts.tr("ui.keys.trust"));
        trust.setId("keysTrust");
        trust.setOnAction(e -> vm.chooseAndTrust());
        Button revoke = new Button(Texts.tr("ui.keys.revoke"));
        revoke.setId("keysRevoke");
        revoke.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        revoke.setOnAction(e -> vm.revoke(table.getSelectionModel().getSelectedItem()));
        HBox bar = new HBox(8, export);
        if (vm.canManage()) {
            bar.getChildren().addAll(trust, revoke);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        table.getColumns().addAll(List.of(
                Columns.text(Texts.tr("ui.keys.col.owner"), 220, KeyInfo::label),
                Columns.text(Texts.tr("ui.keys.col.fingerprint"), 330, KeyInfo::fingerprint),
                Columns.text(Texts.tr("ui.keys.col.status"), 80, KeysViewModel::status),
                Columns.text(Texts.tr("ui.keys.col.note"), 200, k -> k.status() == KeyStatus.REVOKED
                        && k.revokeReason() != null ? k.revokeReason() : "")));
        table.setItems(vm.keys());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(own, bar, table);
    }
}
