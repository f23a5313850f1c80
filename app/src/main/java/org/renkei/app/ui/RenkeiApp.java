package org.renkei.app.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class RenkeiApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("連携デスク");
        stage.setScene(new Scene(new Label("連携デスク"), 1100, 720));
        stage.show();
    }
}
