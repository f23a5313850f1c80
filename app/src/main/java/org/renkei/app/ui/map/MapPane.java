package org.renkei.app.ui.map;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.renkei.app.export.map.BoundaryRegistry;
import org.renkei.app.export.map.LatLng;
import org.renkei.app.export.map.MapPin;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.export.map.TownNames;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;

import java.util.List;

/**
 * The map as a control: the shared offline renderer's picture, dragged to pan, scrolled (or +/−, or the
 * buttons) to zoom; clicking a pin selects it and shows the clinic's name and address underneath.
 * Use {@link #setScene} and {@link #selectedProperty()}; all state lives in the {@link MapViewModel}.
 */
public final class MapPane extends StackPane {
    private static final double DRAG_SLOP = 4;
    private final MapViewModel model;
    private final ImageView image = new ImageView();
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    public MapPane(MapViewModel model) {
        this.model = model;
        getStyleClass().add("map-pane");
        setMinSize(0, 0);
        setPrefSize(640, 420);
        Pane surface = new Pane(image);
        surface.setId("mapSurface");
        surface.setMinSize(0, 0);
        image.setManaged(false);
        image.setId("mapImage");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(surface.widthProperty());
        clip.heightProperty().bind(surface.heightProperty());
        surface.setClip(clip);
        surface.widthProperty().addListener((o, a, b) -> model.resize(surface.getWidth(), surface.getHeight()));
        surface.heightProperty().addListener((o, a, b) -> model.resize(surface.getWidth(), surface.getHeight()));

        Label selected = new Label();
        selected.setId("selectedLabel");
        selected.getStyleClass().add("map-selected");
        selected.setWrapText(true);
        selected.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-padding: 6 10; -fx-font-size: 14px;");
        selected.textProperty().bind(model.selectedTextProperty());
        selected.visibleProperty().bind(model.selectedTextProperty().isNotEmpty());
        selected.setMouseTransparent(true);
        StackPane.setAlignment(selected, Pos.BOTTOM_LEFT);
        StackPane.setMargin(selected, new Insets(0, 0, 44, 8));

        getChildren().addAll(surface, buttons(), selected);
        model.pictureProperty().addListener((o, a, pic) -> image.setImage(pic == null ? null
                : SwingFXUtils.toFXImage(pic, null)));
        wireInput(surface);
        setFocusTraversable(true);
    }

    /** A pane with its own view model over the bundled boundaries, town names loaded in the background. */
    public static MapPane create(TaskRunner runner) {
        return new MapPane(new MapViewModel(runner, new MapRenderer(BoundaryRegistry.bundled(), null),
                () -> {
                    TownNames.bundled();
                    return MapRenderer.bundled();
                }));
    }

    public MapViewModel viewModel() {
        return model;
    }

    /** Shows the home (may be null) and the numbered clinics. */
    public void setScene(LatLng home, List<MapPin> pins) {
        model.setScene(home, pins);
    }

    /** The selected pin's number, 0 for none. */
    public javafx.beans.property.ReadOnlyIntegerProperty selectedProperty() {
        return model.selectedProperty();
    }

    private VBox buttons() {
        Button in = button("zoomInButton", "＋", "map.zoomIn", model::zoomIn);
        Button out = button("zoomOutButton", "－", "map.zoomOut", model::zoomOut);
        Button fit = button("fitButton", Messages.get("map.fit"), "map.fit.tooltip", model::fitAll);
        VBox box = new VBox(4, in, out, fit);
        box.setPickOnBounds(false);
        box.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_LEFT);
        StackPane.setMargin(box, new Insets(8));
        return box;
    }

    private static Button button(String id, String text, String tooltipKey, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(36);
        b.setStyle("-fx-font-size: 15px;");
        b.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void wireInput(Pane surface) {
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            pressX = e.getX();
            pressY = e.getY();
            lastX = pressX;
            lastY = pressY;
            dragging = false;
        });
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            dragging |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_SLOP;
            if (dragging) {
                model.pan(e.getX() - lastX, e.getY() - lastY);
                lastX = e.getX();
                lastY = e.getY();
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragging) {
                model.clickAt(e.getX(), e.getY());
            }
            dragging = false;
        });
        surface.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                model.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
            }
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS || k == KeyCode.SEMICOLON) {
                model.zoomIn();
                e.consume();
            } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
                model.zoomOut();
                e.consume();
            }
        });
    }
}
