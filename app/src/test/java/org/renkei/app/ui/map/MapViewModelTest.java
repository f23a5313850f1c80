package org.renkei.app.ui.map;

import org.junit.jupiter.api.Test;
import org.renkei.app.export.map.BoundaryRegistry;
import org.renkei.app.export.map.LatLng;
import org.renkei.app.export.map.MapPin;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.export.map.MapStyle;
import org.renkei.app.export.map.Viewport;
import org.renkei.app.ui.common.SameThreadTaskRunner;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map's view model without the toolkit: real renderer, real boundaries, pixels checked. */
class MapViewModelTest {
    static final LatLng HOME = new LatLng(35.669764, 139.477636);
    static final List<MapPin> PINS = List.of(
            new MapPin(1, new LatLng(35.6712, 139.4801), "宮西内科クリニック", "東京都府中市宮西町2-11"),
            new MapPin(2, new LatLng(35.6645, 139.4690), "けやき整形外科", "東京都府中市宮西町2-12"));

    private final MapRenderer quick = new MapRenderer(BoundaryRegistry.bundled(), null);
    private final MapViewModel vm = new MapViewModel(new SameThreadTaskRunner(), quick, () -> quick);

    @Test
    void aSceneIsDrawnOnceTheSurfaceHasASize() {
        vm.setScene(HOME, PINS);
        assertNull(vm.pictureProperty().get());
        vm.resize(600, 400);
        BufferedImage img = vm.pictureProperty().get();
        assertNotNull(img);
        assertEquals(600, img.getWidth());
        Point2D pin = vm.viewportProperty().get().project(PINS.get(0).at());
        assertEquals(MapStyle.PIN.getRGB(), img.getRGB((int) pin.getX() - 8, (int) pin.getY()));
    }

    @Test
    void clickingAPinSelectsItAndClickingBesideClearsIt() {
        vm.resize(600, 400);
        vm.setScene(HOME, PINS);
        Point2D two = vm.viewportProperty().get().project(PINS.get(1).at());
        int ringX = (int) Math.round(two.getX() + MapStyle.SCREEN.pinRadius() * 1.55);
        assertEquals(0, pinPixels(vm.pictureProperty().get(), ringX, (int) two.getY()), "no ring yet");
        vm.clickAt(two.getX() + 5, two.getY() - 5);
        assertEquals(2, vm.selectedProperty().get());
        assertTrue(pinPixels(vm.pictureProperty().get(), ringX, (int) two.getY()) > 0, "the selected pin is ringed");
        assertEquals("2. けやき整形外科　東京都府中市宮西町2-12", vm.selectedTextProperty().get());
        vm.clickAt(two.getX() + 60, two.getY());
        assertEquals(0, vm.selectedProperty().get());
        assertEquals("", vm.selectedTextProperty().get());
    }

    @Test
    void zoomAndPanChangeTheViewWithinLimitsAndFitAllRestoresIt() {
        vm.resize(600, 400);
        vm.setScene(HOME, PINS);
        Viewport fitted = vm.viewportProperty().get();
        vm.zoomIn();
        assertEquals(fitted.metresPerUnit() / MapViewModel.STEP, vm.viewportProperty().get().metresPerUnit(), 1e-9);
        for (int i = 0; i < 40; i++) {
            vm.zoomIn();
        }
        assertEquals(MapViewModel.MIN_METRES_PER_PIXEL, vm.viewportProperty().get().metresPerUnit(), 1e-9);
        Point2D before = vm.viewportProperty().get().project(HOME);
        vm.pan(25, -10);
        Point2D after = vm.viewportProperty().get().project(HOME);
        assertEquals(before.getX() + 25, after.getX(), 0.01);
        assertEquals(before.getY() - 10, after.getY(), 0.01);
        vm.fitAll();
        assertEquals(fitted, vm.viewportProperty().get());
    }

    @Test
    void resizingRefitsAnUntouchedMapKeepsTheScaleOfAMovedOneAndANewSceneClearsTheSelection() {
        vm.resize(600, 400);
        vm.setScene(HOME, PINS);
        vm.select(1);
        vm.resize(800, 300);
        assertEquals(vm.sceneProperty().get().fit(800, 300, MapViewModel.MARGIN), vm.viewportProperty().get(),
                "untouched: fitted again, every pin stays in sight");
        assertEquals(1, vm.selectedProperty().get());
        vm.zoomIn();
        double mpp = vm.viewportProperty().get().metresPerUnit();
        vm.resize(700, 500);
        assertEquals(mpp, vm.viewportProperty().get().metresPerUnit(), "zoomed by hand: the scale stays");
        assertEquals(700, vm.pictureProperty().get().getWidth());
        vm.fitAll();
        vm.resize(600, 400);
        assertEquals(vm.sceneProperty().get().fit(600, 400, MapViewModel.MARGIN), vm.viewportProperty().get());
        vm.setScene(null, PINS.subList(0, 1));
        assertEquals(0, vm.selectedProperty().get());
        vm.setScene(null, List.of());
        assertNull(vm.pictureProperty().get());
    }

    @Test
    void theFullRendererReplacesTheQuickOneWhenLoaded() {
        MapRenderer full = MapRenderer.bundled();
        MapViewModel loaded = new MapViewModel(new SameThreadTaskRunner(), quick, () -> full);
        loaded.resize(600, 400);
        loaded.setScene(HOME, PINS);
        BufferedImage withTowns = loaded.pictureProperty().get();
        vm.resize(600, 400);
        vm.setScene(HOME, PINS);
        BufferedImage without = vm.pictureProperty().get();
        assertTrue(differingPixels(withTowns, without) > 500, "town names drawn only by the full renderer");
        assertSame(withTowns, loaded.pictureProperty().get());
    }

    private static int pinPixels(BufferedImage img, int cx, int cy) {
        int n = 0;
        for (int y = cy - 2; y <= cy + 2; y++) {
            for (int x = cx - 2; x <= cx + 2; x++) {
                n += img.getRGB(x, y) == MapStyle.PIN.getRGB() ? 1 : 0;
            }
        }
        return n;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }
}
