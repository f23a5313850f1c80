package org.renkei.app.ui.importing.mapping;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.main.AppServices;
import org.renkei.app.ui.main.MainWindow;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.ShownWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production window on an empty H2 folder (no sample): a real office list of unknown format is rejected, the
 * result offers the column mapping, the robot maps columns in the dialog and imports the 34 hospitals.
 */
@ExtendWith(ApplicationExtension.class)
class MappingGuiTest {
    private static final Path XLSX = Path.of("..", "data-import", "src", "test", "resources", "data",
            "皮膚科・整形外科 逆紹介先リスト.xlsx");

    @TempDir
    Path folder;
    private Database db;
    private ShownWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        db = Database.open(folder, TestPassword.chars());
        AppServices p = AppServices.production(db);
        AppServices noSample = new AppServices(p.searcher(), p.lookup(), p.stats(), p.importer(), p.suggester(),
                p.locator(), p.matcher(), p.records(), null, p.warmUp(), p.links());
        shown = ShownWindow.show(stage, db, noSample, new FakeDialogs(), true);
        window = shown.window();
    }

    @AfterEach
    void tearDown() {
        shown.close();
    }

    @Test
    void anUnknownListIsMappedInTheDialogAndImported(FxRobot robot) throws Exception {
        waitFor(() -> "登録施設 0 件".equals(text(robot, "#facilityCountLabel")));
        robot.interact(() -> window.viewModel().importFiles(List.of(XLSX)));
        waitFor(() -> robot.lookup("#mapColumnsButton").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(text(robot, "#rejectionsLabel").contains("列を対応付けて取り込む…"), text(robot, "#rejectionsLabel"));
        robot.clickOn("#mapColumnsButton");

        waitFor(() -> robot.lookup("#previewTable").tryQuery().isPresent()
                && !robot.lookup("#previewTable").queryTableView().getItems().isEmpty());
        TableView<?> preview = robot.lookup("#previewTable").queryTableView();
        assertEquals(8, preview.getColumns().size(), "行 + columns A–G");
        assertEquals("逆紹介先", robot.lookup("#sheetBox").queryAs(ComboBox.class).getValue());
        Spinner<?> headerRow = robot.lookup("#headerRowSpinner").queryAs(Spinner.class);
        assertEquals(4, headerRow.getValue());
        System.gc(); // the spinner's bindings must survive a collection
        robot.interact(() -> window.viewModel().mapping().headerRowProperty().set(3));
        assertEquals(3, headerRow.getValue());
        robot.interact(() -> headerRow.getValueFactory().increment(1));
        assertEquals(4, window.viewModel().mapping().headerRowProperty().get());

        ComboBox<?> kana = robot.lookup("#kanaColumnBox").queryAs(ComboBox.class);
        assertEquals("C: フリガナ", String.valueOf(kana.getValue()));
        robot.clickOn("#kanaColumnBox").clickOn("（使わない）");
        waitFor(() -> "（使わない）".equals(String.valueOf(kana.getValue())));
        robot.clickOn("#kanaColumnBox").clickOn("C: フリガナ");
        waitFor(() -> "C: フリガナ".equals(String.valueOf(kana.getValue())));
        ComboBox<?> address = robot.lookup("#addressColumnBox").queryAs(ComboBox.class);
        assertEquals("E: 所在地", String.valueOf(address.getValue()));

        TextField source = robot.lookup("#sourceNameField").queryAs(TextField.class);
        robot.interact(source::clear);
        Button importButton = robot.lookup("#importButton").queryButton();
        waitFor(importButton::isDisabled);
        assertEquals("取込元の名前（例: 内科リスト）を入力してください。", text(robot, "#mappingMessageLabel"));
        robot.clickOn("#sourceNameField").write("皮膚科リスト");
        waitFor(() -> !importButton.isDisabled());
        saveSnapshot(robot, "#previewTable", Path.of("target/screenshots/mapping-dialog.png"));

        robot.clickOn("#importButton");
        waitFor(() -> robot.lookup("#summaryLabel").tryQuery().map(Node::isVisible).orElse(false)
                && text(robot, "#summaryLabel").startsWith("1 / 1 ファイルを取り込みました"));
        assertEquals("1 / 1 ファイルを取り込みました（追加 34・更新 0・変更なし 0・廃止 0）", text(robot, "#summaryLabel"));
        assertEquals("問題 13 件", text(robot, "#problemsTitle"));
        robot.clickOn("#closeButton");
        waitFor(() -> "登録施設 34 件".equals(text(robot, "#facilityCountLabel")));
        waitFor(() -> text(robot, "#sourcesLabel").startsWith("皮膚科リスト（独自の一覧）: "));
    }

    /** Keeps a picture of the window holding {@code query} for humans reviewing the build. */
    private static void saveSnapshot(FxRobot robot, String query, Path file) throws Exception {
        Window w = robot.lookup(query).query().getScene().getWindow();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> w.getScene().snapshot(null)).get();
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
