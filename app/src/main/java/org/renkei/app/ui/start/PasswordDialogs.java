package org.renkei.app.ui.start;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import org.renkei.app.ui.common.DialogButtons;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.renkei.app.ui.common.Messages;

/**
 * The password dialogs, built in code and bound to their view models. Enter is OK; OK keeps the dialog open
 * while the view model works and the dialog closes when the view model says it is over.
 */
public final class PasswordDialogs {
    private PasswordDialogs() {
    }

    /** The start dialog for {@code vm} (not shown yet); it closes when the outcome is no longer ASKING. */
    public static Dialog<ButtonType> start(StartPasswordViewModel vm) {
        boolean creating = vm.creating();
        Form form = vm.forServer() ? new Form("password.server.title", "password.server.header")
                : new Form(creating ? "password.start.title.new" : "password.start.title",
                creating ? "password.start.header.new" : "password.start.header");
        form.intro(vm.intro());
        PasswordField first = form.field("passwordField",
                creating ? "password.field.new" : "password.field.password", vm.passwordProperty());
        if (creating) {
            form.field("confirmationField", "password.field.confirmation", vm.confirmationProperty());
        }
        form.finish(vm.messageProperty(), vm.busyProperty(), vm::submit, first);
        vm.outcomeProperty().addListener((obs, old, now) -> {
            if (now != StartPasswordViewModel.Outcome.ASKING) {
                form.dialog.setResult(DialogButtons.OK);
                form.dialog.close();
            }
        });
        form.dialog.setOnHidden(e -> vm.cancel());
        return form.dialog;
    }

    /** The change dialog for {@code vm}; it closes once the password is changed. */
    public static Dialog<ButtonType> change(ChangePasswordViewModel vm, Window owner) {
        Form form = new Form("password.change.title", "password.change.header");
        PasswordField first = form.field("currentPasswordField", "password.field.current", vm.currentProperty());
        form.field("newPasswordField", "password.field.new", vm.nextProperty());
        form.field("confirmationField", "password.field.confirmation", vm.confirmationProperty());
        form.finish(vm.messageProperty(), vm.busyProperty(), vm::submit, first);
        vm.doneProperty().addListener((obs, old, done) -> {
            if (done) {
                form.dialog.setResult(DialogButtons.OK);
                form.dialog.close();
            }
        });
        if (owner != null) {
            form.dialog.initOwner(owner);
        }
        return form.dialog;
    }

    /** The dialog for another question (a backup's password); it closes once {@code q} is over. */
    public static Dialog<ButtonType> ask(PasswordQuestion q, Window owner) {
        Form form = new Form(null, null);
        form.dialog.setTitle(q.title());
        form.dialog.setHeaderText(q.header());
        form.intro(q.intro());
        PasswordField field = form.field("passwordField", "password.field.password", q.passwordProperty());
        form.finish(q.messageProperty(), q.busyProperty(), q::submit, field);
        q.overProperty().addListener((obs, old, over) -> {
            if (over) {
                form.dialog.setResult(DialogButtons.OK);
                form.dialog.close();
            }
        });
        form.dialog.setOnHidden(e -> q.cancel());
        if (owner != null) {
            form.dialog.initOwner(owner);
        }
        return form.dialog;
    }

    /** A dialog with a column of labelled password fields and a message line. */
    private static final class Form {
        private final Dialog<ButtonType> dialog = new Dialog<>();
        private final GridPane grid = new GridPane();
        private int row;

        Form(String titleKey, String headerKey) {
            if (titleKey != null) {
                dialog.setTitle(Messages.get(titleKey));
                dialog.setHeaderText(Messages.get(headerKey));
            }
            grid.setHgap(10);
            grid.setVgap(8);
        }

        void intro(String text) {
            Label intro = new Label(text);
            intro.setWrapText(true);
            intro.setMaxWidth(440);
            grid.add(intro, 0, row++, 2, 1);
        }

        PasswordField field(String id, String labelKey, StringProperty value) {
            PasswordField field = new PasswordField();
            field.setId(id);
            field.setPrefColumnCount(24);
            field.textProperty().bindBidirectional(value);
            Label label = new Label(Messages.get(labelKey));
            label.setLabelFor(field);
            grid.addRow(row++, label, field);
            return field;
        }

        void finish(ReadOnlyStringProperty message, ReadOnlyBooleanProperty busy, Runnable submit, PasswordField first) {
            Label line = new Label();
            line.setId("passwordMessage");
            line.setWrapText(true);
            line.setMaxWidth(440);
            line.textProperty().bind(message);
            grid.add(line, 0, row++, 2, 1);
            dialog.getDialogPane().setContent(grid);
            dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.OK, DialogButtons.CANCEL);
            Button ok = (Button) dialog.getDialogPane().lookupButton(DialogButtons.OK);
            ok.setId("passwordOk");
            ok.disableProperty().bind(busy);
            ok.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                submit.run();
                first.requestFocus();
            });
            dialog.getDialogPane().lookupButton(DialogButtons.CANCEL).disableProperty().bind(busy);
            // Closing by the view model sets OK first; anything else waits while the work runs.
            dialog.setOnCloseRequest(e -> {
                if (busy.get() && dialog.getResult() != DialogButtons.OK) {
                    e.consume();
                }
            });
            dialog.setOnShown(e -> Platform.runLater(first::requestFocus));
        }
    }
}
