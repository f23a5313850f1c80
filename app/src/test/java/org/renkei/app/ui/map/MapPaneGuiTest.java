package org.renkei.app.ui.map;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.renkei.app.export.map.Viewport;
import org.renkei.app.ui.common.FxTaskRunner;
import org.renkei.app.ui.testing.UncaughtCollector;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map control in a real (headless) window, driven by the robot: drag, zoom, click a pin. */
@ExtendWith(ApplicationExtension.class)
class MapPaneGuiTest {
    private final UncaughtCollector uncaught = new UncaughtCollector();
    private FxTaskRunner runner;
    private MapPane pane;

    @Start
    void start(Stage stage) {
        uncaught.watchFxThread();
        runner = new FxTaskRunner(uncaught);
        pane = MapPane.create(runner);
        stage.setScene(new Scene(pane, 700, 480));
        stage.show();
        pane.setScene(MapViewModelTest.HOME, MapViewModelTest.PINS);
    }

    @AfterEach
    void tearDown() {
        try {
            runner.close();
        } finally {
            uncaught.assertNone();
        }
    }

    @Test
    void dragZoomAndClickAPin(FxRobot robot) throws Exception {
        MapViewModel vm = pane.viewModel();
        waitFor(() -> vm.pictureProperty().get() != null);
        Node surface = robot.lookup("#mapSurface").query();
        Viewport start = vm.viewportProperty().get();

        Point2D centre = surface.localToScreen(350, 200);
        robot.moveTo(centre).press(MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 30).release(MouseButton.PRIMARY);
        Viewport dragged = vm.viewportProperty().get();
        assertEquals(start.metresPerUnit(), dragged.metresPerUnit());
        assertEquals(start.x(start.centerLng()) + 80, dragged.x(start.centerLng()), 1.5, "dragged 80 px right");
        assertEquals(0, vm.selectedProperty().get(), "a drag is not a click");

        robot.clickOn("#zoomInButton");
        assertEquals(dragged.metresPerUnit() / MapViewModel.STEP, vm.viewportProperty().get().metresPerUnit(), 1e-9);
        robot.type(KeyCode.MINUS);
        assertEquals(dragged.metresPerUnit(), vm.viewportProperty().get().metresPerUnit(), 1e-9);
        robot.moveTo(centre).scroll(3);
        assertNotEquals(dragged.metresPerUnit(), vm.viewportProperty().get().metresPerUnit());
        robot.clickOn("#fitButton");
        assertEquals(start, vm.viewportProperty().get());

        Viewport v = vm.viewportProperty().get();
        java.awt.geom.Point2D pin = v.project(MapViewModelTest.PINS.get(0).at());
        robot.clickOn(surface.localToScreen(pin.getX() + 2, pin.getY() + 2));
        assertEquals(1, pane.selectedProperty().get());
        Label selected = robot.lookup("#selectedLabel").queryAs(Label.class);
        assertTrue(selected.isVisible());
        assertEquals("1. 宮西内科クリニック　東京都府中市宮西町2-11", selected.getText());
        assertTrue(robot.lookup("#mapImage").queryAs(javafx.scene.image.ImageView.class).getImage() != null);
        saveSnapshot(robot, java.nio.file.Path.of("target/screenshots/map-pane.png"));
    }

    /** Keeps a picture of the headless control for people reviewing the build. */
    private static void saveSnapshot(FxRobot robot, java.nio.file.Path file) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> robot.listTargetWindows().get(0).getScene().snapshot(null)).get();
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
