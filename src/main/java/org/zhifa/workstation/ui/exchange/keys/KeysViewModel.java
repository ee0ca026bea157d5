package org.zhifa.workstation.ui.exchange.keys;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.exchange.keys.KeyInfo;
import org.zhifa.workstation.exchange.keys.KeyStatus;
import org.zhifa.workstation.exchange.keys.PublicKeyFile;
import org.zhifa.workstation.ui.exchange.ExchangeTasks;

/**
 * 密钥: this installation's public key with its fingerprint (read out over the phone), 导出公钥, and for the
 * administrator 导入/信任公钥 (after comparing the fingerprint) and 吊销.
 */
public final class KeysViewModel {
    private final ExchangeServices exchange;
    private final Session session;
    private final ExchangeTasks tasks;
    private final ObservableList<KeyInfo> keys = FXCollections.observableArrayList();
    private final StringProperty ownFingerprint = new SimpleStringProperty(this, "ownFingerprint", "");

    public KeysViewModel(ExchangeServices exchange, Session session, ExchangeTasks tasks) {
        this.exchange = Objects.requireNonNull(exchange);
        this.session = Objects.requireNonNull(session);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** Whether the user may trust and revoke keys. */
    public boolean canManage() {
        return session.hasRole(Role.ADMIN);
    }

    public void refresh() {
        tasks.run(() -> exchange.keys().list(), list -> {
            keys.setAll(list.stream().filter(k -> k.status() != KeyStatus.OWN).toList());
            ownFingerprint.set(list.stream().filter(k -> k.status() == KeyStatus.OWN).findFirst()
                    .map(k -> Texts.tr("ui.keys.own", k.fingerprint(), k.label()))
                    .orElse(Texts.tr("ui.keys.noOwnKey")));
        }, Texts.tr("ui.keys.loadFailed"));
    }

    public void chooseAndExport() {
        tasks.dialogs().chooseSaveFile(Texts.tr("ui.keys.exportTitle"), Texts.tr("ui.keys.fileName")).ifPresent(this::export);
    }

    public void export(Path out) {
        tasks.run(() -> exchange.keys().exportPublicKey(out, null, null), f -> {
            tasks.dialogs().showInfo(Texts.tr("ui.keys.exported"), Texts.tr("ui.keys.exportedText", out,
                    org.zhifa.workstation.exchange.bundle.BundleReader.fingerprint(f.keyId())));
            refresh();
        }, Texts.tr("ui.keys.exportFailed"));
    }

    public void chooseAndTrust() {
        tasks.dialogs().chooseFile(Texts.tr("ui.keys.importTitle"), "*.json").ifPresent(this::trust);
    }

    /** Shows the key's fingerprint and owner, and trusts it when the user confirms they match what was read out. */
    public void trust(Path file) {
        tasks.run(() -> exchange.keys().readPublicKeyFile(file), (PublicKeyFile f) -> {
            String who = f.authorityName() != null ? f.authorityName() + "／" + f.owner() : f.owner();
            if (!tasks.dialogs().confirm(Texts.tr("ui.keys.trustTitle"), Texts.tr("ui.keys.trustQuestion", who,
                    org.zhifa.workstation.exchange.bundle.BundleReader.fingerprint(f.keyId())))) {
                return;
            }
            tasks.run(() -> exchange.keys().importPublicKey(file, session), r -> {
                tasks.dialogs().showInfo(Texts.tr("ui.keys.trusted"), Texts.tr("ui.keys.trustedText", r.key().label()));
                refresh();
            }, Texts.tr("ui.keys.trustRefused"));
        }, Texts.tr("ui.keys.trustRefused"));
    }

    public void revoke(KeyInfo key) {
        if (!tasks.dialogs().confirm(Texts.tr("ui.keys.revokeTitle"), Texts.tr("ui.keys.revokeQuestion", key.label(),
                key.fingerprint()))) {
            return;
        }
        tasks.run(() -> exchange.keys().revoke(key.keyId(), Texts.tr("ui.keys.revokeReason"), session),
                k -> refresh(), Texts.tr("ui.keys.revokeRefused"));
    }

    public ObservableList<KeyInfo> keys() {
        return keys;
    }

    public ReadOnlyStringProperty ownFingerprintProperty() {
        return ownFingerprint;
    }

    /** The status as the list shows it. */
    public static String status(KeyInfo k) {
        return switch (k.status()) {
            case OWN -> Texts.tr("ui.keys.status.own");
            case TRUSTED -> Texts.tr("ui.keys.status.trusted");
            case REVOKED -> Texts.tr("ui.keys.status.revoked");
        };
    }
}
