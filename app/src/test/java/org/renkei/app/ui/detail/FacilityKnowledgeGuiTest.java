package org.renkei.app.ui.detail;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.cases.CaseJson;
import org.renkei.app.cases.CaseService;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.domain.Capability;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.domain.Verified;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.knowledge.KnowledgeEdit;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.match.MatchFacilities;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.audit.AuditedServices;
import org.renkei.app.ui.main.AppServices;
import org.renkei.app.ui.search.ResultRow;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.ShownWindow;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.Geocoder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facility knowledge in the window, on the production wiring over an H2 copy of the real sample: the search's
 * tag filter and 要確認のみ, the detail pane's editor (a tag typed with Enter, 今日確認した, Ctrl+S, reopening) and the
 * monthly chart of a hospital that tracked referrals went to.
 */
@ExtendWith(ApplicationExtension.class)
class FacilityKnowledgeGuiTest {
    static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path folder;
    private Database db;
    private ShownWindow shown;
    private long referred;
    private long other;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(SampleStore.copyTo(folder.resolve("db")), TestPassword.chars());
        referred = trackTwoReferrals();
        other = new FacilityService(db).allActiveWithDepartments().stream().filter(f -> f.id() != referred)
                .filter(f -> f.departmentNames().contains("内科")).findFirst().orElseThrow().id();
        KnowledgeService k = new KnowledgeService(db);
        k.apply(referred, KnowledgeEdit.none().tag("訪問診療", "", ""), Verified.on(TODAY.minusYears(2), "佐藤"));
        k.apply(other, KnowledgeEdit.none().tag("訪問診療", "", "").registered(true), Verified.on(TODAY, "佐藤"));
        AppServices services = AuditedServices.wrap(AppServices.production(db), AuditLog.as(db, "鈴木"));
        shown = ShownWindow.show(stage, db, services, new FakeDialogs(), true);
    }

    @AfterEach
    void tearDown() {
        shown.close();
    }

    @Test
    void filterEditVerifyAndChart(FxRobot robot) throws Exception {
        waitFor(() -> "登録施設 583 件".equals(text(robot, "#facilityCountLabel")));
        ComboBox<String> tags = robot.lookup("#tagFilterCombo").queryComboBox();
        waitFor(() -> tags.getItems().contains("訪問診療"));
        robot.interact(() -> tags.setValue("訪問診療"));
        waitFor(() -> robot.lookup("#tagFilterPane .chip").tryQuery().isPresent());
        robot.clickOn("#searchButton");
        TableView<ResultRow> results = robot.lookup("#resultsTable").queryTableView();
        waitFor(() -> results.getItems().size() == 2);
        ResultRow staleRow = results.getItems().stream().filter(r -> r.facilityId() == referred).findFirst().orElseThrow();
        ResultRow registeredRow = results.getItems().stream().filter(r -> r.facilityId() == other).findFirst().orElseThrow();
        assertEquals("要確認", staleRow.stale());
        assertEquals("登録医", registeredRow.registered());
        assertEquals("", registeredRow.stale());

        robot.clickOn("#staleOnlyCheck");
        assertTrue(robot.lookup("#staleOnlyCheck").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#searchButton");
        waitFor(() -> results.getItems().size() == 1 && results.getItems().get(0).facilityId() == referred);

        robot.clickOn("#resultsTable").type(KeyCode.ENTER);
        waitFor(() -> !text(robot, "#titleLabel").isEmpty());
        robot.clickOn(robot.lookup("#detailTabs .tab").nth(1).queryAs(Node.class));
        waitFor(() -> text(robot, "#staleSummaryLabel").startsWith("要確認 1 件"));
        robot.clickOn("#tagField").write("酸素").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#chipsPane .chip").queryAll().size() == 2);
        robot.clickOn("#verifyNowButton");
        waitFor(() -> text(robot, "#knowledgeMessageLabel").contains("鈴木"));
        FacilityKnowledge k = new KnowledgeService(db).get(referred).knowledge();
        assertEquals(List.of("在宅酸素", "訪問診療"), k.capabilities().stream().map(Capability::tag).sorted().toList());
        assertTrue(k.capabilities().stream().allMatch(c -> c.verified().equals(Verified.on(TODAY, "鈴木"))));
        assertEquals("", text(robot, "#staleSummaryLabel"));

        robot.clickOn("#notesArea").write("駐車場は裏手");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(() -> new KnowledgeService(db).get(referred).knowledge().notes() != null);
        assertEquals("駐車場は裏手", new KnowledgeService(db).get(referred).knowledge().notes().value());

        robot.clickOn("#resultsTable").type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#titleLabel").tryQuery().isEmpty());
        robot.clickOn("#resultsTable").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#chipsPane .chip").queryAll().size() == 2
                && robot.lookup("#chipsPane .stale-mark").tryQuery().isEmpty());

        robot.clickOn(robot.lookup("#detailTabs .tab").nth(2).queryAs(Node.class));
        BarChart<String, Number> chart = robot.lookup("#monthChart").queryAs(BarChart.class);
        waitFor(() -> sum(chart.getData().get(0)) == 2);
        assertEquals(1, sum(chart.getData().get(1)), "one of the two was accepted");
        assertEquals(2, robot.lookup("#historyTable").queryTableView().getItems().size());
        assertTrue(text(robot, "#historySummaryLabel").startsWith("紹介 2 件・受入 1 件（回答 1 件中"), text(robot, "#historySummaryLabel"));
    }

    /** Two cases of the fictional 府中 patient to the same best plan this month: one accepted, one only sent. */
    private long trackTwoReferrals() {
        CaseService cases = new CaseService(db, Geocoder.bundled(), DepartmentVocabulary.bundled(),
                () -> MatchFacilities.index(new FacilityService(db).allActiveWithDepartments()),
                Clock.systemDefaultZone());
        long facility = -1;
        for (int i = 0; i < 2; i++) {
            ReferralCase draft = CaseJson.read(Path.of("src/test/resources/cases/case-fuchu.json"), TODAY);
            long id = cases.create(draft).id();
            ReferralCase chosen = cases.choosePlan(id, cases.plan(id, 1).plans().get(0));
            facility = chosen.destinations().get(0).facilityId();
            cases.setStatus(id, facility, ReferralStatus.SENT, TODAY, null, null);
            if (i == 0) {
                cases.setStatus(id, facility, ReferralStatus.ACCEPTED, TODAY, null, null);
            }
        }
        return facility;
    }

    private static int sum(XYChart.Series<String, Number> series) {
        return series.getData().stream().mapToInt(d -> d.getYValue().intValue()).sum();
    }

    private static String text(FxRobot robot, String id) {
        Label l = robot.lookup(id).queryAs(Label.class);
        return l == null ? "" : l.getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
