package org.renkei.app.ui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The OK and キャンセル buttons of the app's dialogs, in Japanese whatever the JVM's locale (JavaFX's own
 * {@link ButtonType#OK} / {@link ButtonType#CANCEL} follow the locale and show "Cancel" on an English system).
 */
public final class DialogButtons {
    public static final ButtonType OK = new ButtonType(Messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType(Messages.get("dialog.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);

    private DialogButtons() {
    }
}
