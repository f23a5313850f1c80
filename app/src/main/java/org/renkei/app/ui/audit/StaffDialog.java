package org.renkei.app.ui.audit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import org.renkei.app.ui.common.DialogButtons;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.renkei.app.ui.common.Messages;

import java.util.Optional;

/** The staff-name dialog: an editable list of the names used before; Enter is OK. Bound to {@link StaffViewModel}. */
public final class StaffDialog {
    private StaffDialog() {
    }

    /** Builds the dialog (not shown). */
    public static Dialog<String> create(StaffViewModel vm, Window owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("staff.title"));
        dialog.setHeaderText(Messages.get("staff.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ComboBox<String> names = new ComboBox<>(vm.namesProperty());
        names.setId("staffNameCombo");
        names.setEditable(true);
        names.setPrefWidth(280);
        names.getEditor().textProperty().bindBidirectional(vm.textProperty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        VBox content = new VBox(8, new Label(Messages.get("staff.label")), names, error);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.OK, DialogButtons.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(DialogButtons.OK);
        ok.setId("staffOkButton");
        ok.disableProperty().bind(vm.acceptableProperty().not());
        // Enter in the field is OK (an editable combo box would otherwise keep the key to itself)
        names.getEditor().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !names.isShowing() && !ok.isDisabled()) {
                e.consume();
                ok.fire();
            }
        });
        dialog.setResultConverter(button -> button == DialogButtons.OK ? vm.accept().orElse(null) : null);
        Platform.runLater(names.getEditor()::requestFocus);
        return dialog;
    }

    /** Shows the dialog and waits; the name chosen, or empty when cancelled. */
    public static Optional<String> ask(StaffViewModel vm, Window owner) {
        return create(vm, owner).showAndWait();
    }
}
