package org.renkei.app.export.map;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Draws a {@link MapScene} offline with Java2D: land and municipal boundaries from the bundled 国土数値情報
 * N03 data with the municipalities' names, the home, numbered clinic pins with their names, a scale bar, a
 * north arrow and (on screen) the data credit. The same renderer serves the handout and the window.
 */
public final class MapRenderer {
    private final BoundaryRegistry boundaries;
    private final Supplier<TownNames> towns;

    /** @param towns town names for orientation, or null for none; asked for on the first render */
    public MapRenderer(BoundaryRegistry boundaries, Supplier<TownNames> towns) {
        this.boundaries = boundaries;
        this.towns = towns;
    }

    public static MapRenderer bundled() {
        return new MapRenderer(BoundaryRegistry.bundled(), TownNames::bundled);
    }

    /** The credit lines for what this renderer draws (the page prints them when the map does not). */
    public List<String> credits() {
        return towns == null ? List.of(MapStyle.CREDIT) : List.of(MapStyle.CREDIT, MapStyle.TOWN_CREDIT);
    }

    /** Draws into {@code g}, whose user space is the viewport's units from (0, 0); returns where things went. */
    public RenderedMap render(Graphics2D g, MapScene scene, Viewport v, MapStyle s) {
        return render(g, scene, v, s, 0);
    }

    /** As {@link #render(Graphics2D, MapScene, Viewport, MapStyle)}, with pin {@code selected} ringed (0: none). */
    public RenderedMap render(Graphics2D g, MapScene scene, Viewport v, MapStyle s, int selected) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.clip(new Rectangle2D.Double(0, 0, v.width(), v.height()));
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return draw(g2, scene, v, s, selected);
        } finally {
            g2.dispose();
        }
    }

    private RenderedMap draw(Graphics2D g, MapScene scene, Viewport v, MapStyle s, int selected) {
        g.setColor(MapStyle.PAPER);
        g.fill(new Rectangle2D.Double(0, 0, v.width(), v.height()));
        List<Municipality> areas = boundaries.within(v.box());
        Map<Municipality, Path2D> shapes = new LinkedHashMap<>();
        for (Municipality m : areas) {
            shapes.put(m, AreaShapes.path(m, v));
        }
        g.setColor(MapStyle.LAND);
        shapes.values().forEach(g::fill);
        g.setColor(MapStyle.BOUNDARY);
        g.setStroke(new BasicStroke((float) (s.pinRadius() / 10), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        shapes.values().forEach(g::draw);

        LabelBoard board = new LabelBoard(v.width(), v.height());
        ScaleBar bar = ScaleBar.fitting(v, Math.min(v.width() * 0.28, v.width() - 6 * s.smallFont()));
        Rectangle2D creditBox = s.credit() ? Decorations.creditBox(credits(), v, s) : null;
        Rectangle2D barBox = Decorations.scaleBarBox(bar, v, s, creditBox);
        board.take(barBox);
        board.take(Decorations.northBox(v, s));
        if (creditBox != null) {
            board.take(creditBox);
        }
        Point2D home = scene.home() == null ? null : v.project(scene.home());
        if (home != null) {
            board.take(Markers.homeBox(home, s));
        }
        Map<Integer, Point2D> pins = new LinkedHashMap<>();
        for (MapPin p : scene.pins()) {
            Point2D at = v.project(p.at());
            pins.put(p.number(), at);
            board.take(Markers.pinBox(at, s));
        }
        List<Runnable> texts = new ArrayList<>();
        if (home != null) {
            placeBeside(board, texts, g, Markers.HOME_LABEL, home, s.pinRadius() * 1.35, s.labelFont(), MapStyle.HOME);
        }
        if (s.pinLabels()) {
            for (MapPin p : scene.pins()) {
                placeBeside(board, texts, g, p.name(), pins.get(p.number()), s.pinRadius() * 1.6, s.labelFont(),
                        MapStyle.INK);
            }
        }
        List<String> labels = areaLabels(g, shapes, v, s, board);
        if (towns != null) {
            labels = new ArrayList<>(labels);
            List<Point2D> focus = new ArrayList<>(pins.values());
            if (home != null) {
                focus.add(home);
            }
            labels.addAll(TownLabels.draw(g, towns.get().within(v.box()), focus, v, s, board));
        }

        if (home != null) {
            Markers.drawHome(g, home, s);
        }
        scene.pins().stream().sorted(Comparator.comparingInt(MapPin::number).reversed())
                .forEach(p -> Markers.drawPin(g, pins.get(p.number()), p.number(), s, p.number() == selected));
        texts.forEach(Runnable::run);
        Decorations.drawScaleBar(g, bar, barBox, s);
        Decorations.drawNorthArrow(g, v, s);
        if (s.credit()) {
            Decorations.drawCredit(g, credits(), v, s);
        }
        return new RenderedMap(v, pins, home, bar, areas.stream().map(Municipality::name).toList(), labels);
    }

    private static List<String> areaLabels(Graphics2D g, Map<Municipality, Path2D> shapes, Viewport v, MapStyle s,
                                           LabelBoard board) {
        List<String> placed = new ArrayList<>();
        double inset = s.areaFont();
        Rectangle2D frame = new Rectangle2D.Double(inset, inset, v.width() - 2 * inset, v.height() - 2 * inset);
        double minArea = s.areaFont() * s.areaFont() * 12;
        for (Map.Entry<Municipality, Path2D> e : shapes.entrySet()) {
            if (!e.getKey().named()) {
                continue;
            }
            Point2D c = AreaShapes.labelPoint(e.getValue(), frame, minArea);
            if (c == null) {
                continue;
            }
            TextLayout t = MapText.layout(e.getKey().name(), s.areaFont());
            double h = t.getAscent() + t.getDescent();
            for (double dy : new double[] {0, -1.6 * h, 1.6 * h, -3.2 * h, 3.2 * h}) {
                double x = c.getX() - t.getAdvance() / 2;
                double y = MapText.baselineForCentre(t, c.getY() + dy);
                if (e.getValue().contains(c.getX(), c.getY() + dy) && board.tryTake(MapText.bounds(t, x, y))) {
                    MapText.draw(g, t, x, y, MapStyle.AREA_TEXT, s.areaFont() / 4.0);
                    placed.add(e.getKey().name());
                    break;
                }
            }
        }
        return placed;
    }

    /** A label right of the marker, else left, above or below; dropped when nothing is free. */
    private static void placeBeside(LabelBoard board, List<Runnable> texts, Graphics2D g, String text, Point2D at,
                                    double gap, float size, java.awt.Color ink) {
        if (text.isBlank()) {
            return;
        }
        TextLayout t = MapText.layout(text, size);
        double w = t.getAdvance();
        double cy = MapText.baselineForCentre(t, at.getY());
        double[][] spots = {
            {at.getX() + gap + 3, cy}, {at.getX() - gap - 3 - w, cy},
            {at.getX() - w / 2, at.getY() - gap - 3 - t.getDescent()},
            {at.getX() - w / 2, at.getY() + gap + 3 + t.getAscent()}};
        for (double[] spot : spots) {
            Rectangle2D box = MapText.bounds(t, spot[0], spot[1]);
            if (board.tryTake(new Rectangle2D.Double(box.getX() - 2, box.getY() - 1, box.getWidth() + 4,
                    box.getHeight() + 2))) {
                texts.add(() -> MapText.draw(g, t, spot[0], spot[1], ink, size / 3.5));
                return;
            }
        }
    }
}
