package org.renkei.app.ui.audit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.common.FxTaskRunner;
import org.renkei.app.ui.main.AppServices;
import org.renkei.app.ui.main.MainWindow;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.UncaughtCollector;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff name in the real window's status bar, 設定 → 操作記録… with its table, and the staff dialog's Enter. */
@ExtendWith(ApplicationExtension.class)
class SafeguardsGuiTest {
    @TempDir
    static Path folder;
    private Database db;
    private FxTaskRunner runner;
    private final UncaughtCollector uncaught = new UncaughtCollector();
    private Safeguards safeguards;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = Database.open(folder.resolve("db-" + System.nanoTime()), TestPassword.chars());
        uncaught.watchFxThread();
        runner = new FxTaskRunner(uncaught);
        FakeDialogs dialogs = new FakeDialogs();
        safeguards = new Safeguards(db, f -> Database.open(f, TestPassword.chars()), "鈴木", vm -> Optional.empty(), runner, dialogs,
                Clock.systemDefaultZone(), () -> { });
        safeguards.log().caseViewed(42);
        MainWindow window = MainWindow.create(safeguards.audited(AppServices.production(db)), runner, dialogs,
                safeguards);
        window.show(stage);
    }

    @AfterEach
    void tearDown() {
        runner.close();
        db.close();
        uncaught.assertNone();
    }

    @Test
    void theStatusBarNamesTheStaffAndTheAuditViewerListsTodaysEntries(FxRobot robot) throws Exception {
        assertEquals("担当: 鈴木", robot.lookup("#staffLabel").queryAs(Label.class).getText());
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "auditMenuItem".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#auditTable").tryQuery().isPresent()
                        && !robot.lookup("#auditTable").queryTableView().getItems().isEmpty());
        TableView<AuditRow> table = robot.lookup("#auditTable").queryTableView();
        assertEquals(List.of("日時", "担当者", "操作", "対象", "内容"),
                table.getColumns().stream().map(c -> c.getText()).toList());
        AuditRow row = table.getItems().get(0);
        assertEquals(List.of("鈴木", "ケース閲覧", "ケース 42"), List.of(row.staff(), row.action(), row.target()));
        assertEquals("1 件", robot.lookup("#auditMessageLabel").queryAs(Label.class).getText());
    }

    @Test
    void enterInTheStaffFieldIsOk(FxRobot robot) throws Exception {
        StaffViewModel vm = new StaffViewModel(List.of("田中", "鈴木"), "");
        @SuppressWarnings("unchecked")
        Dialog<String>[] dialog = new Dialog[1];
        robot.interact(() -> {
            dialog[0] = StaffDialog.create(vm, stage);
            dialog[0].show();
        });
        ComboBox<?> combo = robot.lookup("#staffNameCombo").queryAs(ComboBox.class);
        assertEquals(List.of("田中", "鈴木"), List.copyOf(combo.getItems()), "the names used before");
        assertTrue(robot.lookup("#staffOkButton").query().isDisabled(), "no name, no OK");
        robot.clickOn(combo.getEditor()).write("Sato").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog[0].isShowing());
        assertEquals("Sato", dialog[0].getResult());
    }
}
