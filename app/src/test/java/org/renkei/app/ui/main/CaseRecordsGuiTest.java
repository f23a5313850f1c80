package org.renkei.app.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.export.map.MapPin;
import org.renkei.app.ui.map.MapPane;
import org.renkei.app.ui.records.CaseRow;
import org.renkei.app.ui.records.DestinationRow;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.ShownWindow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From plan to paper through the window, on the production wiring over an H2 file holding the bundled real sample:
 * the case screen finds and chooses a plan, the editor stores a fictional patient's case, the 紹介記録 tab shows it,
 * a destination is marked 送付済, and the letters are written to a folder (the chooser answered by a fake).
 */
@ExtendWith(ApplicationExtension.class)
class CaseRecordsGuiTest {
    @TempDir
    Path folder;
    private Database db;
    private ShownWindow shown;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        db = Database.open(SampleStore.copyTo(folder.resolve("db")), TestPassword.chars());
        shown = ShownWindow.show(stage, db, AppServices.production(db), dialogs, true);
        window = shown.window();
    }

    @AfterEach
    void tearDown() {
        shown.close();
    }

    @Test
    void aChosenPlanBecomesACaseWhoseStatusChangesAndWhoseLettersAreWritten(FxRobot robot) throws Exception {
        waitFor(() -> "登録施設 583 件".equals(text(robot, "#facilityCountLabel")));
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(Node.class));
        robot.clickOn("#caseDepartmentField").write("ないか").type(KeyCode.ENTER).write("ひふ").type(KeyCode.ENTER);
        robot.clickOn("#caseAddressField").write("東京都府中市宮西町２丁目");
        assertTrue(robot.lookup("#createRecordButton").query().isDisabled(), "no plan chosen yet");
        robot.clickOn("#findButton");
        waitFor(() -> !robot.lookup(".plan-card").queryAll().isEmpty());
        clickThePinOfTheBestPlan(robot);
        Node card = robot.lookup(".plan-card").nth(0).queryAs(Node.class);
        robot.clickOn(robot.from(card).lookup(".plan-choose").queryButton());
        robot.clickOn("#createRecordButton");

        waitFor(() -> robot.lookup("#patientIdField").tryQuery().isPresent());
        assertEquals("東京都府中市宮西町２丁目", robot.lookup("#patientAddressField").queryAs(TextField.class).getText());
        assertEquals("必須です", text(robot, "#patientIdError"));
        assertTrue(robot.lookup("#editorSaveButton").query().isDisabled());
        Node idField = robot.lookup("#patientIdField").query();
        assertTrue(idField.getStyleClass().contains("invalid"), "a required field is marked");
        robot.clickOn("#patientIdField").write("P-9001").type(KeyCode.ENTER);
        assertTrue(!idField.getStyleClass().contains("invalid") && !robot.lookup("#patientIdError").query().isVisible());
        assertTrue(robot.lookup("#patientNameField").query().isFocused(), "Enter goes to the next field");
        robot.write("府中 花子").type(KeyCode.ENTER).write("フチュウ ハナコ");
        robot.clickOn("#birthDatePicker").write("1948/04/02");
        robot.clickOn("#diagnosesArea").write("2型糖尿病");
        saveSnapshot(Path.of("target/screenshots/case-editor.png"));
        robot.clickOn("#editorSaveButton");

        TableView<CaseRow> cases = robot.lookup("#casesTable").queryTableView();
        waitFor(() -> cases.getItems().size() == 1 && robot.lookup("#patientIdField").tryQuery().isEmpty());
        assertEquals("P-9001", cases.getSelectionModel().getSelectedItem().patientId());
        assertEquals("府中 花子（フチュウ ハナコ）", text(robot, "#recordTitleLabel"));
        TableView<DestinationRow> destinations = robot.lookup("#destinationsTable").queryTableView();
        DestinationRow first = destinations.getItems().get(0);
        assertEquals("稲城市立病院", first.name(), "the nearest real hospital with 内科 and 皮膚科");
        assertEquals("下書き", first.status());

        robot.clickOn("#changeStatusButton");
        waitFor(() -> robot.lookup("#statusSaveButton").tryQuery().isPresent());
        robot.clickOn("#statusNoteField").write("FAXで送付");
        saveSnapshot(Path.of("target/screenshots/status-change.png"));
        robot.clickOn("#statusSaveButton");
        waitFor(() -> "送付済".equals(destinations.getItems().get(0).status()));
        assertEquals(2, robot.lookup("#historyList").queryListView().getItems().size());

        Path letters = folder.resolve("letters");
        dialogs.folderToChoose = letters;
        robot.clickOn("#exportLettersButton");
        waitFor(() -> dialogs.opened.size() == 1);
        List<String> names;
        try (Stream<Path> files = Files.list(letters)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        long caseId = cases.getItems().get(0).caseId();
        assertEquals(List.of("紹介状_" + caseId + "_1_稲城市立病院.docx", "紹介状_" + caseId + "_1_稲城市立病院.pdf"), names);
        assertEquals(letters.resolve(names.get(1)), dialogs.opened.get(0));
        try (PDDocument pdf = Loader.loadPDF(letters.resolve(names.get(1)).toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("府中 花子"), text);
            assertTrue(text.contains("稲城市立病院"), text);
        }

        MapPane recordMap = robot.lookup("#recordMap").queryAs(MapPane.class);
        assertEquals(List.of("稲城市立病院"), recordMap.viewModel().sceneProperty().get().pins().stream()
                .map(MapPin::name).toList(), "the case's destinations on its map");
        Path handout = folder.resolve("handout").resolve("案内図.pdf");
        dialogs.fileToSave = handout;
        robot.clickOn("#exportHandoutButton");
        waitFor(() -> dialogs.opened.size() == 2);
        assertEquals(handout, dialogs.opened.get(1));
        try (PDDocument pdf = Loader.loadPDF(handout.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("通院先のご案内") && text.contains("稲城市立病院"), text);
        }
        assertTrue(text(robot, "#lettersMessageLabel").startsWith("案内図を出力しました"));
        saveSnapshot(Path.of("target/screenshots/records-with-map.png"));
        assertEquals(List.of(), dialogs.errors);
    }

    /** The case screen's map shows the best plan; clicking its pin opens the clinic in the detail pane. */
    private void clickThePinOfTheBestPlan(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#caseMap").tryQuery().isPresent());
        MapPane map = robot.lookup("#caseMap").queryAs(MapPane.class);
        waitFor(() -> map.viewModel().pictureProperty().get() != null);
        List<MapPin> pins = map.viewModel().sceneProperty().get().pins();
        assertEquals("稲城市立病院", pins.get(0).name(), "the best plan's clinic, numbered 1");
        assertEquals(1, pins.get(0).number());
        assertTrue(map.viewModel().sceneProperty().get().home() != null, "the patient's home is on the map");
        java.awt.geom.Point2D at = map.viewModel().viewportProperty().get().project(pins.get(0).at());
        Node surface = robot.lookup("#mapSurface").match(n -> map.getChildren().contains(n)).query();
        robot.clickOn(surface.localToScreen(at.getX() + 2, at.getY() + 2));
        assertEquals(1, map.selectedProperty().get());
        waitFor(() -> "稲城市立病院".equals(window.viewModel().casework().detail().titleProperty().get()));
        saveSnapshot(Path.of("target/screenshots/case-with-map.png"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !window.viewModel().casework().detail().shownProperty().get());
    }

    /** Keeps a picture of the newest window (the dialog) for humans reviewing the build. */
    private static void saveSnapshot(Path file) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows()
                .stream().filter(javafx.stage.Window::isShowing).reduce((a, b) -> b).orElseThrow()
                .getScene().snapshot(null)).get();
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    private static String text(FxRobot robot, String id) {
        Label l = robot.lookup(id).queryAs(Label.class);
        return l == null ? null : l.getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
