package org.renkei.app.ui.links;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.FacilityLink;
import org.renkei.app.domain.LinkState;
import org.renkei.app.facility.FacilityLinkService;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.Readers;
import org.renkei.app.importing.SampleData;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.main.AppServices;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.ShownWindow;
import org.renkei.dataimport.geo.Geocoder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 「同一施設の確認」 in the real window over a real store: the ナビイ sample and two real 厚生局 rows the linker is not
 * sure about (昭和医科大学病院, renamed; 河北総合病院, moved one block). 別施設 on one leaves the other.
 */
@ExtendWith(ApplicationExtension.class)
class LinkReviewGuiTest {
    @TempDir
    static Path folder;
    private Database db;
    private ShownWindow shown;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(folder.resolve("db"), TestPassword.chars());
        Path bureau = Files.writeString(folder.resolve("bureau.csv"),
                "135970017,5970017,社会医療法人河北医療財団 河北総合病院,1660001,杉並区阿佐谷北一丁目６番１号\r\n"
                        + "130915413,0915413,昭和医科大学病院,1428555,品川区旗の台一丁目５番８号\r\n");
        new ImportService(db, Readers.standard(), Geocoder.bundled())
                .importAll(List.of(SampleData.extract(), bureau), ImportListener.NONE);
        shown = ShownWindow.show(stage, db, AppServices.production(db), new FakeDialogs(), false);
    }

    @AfterEach
    void tearDown() {
        shown.close();
    }

    @Test
    void aPendingPairIsMarkedAsTwoFacilities(FxRobot robot) throws Exception {
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "linksMenuItem".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("同一施設の確認(_L)…", item.getText());
        robot.interact(item::fire);

        TableView<LinkRow> table = robot.lookup("#linksTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#linksMessageLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "確認待ち 2 組".equals(message.getText()));
        LinkRow kawakita = table.getItems().get(0);
        assertTrue(kawakita.first().startsWith("河北総合病院\n医療情報ネット（ナビイ）・"), kawakita.first());
        assertTrue(kawakita.reason().startsWith("名称が一致・町丁目は一致、番地が異なる"), kawakita.reason());

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#differentButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(kawakita, table.getItems().get(0));

        List<FacilityLink> all = new FacilityLinkService(db).list(false);
        assertEquals(List.of(LinkState.PENDING, LinkState.REJECTED), all.stream().map(FacilityLink::state).toList());
        assertEquals("昭和医科大学病院", all.get(1).secondary().name());
    }
}
