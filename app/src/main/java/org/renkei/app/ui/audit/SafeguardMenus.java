package org.renkei.app.ui.audit;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.renkei.app.ui.backup.RestoreConfirmation;
import org.renkei.app.ui.common.DialogWindows;
import org.renkei.app.ui.common.Messages;

import java.util.List;
import java.util.function.Supplier;

/** Binds the main window's staff label and its 担当者 / 操作記録 / バックアップ / 復元 menu items. */
public final class SafeguardMenus {
    private SafeguardMenus() {
    }

    /** @param items in this order: 担当者の変更, 操作記録, バックアップを作成, バックアップから復元 */
    public static void bind(Safeguards safeguards, Supplier<Window> owner, Label staffLabel, List<MenuItem> items) {
        if (safeguards == null) {
            items.forEach(i -> i.setVisible(false));
            staffLabel.setVisible(false);
            staffLabel.setManaged(false);
            return;
        }
        staffLabel.textProperty().bind(safeguards.statusProperty());
        items.get(0).setOnAction(e -> safeguards.changeStaff());
        items.get(1).setOnAction(e -> safeguards.openAuditLog());
        items.get(2).setOnAction(e -> safeguards.createBackup());
        items.get(3).setOnAction(e -> safeguards.backups().chooseRestore());
        items.get(2).disableProperty().bind(safeguards.backups().busyProperty());
        items.get(3).disableProperty().bind(safeguards.backups().busyProperty());
        DialogWindows.follow(safeguards.auditViewerProperty(), AuditViewerView::load,
                vm -> new SimpleStringProperty(Messages.get("audit.viewer.title")), owner, AuditViewerViewModel::cancel);
        RestoreConfirmation.follow(safeguards.backups(), owner);
    }
}
