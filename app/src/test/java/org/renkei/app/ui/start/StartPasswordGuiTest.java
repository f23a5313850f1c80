package org.renkei.app.ui.start;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assumptions;
import org.renkei.app.store.Database;
import org.renkei.app.store.DatabaseLocation;
import org.renkei.app.store.StoreKind;
import org.renkei.app.store.TestDatabase;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.start.StartPasswordViewModel.Outcome;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start dialog driven by the keyboard: a wrong password three times (Enter = OK) closes it. */
@ExtendWith(ApplicationExtension.class)
class StartPasswordGuiTest {
    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        // The dialog is shown by each test; the extension only needs the toolkit.
    }

    @Test
    void threeWrongPasswordsCloseTheDialog(FxRobot robot) throws Exception {
        Path folder = tmp.resolve("db");
        Database.open(folder, TestPassword.chars()).close();
        StartPasswordViewModel vm = new StartPasswordViewModel(folder, false, p -> Database.open(folder, p),
                new SameThreadTaskRunner());
        Dialog<ButtonType>[] dialog = new Dialog[1];
        Platform.runLater(() -> {
            dialog[0] = PasswordDialogs.start(vm);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#passwordField").write("wrong-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("パスワードが違います。あと 2 回入力できます。",
                robot.lookup("#passwordMessage").queryAs(Label.class).getText());
        robot.write("wrong-2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("wrong-3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Outcome.GAVE_UP, vm.outcomeProperty().get());
        assertFalse(dialog[0].isShowing());
    }

    @Test
    void theSharedDatabasePasswordIsTypedUntilTheLoginWorks(FxRobot robot) {
        try (TestDatabase place = StoreKind.POSTGRESQL.create(tmp)) {
            String right = System.getenv(StoreKind.ENV_PASSWORD);
            Assumptions.assumeTrue(right != null, "the test server has no password");
            String where = DatabaseLocation.resolve(place.url(), Map.of(), tmp).describe();
            StartPasswordViewModel vm = new StartPasswordViewModel(where,
                    p -> Database.openServer(place.url(), System.getenv(StoreKind.ENV_USER), p),
                    new SameThreadTaskRunner());
            Dialog<ButtonType>[] dialog = new Dialog[1];
            Platform.runLater(() -> {
                dialog[0] = PasswordDialogs.start(vm);
                dialog[0].show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("共有データベースにログインするパスワードを入力してください", dialog[0].getHeaderText());
            robot.clickOn("#passwordField").write("wrong-1").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            String message = robot.lookup("#passwordMessage").queryAs(Label.class).getText();
            assertTrue(message.contains(where) && message.contains("あと 2 回"), message);
            robot.write(right).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Outcome.OPENED, vm.outcomeProperty().get());
            assertFalse(dialog[0].isShowing());
            vm.database().close();
        }
    }
}
