package org.renkei.app.ui.main;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.search.ResultRow;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.ShownWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The production wiring end to end: an empty H2 folder, the window loads the bundled real sample (583 Tokyo
 * hospitals, MHLW ナビイ 2025-06-01), the real vocabulary completes 「ひふ」, the real gazetteer places the
 * address, and the nearest real hospital offering 皮膚科 comes first.
 */
@ExtendWith(ApplicationExtension.class)
class RealSampleWindowGuiTest {
    @TempDir
    Path folder;
    private Database db;
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        db = Database.open(folder, TestPassword.chars());
        shown = ShownWindow.show(stage, db, AppServices.production(db), new FakeDialogs(), true);
    }

    @AfterEach
    void tearDown() {
        shown.close();
    }

    @Test
    void dermatologyNearFuchuFindsInagiMunicipalHospitalFirst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "登録施設 583 件".equals(label(robot, "#facilityCountLabel")));
        robot.clickOn("#departmentField").write("ひふ").type(KeyCode.ENTER);
        robot.clickOn("#addressField").write("東京都府中市宮西町２丁目");
        robot.clickOn("#searchButton");

        TableView<ResultRow> table = robot.lookup("#resultsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("稲城市立病院", table.getItems().get(0).name());
        assertEquals("2.64", table.getItems().get(0).distance().text());
        assertEquals("位置: 東京都府中市宮西町二丁目（町丁目レベル）", label(robot, "#geocodeLabel"));
    }

    private static String label(FxRobot robot, String id) {
        Label l = robot.lookup(id).queryAs(Label.class);
        return l == null ? null : l.getText();
    }
}
