package org.renkei.app.ui.main;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.GeoMath;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.search.SearchService;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.DepartmentRepository;
import org.renkei.app.store.FacilityRepository;
import org.renkei.app.ui.casework.CaseMatcher;
import org.renkei.app.ui.detail.HoursRow;
import org.renkei.app.importing.FileReport;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService.Planned;
import org.renkei.app.ui.importing.FileImporter;
import org.renkei.app.ui.importing.ImportViewModel;
import org.renkei.app.ui.importing.ProblemRow;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.app.ui.records.RecordServices;
import org.renkei.app.ui.search.ResultRow;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.FakeSuggester;
import org.renkei.app.ui.testing.ShownWindow;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.renkei.app.ui.testing.Facilities.record;

/** The real main window on a real H2 store (filled through the repositories), driven by the robot. */
@ExtendWith(ApplicationExtension.class)
class MainWindowGuiTest {
    private static final double LAT = 35.6700;
    private static final double LNG = 139.4780;
    private static final double NEAR_LAT = 35.6712;
    private static final double NEAR_LNG = 139.4801;

    @TempDir
    Path folder;
    private Database db;
    private ShownWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(folder, TestPassword.chars());
        DepartmentEntry dermWithHours = new DepartmentEntry("皮膚科", "皮膚科", null, List.of(
                new OpeningHours(ServiceDay.MON, 1, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                new OpeningHours(ServiceDay.MON, 2, LocalTime.of(14, 0), LocalTime.of(18, 0))));
        insert(record("A", "宮西皮膚科クリニック", NEAR_LAT, NEAR_LNG).withDepartments(
                List.of(dermWithHours, DepartmentEntry.of("内科", "内科"))));
        insert(record("B", "けやき通り皮フ科", 35.6900, 139.5000, "皮膚科"));
        insert(record("C", "府中内科医院", 35.6701, 139.4781, "内科"));
        insert(record("D", "青梅皮膚科", 35.7880, 139.2750, "皮膚科"));

        SearchService search = new SearchService(db);
        FacilityService facilities = new FacilityService(db);
        FileImporter importer = new FileImporter() {
            @Override
            public List<Planned> plan(List<Path> files) {
                return files.stream().map(f -> new Planned(f, null)).toList();
            }

            @Override
            public FileReport importFile(Planned p, ImportListener l) {
                l.rowsRead(10, -1);
                return new FileReport(p.file().getFileName().toString(), "mhlw-facility", 10, 0, 0, 10, 0,
                        List.of(new ImportProblem("tokyo.csv", "", 7, "電話番号", "電話番号の形式が不正です。")));
            }
        };
        GeocodeResult fuchu = new GeocodeResult(LAT, LNG, Precision.TOWN, "東京都府中市宮西町二丁目", "東京都", "府中市",
                "宮西町二丁目", "13206");
        AppServices services = new AppServices(search::search, facilities::byId, facilities::stats, importer,
                new FakeSuggester(), address -> address.contains("府中市") ? fuchu : GeocodeResult.none(),
                CaseMatcher.of(facilities::allActiveWithDepartments, () -> null), RecordServices.production(db), null,
                () -> { });
        shown = ShownWindow.show(stage, db, services, new FakeDialogs(), true);
        window = shown.window();
    }

    @AfterEach
    void tearDown() {
        shown.close();
    }

    @Test
    void dermatologyNearFuchuListsTheNearestClinicFirst(FxRobot robot) throws Exception {
        waitFor(() -> "登録施設 4 件".equals(label(robot, "#facilityCountLabel")));
        robot.clickOn("#departmentField").write("ひふ").type(KeyCode.ENTER);
        assertEquals(1, robot.lookup(".chip").queryAll().size());
        robot.clickOn("#addressField").write("東京都府中市宮西町２丁目");
        robot.clickOn("#searchButton");

        TableView<ResultRow> table = robot.lookup("#resultsTable").queryTableView();
        waitFor(() -> !table.getItems().isEmpty());
        ResultRow first = table.getItems().get(0);
        assertEquals("宮西皮膚科クリニック", first.name());
        assertEquals(String.format(Locale.ROOT, "%.2f", GeoMath.km(LAT, LNG, NEAR_LAT, NEAR_LNG)), first.distance().text());
        assertEquals("けやき通り皮フ科", table.getItems().get(1).name());
        assertEquals("2 件", label(robot, "#countLabel"));
        assertEquals("位置: 東京都府中市宮西町二丁目（町丁目レベル）", label(robot, "#geocodeLabel"));
    }

