package org.renkei.app.ui.fields;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** Shows a {@link GeocodeFeedback} in a label, coloured by its kind (style classes ok / approximate / not-found). */
public final class GeocodeLabel {
    private GeocodeLabel() {
    }

    public static void bind(Label label, ObservableValue<GeocodeFeedback> feedback) {
        label.textProperty().bind(Bindings.createStringBinding(() -> feedback.getValue().text(), feedback));
        feedback.addListener((obs, old, fb) -> {
            label.getStyleClass().removeAll("ok", "approximate", "not-found");
            switch (fb.kind()) {
                case OK -> label.getStyleClass().add("ok");
                case APPROXIMATE -> label.getStyleClass().add("approximate");
                case NOT_FOUND -> label.getStyleClass().add("not-found");
                default -> { }
            }
        });
    }
}
