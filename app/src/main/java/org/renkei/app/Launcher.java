package org.renkei.app;

import javafx.application.Application;
import org.renkei.app.cli.RenkeiCommand;
import org.renkei.app.ui.RenkeiApp;

/**
 * Single entry point of the jar: no arguments opens the window, anything else runs the headless CLI.
 * Deliberately not a subclass of {@link Application}, so it works with JavaFX on the plain classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(RenkeiApp.class, args);
        } else {
            System.exit(RenkeiCommand.run(args));
        }
    }
}
