package org.renkei.app.ui.map;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.renkei.app.export.map.LatLng;
import org.renkei.app.export.map.MapPin;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.export.map.MapScene;
import org.renkei.app.export.map.MapStyle;
import org.renkei.app.export.map.Viewport;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The interactive map: a scene (home and numbered clinics), the part of the ground shown, the picture the shared
 * map renderer draws of it, and the selected pin. Pan, zoom and click work in surface pixels. No nodes.
 */
public final class MapViewModel {
    /** Closest and farthest zoom, ground metres per pixel. */
    static final double MIN_METRES_PER_PIXEL = 0.4;
    static final double MAX_METRES_PER_PIXEL = 400;
    static final double STEP = 1.5;
    static final double MARGIN = 60;
    private static final Logger LOG = LoggerFactory.getLogger(MapViewModel.class);

    private final TaskRunner runner;
    private final MapStyle style = MapStyle.SCREEN;
    private MapRenderer renderer;
    private double width;
    private double height;
    /** The view is as {@link #fitAll()} left it (not panned or zoomed since): a resize fits it again. */
    private boolean fitted;

    // Properties
    private final ReadOnlyObjectWrapper<MapScene> scene = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BufferedImage> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper("");

    /**
     * @param quick the renderer to use at once (boundaries only, cheap to load)
     * @param full  loads the complete renderer (town names too) off the UI thread; it replaces {@code quick}
     */
    public MapViewModel(TaskRunner runner, MapRenderer quick, Callable<MapRenderer> full) {
        this.runner = runner;
        this.renderer = quick;
        runner.run(BackgroundTask.of(full).onSuccess(r -> {
            renderer = r;
            redraw();
        }).onError(e -> LOG.warn("map town names unavailable; drawing boundaries only", e)));
    }

    public ReadOnlyObjectProperty<MapScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** What the view shows; null until there is a scene and a size. */
    public ReadOnlyObjectProperty<BufferedImage> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The selected pin's number, 0 for none. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** 「1. 府中病院　東京都府中市美好町1-22」 for the selected pin, else empty. */
    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }

    // Commands

    /** Shows the home (may be null) and the clinics, fitted to the surface; clears the selection. */
    public void setScene(LatLng home, List<MapPin> pins) {
        scene.set(home == null && pins.isEmpty() ? null : new MapScene(home, pins));
        select(0);
        fitAll();
    }

    /**
     * The surface's size in pixels. The first real size fits the scene, and so does any size while the view is
     * still as fitted (a pane that shrinks keeps every pin in sight); after a pan or zoom, centre and scale stay.
     */
    public void resize(double newWidth, double newHeight) {
        width = newWidth;
        height = newHeight;
        if (width < 1 || height < 1) {
            return;
        }
        if (viewport.get() == null || fitted) {
            fitAll();
        } else {
            viewport.set(viewport.get().withSize(width, height));
            redraw();
        }
    }

    public void fitAll() {
        fitted = true;
        viewport.set(scene.get() == null || width < 1 || height < 1 ? null : scene.get().fit(width, height, MARGIN));
        redraw();
    }

    /** Moves the picture with the pointer by (dx, dy) pixels. */
    public void pan(double dx, double dy) {
        if (viewport.get() != null) {
            fitted = false;
            viewport.set(viewport.get().panBy(dx, dy));
            redraw();
        }
    }

    /** Zooms by {@code factor} (> 1 closer) around the pixel (x, y), within the zoom limits. */
    public void zoomAt(double factor, double x, double y) {
        Viewport v = viewport.get();
        if (v == null) {
            return;
        }
        fitted = false;
        double mpp = Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, v.metresPerUnit() / factor));
        viewport.set(v.zoomAt(v.metresPerUnit() / mpp, x, y));
        redraw();
    }

    public void zoomIn() {
        zoomAt(STEP, width / 2, height / 2);
    }

    public void zoomOut() {
        zoomAt(1 / STEP, width / 2, height / 2);
    }

    /** Selects the pin under (x, y), the nearest if several; a click beside every pin clears the selection. */
    public void clickAt(double x, double y) {
        Viewport v = viewport.get();
        if (v == null) {
            return;
        }
        double reach = style.pinRadius() + 3;
        MapPin hit = null;
        double best = Double.MAX_VALUE;
        for (MapPin p : scene.get().pins()) {
            double d = v.project(p.at()).distance(x, y);
            if (d <= reach && d < best) {
                best = d;
                hit = p;
            }
        }
        select(hit == null ? 0 : hit.number());
    }

    public void select(int number) {
        MapPin pin = scene.get() == null ? null : scene.get().pins().stream()
                .filter(p -> p.number() == number).findFirst().orElse(null);
        int now = pin == null ? 0 : number;
        boolean changed = now != selected.get();
        selected.set(now);
        selectedText.set(pin == null ? "" : Messages.get("map.selected", pin.number(), pin.name(), pin.detail()));
        if (changed) {
            redraw();
        }
    }

    private void redraw() {
        Viewport v = viewport.get();
        if (v == null || scene.get() == null) {
            picture.set(null);
            return;
        }
        BufferedImage img = new BufferedImage((int) Math.ceil(v.width()), (int) Math.ceil(v.height()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            renderer.render(g, scene.get(), v, style, selected.get());
        } finally {
            g.dispose();
        }
        picture.set(img);
    }
}
