package org.renkei.app.ui.backup;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.start.PasswordDialogs;

import java.util.function.Supplier;

/**
 * Asks, while {@link BackupViewModel#pendingRestoreProperty()} holds a checked backup, whether to replace; and the
 * backup's own password while {@link BackupViewModel#passwordPromptProperty()} asks for it.
 */
public final class RestoreConfirmation {
    private RestoreConfirmation() {
    }

    public static void follow(BackupViewModel vm, Supplier<Window> owner) {
        vm.passwordPromptProperty().addListener((obs, old, question) -> {
            if (question != null) {
                javafx.application.Platform.runLater(() -> PasswordDialogs.ask(question, owner.get()).showAndWait());
            }
        });
        vm.pendingRestoreProperty().addListener((obs, old, staged) -> {
            if (staged == null) {
                return;
            }
            ButtonType replace = new ButtonType(Messages.get("backup.restore.confirm.ok"), ButtonBar.ButtonData.OK_DONE);
            ButtonType keep = new ButtonType(Messages.get("backup.restore.confirm.cancel"),
                    ButtonBar.ButtonData.CANCEL_CLOSE);
            String text = Messages.get("backup.restore.confirm.message", staged.counts().describe());
            if (staged.otherPassword()) {
                text += "\n\n" + Messages.get("backup.restore.confirm.password");
            }
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, replace, keep);
            alert.setHeaderText(Messages.get("backup.restore.confirm.header"));
            alert.setTitle(Messages.get("backup.restore.title"));
            if (owner.get() != null) {
                alert.initOwner(owner.get());
            }
            // shown after this change has been handled: the dialog waits, and the answer changes the property again
            javafx.application.Platform.runLater(() -> {
                if (alert.showAndWait().filter(replace::equals).isPresent()) {
                    vm.confirmRestore();
                } else {
                    vm.cancelRestore();
                }
            });
        });
    }
}
