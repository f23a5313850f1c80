package org.renkei.app.ui.share;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.renkei.app.ui.common.DialogWindows;

import java.util.function.Supplier;

/** Binds ファイル → 連携情報を書き出す… / 連携情報を取り込む… and the preview dialog to the sharing view model. */
public final class ShareMenus {
    private ShareMenus() {
    }

    /** @param vm null: sharing is off (the items are hidden) */
    public static void bind(ShareViewModel vm, Supplier<Window> owner, MenuItem exportItem, MenuItem importItem) {
        if (vm == null) {
            exportItem.setVisible(false);
            importItem.setVisible(false);
            return;
        }
        exportItem.setOnAction(e -> vm.export());
        importItem.setOnAction(e -> vm.chooseImport());
        exportItem.disableProperty().bind(vm.busyProperty());
        importItem.disableProperty().bind(vm.busyProperty());
        DialogWindows.follow(vm.previewProperty(), SharePreviewView::load,
                p -> new SimpleStringProperty(p.title()), owner, SharePreviewViewModel::cancel);
    }
}
