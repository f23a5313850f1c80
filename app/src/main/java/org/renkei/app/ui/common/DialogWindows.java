package org.renkei.app.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Dialogs driven by view models: while a view model sits in a slot property, a modal window over the owner shows
 * its view; clearing the slot closes the window. The window's close box asks the view model to cancel.
 */
public final class DialogWindows {
    private DialogWindows() {
    }

    /**
     * @param view   builds the dialog's content for a view model (loads its FXML)
     * @param title  the window title of a view model
     * @param cancel what the close box does (the view model's cancel, which empties the slot)
     */
    public static <T> void follow(ObservableValue<T> slot, Function<T, Parent> view,
                                  Function<T, ObservableStringValue> title, Supplier<Window> owner, Consumer<T> cancel) {
        Stage[] open = new Stage[1];
        slot.addListener((obs, old, vm) -> {
            if (open[0] != null) {
                Stage closing = open[0];
                open[0] = null;
                closing.hide();
            }
            if (vm != null) {
                open[0] = show(view.apply(vm), title.apply(vm), owner.get(), () -> cancel.accept(vm));
            }
        });
    }

    private static Stage show(Parent content, ObservableStringValue title, Window owner, Runnable cancel) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.titleProperty().bind(title);
        Scene scene = new Scene(content);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            cancel.run();
        });
        stage.show();
        return stage;
    }
}
