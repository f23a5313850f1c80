package org.renkei.app.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.cases.FacilityProfiles;
import org.renkei.app.domain.Verified;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.search.SearchService;
import org.renkei.app.store.Database;
import org.renkei.app.store.DepartmentRepository;
import org.renkei.app.store.FacilityRepository;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.casework.CaseMatcher;
import org.renkei.app.ui.detail.StoredFacilityDesk;
import org.renkei.app.ui.exports.GeoWriter;
import org.renkei.app.ui.links.LinkReview;
import org.renkei.app.ui.records.RecordServices;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.FakeSuggester;
import org.renkei.app.ui.testing.ShownWindow;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.FacilityRecord;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.renkei.app.ui.testing.Facilities.record;

/**
 * The case screen's 「必要な対応」 field on a real store, by keyboard only: a tag from the office's vocabulary is picked
 * by typing part of it and Enter, and the plan moves to the clinic that has it.
 */
@ExtendWith(ApplicationExtension.class)
class CaseTagGuiTest {
    private static final double LAT = 35.6700;
    private static final double LNG = 139.4780;

    @TempDir
    Path folder;
    private Database db;
    private ShownWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(folder, TestPassword.chars());
        insert(record("N", "府中駅前内科", 35.6705, 139.4785, "内科"));
        long far = insert(record("F", "けやき内科クリニック", 35.6800, 139.4900, "内科"));
        new KnowledgeService(db).tag(far, "在宅酸素", "", "", Verified.on(LocalDate.now(), "連携室"));
        FacilityService facilities = new FacilityService(db);
        GeocodeResult fuchu = new GeocodeResult(LAT, LNG, Precision.TOWN, "東京都府中市宮西町二丁目", "東京都", "府中市",
                "宮西町二丁目", "13206");
        AppServices services = new AppServices(new SearchService(db)::search, facilities::byId, facilities::stats,
                null, new FakeSuggester(), address -> address.contains("府中市") ? fuchu : GeocodeResult.none(),
                CaseMatcher.of(facilities::allActiveWithDepartments,
                        new FacilityProfiles(db, Clock.systemDefaultZone())::load, () -> null),
                RecordServices.production(db), null, () -> { }, LinkReview.NONE, GeoWriter.standard(), null,
                new StoredFacilityDesk(db));
        shown = ShownWindow.show(stage, db, services, new FakeDialogs(), true);
        window = shown.window();
    }

    @AfterEach
    void tearDown() {
        shown.close();
    }

    @Test
    void aTagPickedByKeyboardMovesThePlanToTheClinicThatHasIt(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(Node.class));
        robot.clickOn("#caseDepartmentField").write("ないか").type(KeyCode.ENTER);
        robot.clickOn("#caseAddressField").write("東京都府中市宮西町２丁目");
        robot.clickOn("#findButton");
        waitFor(() -> robot.lookup(".plan-card").queryAll().size() == 2);
        assertEquals("府中駅前内科", firstClinic(robot));

        robot.clickOn("#caseTagField").write("酸素");
        var tags = window.viewModel().casework().form().tags();
        waitFor(() -> tags.suggestionsProperty().equals(List.of("在宅酸素")));
        robot.type(KeyCode.ENTER);
        waitFor(() -> tags.departmentsProperty().equals(List.of("在宅酸素")));
        FlowPane pane = robot.lookup("#caseTagPane").queryAs(FlowPane.class);
        assertEquals("在宅酸素", robot.from(pane).lookup(".chip").lookup(".label").queryAs(Label.class).getText());

        int before = window.viewModel().casework().completedSearchesProperty().get();
        robot.clickOn("#findButton");
        waitFor(() -> window.viewModel().casework().completedSearchesProperty().get() > before);
        assertEquals(1, robot.lookup(".plan-card").queryAll().size(), "only the clinic with 在宅酸素");
        assertEquals("けやき内科クリニック", firstClinic(robot));
        saveSnapshot(robot, Path.of("target/screenshots/case-tags.png"));

        robot.clickOn("#caseTagField").write("宇宙").type(KeyCode.ENTER);
        waitFor(() -> "「宇宙」に当たる能力タグがありません".equals(
                robot.lookup("#caseTagErrorLabel").queryAs(Label.class).getText()));
        robot.eraseText(2).type(KeyCode.BACK_SPACE);
        waitFor(() -> tags.departmentsProperty().isEmpty());
    }

    private static String firstClinic(FxRobot robot) {
        Node card = robot.lookup(".plan-card").nth(0).queryAs(Node.class);
        return robot.from(card).lookup(".clinic-name").queryAs(Hyperlink.class).getText();
    }

    private long insert(FacilityRecord r) throws Exception {
        return db.inTransaction(c -> {
            long id = new FacilityRepository().insert(c, r, "clinic", "h-" + r.sourceKey(), 0,
                    LocalDateTime.of(2025, 6, 1, 9, 0));
            new DepartmentRepository().replace(c, id, r.departments());
            return id;
        });
    }

    private static void saveSnapshot(FxRobot robot, Path file) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> robot.listTargetWindows().get(0).getScene().snapshot(null)).get();
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