    @Test
    void doubleClickOpensTheDetailWithHours(FxRobot robot) throws Exception {
        waitFor(() -> "登録施設 4 件".equals(label(robot, "#facilityCountLabel")));
        robot.clickOn("#nameField").write("宮西").type(KeyCode.ENTER);
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryTableView();
        waitFor(() -> table.getItems().size() == 1);

        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class), MouseButton.PRIMARY);
        waitFor(() -> "宮西皮膚科クリニック".equals(label(robot, "#titleLabel")));
        TableView<HoursRow> hours = robot.lookup("#hoursTable").queryTableView();
        waitFor(() -> hours.getItems().size() == 2);
        assertEquals("09:00–12:30 / 14:00–18:00", hours.getItems().get(0).hours(ServiceDay.MON));
        assertTrue(robot.lookup(".field-value").queryAll().size() >= 17);
        saveSnapshot(robot, Path.of("target/screenshots/main-window-detail.png"));

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !window.viewModel().detail().shownProperty().get());
        assertTrue(robot.lookup("#titleLabel").tryQuery().isEmpty(), "the pane left the window");
        assertTrue(table.isFocused(), "the focus is back on the results");
    }

    @Test
    void caseTabFindsTheOneClinicPlanAndChoosesIt(FxRobot robot) throws Exception {
        waitFor(() -> "登録施設 4 件".equals(label(robot, "#facilityCountLabel")));
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        robot.clickOn("#caseDepartmentField").write("ないか").type(KeyCode.ENTER).write("ひふ").type(KeyCode.ENTER);
        assertEquals(2, robot.lookup(".keep-toggle").queryAll().size());
        robot.clickOn("#caseAddressField").write("東京都府中市宮西町２丁目");
        robot.clickOn("#findButton");

        waitFor(() -> !robot.lookup(".plan-card").queryAll().isEmpty());
        javafx.scene.Node card = robot.lookup(".plan-card").nth(0).queryAs(javafx.scene.Node.class);
        assertEquals("案1", robot.from(card).lookup(".plan-title").queryAs(Label.class).getText());
        assertEquals("1か所", robot.from(card).lookup(".plan-count").queryAs(Label.class).getText());
        String km = String.format(Locale.ROOT, "%.2f", GeoMath.km(LAT, LNG, NEAR_LAT, NEAR_LNG));
        assertEquals("合計距離 " + km + " km", robot.from(card).lookup(".plan-total").queryAs(Label.class).getText());
        assertEquals(List.of("宮西皮膚科クリニック"), robot.from(card).lookup(".clinic-name").queryAll().stream()
                .map(n -> ((javafx.scene.control.Hyperlink) n).getText()).toList());
        assertEquals("内科・皮膚科", robot.from(card).lookup(".clinic-departments").queryAs(Label.class).getText());
        assertEquals(List.of("内科: 診療時間の情報なし", "皮膚科: 月 09:00–12:30 / 14:00–18:00"),
                robot.from(card).lookup(".clinic-hours").queryAll().stream().map(n -> ((Label) n).getText()).toList());
        javafx.scene.Node second = robot.lookup(".plan-card").nth(1).queryAs(javafx.scene.Node.class);
        assertEquals("2か所", robot.from(second).lookup(".plan-count").queryAs(Label.class).getText());
        assertTrue(label(robot, "#explanationLabel").startsWith("1か所で全科を受診できます"));
        assertEquals("位置: 東京都府中市宮西町二丁目（町丁目レベル）", label(robot, "#caseGeocodeLabel"));

        robot.clickOn(robot.from(card).lookup(".plan-choose").queryButton());
        waitFor(() -> robot.from(card).lookup(".plan-chosen").queryAs(Label.class).isVisible());
        assertEquals(1, window.viewModel().casework().chosenPlanProperty().get().number());
        assertTrue(card.getStyleClass().contains("chosen"));

        robot.clickOn(robot.from(card).lookup(".clinic-name").queryAs(javafx.scene.Node.class));
        waitFor(() -> "宮西皮膚科クリニック".equals(label(robot, "#titleLabel")));
        saveSnapshot(robot, Path.of("target/screenshots/main-window-case.png"));
    }

    /** Keeps a picture of the headless window for humans reviewing the build (fonts permitting). */
    private static void saveSnapshot(FxRobot robot, Path file) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> robot.listTargetWindows().get(0).getScene().snapshot(null)).get();
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    @Test
    void importShowsCountsAndProblemsThenCloses(FxRobot robot) throws Exception {
        waitFor(() -> "登録施設 4 件".equals(label(robot, "#facilityCountLabel")));
        robot.interact(() -> window.viewModel().importFiles(List.of(Path.of("tokyo.csv"))));
        waitFor(() -> robot.lookup("#summaryLabel").tryQuery().isPresent()
                && label(robot, "#summaryLabel").startsWith("1 / 1 ファイルを取り込みました"));
        TableView<ProblemRow> problems = robot.lookup("#problemsTable").queryTableView();
        assertEquals(new ProblemRow("tokyo.csv", "", "7", "電話番号", "電話番号の形式が不正です。"), problems.getItems().get(0));
        assertEquals("問題 1 件", label(robot, "#problemsTitle"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> window.viewModel().importing().phaseProperty().get() == ImportViewModel.Phase.IDLE);
        waitFor(() -> robot.lookup("#summaryLabel").tryQuery().isEmpty());

        robot.interact(() -> window.viewModel().importFiles(List.of(Path.of("tokyo.csv"))));
        waitFor(() -> robot.lookup("#closeButton").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && window.viewModel().importing().phaseProperty().get() == ImportViewModel.Phase.FINISHED);
        robot.clickOn("#closeButton");
        waitFor(() -> robot.lookup("#summaryLabel").tryQuery().isEmpty());
        assertEquals("登録施設 4 件", label(robot, "#facilityCountLabel"), "nothing changed: no refresh needed");
    }

    @Test
    void chipsAreRemovedFromTheKeyboardAndTheEmptyTableExplainsItself(FxRobot robot) throws Exception {
        waitFor(() -> "登録施設 4 件".equals(label(robot, "#facilityCountLabel")));
        assertEquals("条件を入力して「検索」を押してください", label(robot, "#resultsPlaceholder"));
        robot.clickOn("#departmentField").write("ないか").type(KeyCode.ENTER).write("ひふ").type(KeyCode.ENTER);
        assertEquals(2, robot.lookup(".chip").queryAll().size());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        javafx.scene.Node focused = robot.listTargetWindows().get(0).getScene().getFocusOwner();
        assertTrue(focused.getStyleClass().contains("chip-remove"), String.valueOf(focused));
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup(".chip").queryAll().size() == 1);
        assertEquals(List.of("内科"), window.viewModel().search().departmentPicker().departmentsProperty());
        assertTrue(robot.lookup("#departmentField").query().isFocused(), "the focus is back in the field");

        robot.clickOn("#nameField").write("該当なしの名前").type(KeyCode.ENTER);
        waitFor(() -> "0 件".equals(label(robot, "#countLabel")));
        assertEquals("該当する施設はありません", label(robot, "#resultsPlaceholder"));
    }

    private void insert(FacilityRecord r) throws Exception {
        db.inTransaction(c -> {
            long id = new FacilityRepository().insert(c, r, "clinic", "h-" + r.sourceKey(), 0,
                    LocalDateTime.of(2025, 6, 1, 9, 0));
            new DepartmentRepository().replace(c, id, r.departments());
            return id;
        });
    }

    private static String label(FxRobot robot, String id) {
        Label l = robot.lookup(id).queryAs(Label.class);
        return l == null ? null : l.getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
