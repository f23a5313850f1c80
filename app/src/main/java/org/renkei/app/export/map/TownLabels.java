package org.renkei.app.export.map;

import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The faint town-name layer: each name centred on its point where nothing more important is drawn. */
final class TownLabels {
    private TownLabels() {
    }

    /**
     * Towns nearest the scene's points come first (the home's and the clinics' own towns matter most); a name
     * that would cover something is tried a line above and below its point before it is left out.
     */
    static List<String> draw(Graphics2D g, List<TownNames.Town> towns, List<Point2D> focus, Viewport v, MapStyle s,
                             LabelBoard board) {
        List<TownNames.Town> ordered = new ArrayList<>(towns);
        ordered.sort(Comparator.comparingDouble(t -> nearest(v.project(t.lat(), t.lng()), focus)));
        List<String> placed = new ArrayList<>();
        double gap = s.townFont() * 0.6;
        for (TownNames.Town t : ordered) {
            Point2D at = v.project(t.lat(), t.lng());
            TextLayout layout = MapText.layout(t.name(), s.townFont());
            double h = layout.getAscent() + layout.getDescent();
            for (double dy : new double[] {0, -1.4 * h, 1.4 * h}) {
                double x = at.getX() - layout.getAdvance() / 2;
                double y = MapText.baselineForCentre(layout, at.getY() + dy);
                Rectangle2D box = MapText.bounds(layout, x, y);
                if (board.tryTake(new Rectangle2D.Double(box.getX() - gap, box.getY() - gap / 2,
                        box.getWidth() + 2 * gap, box.getHeight() + gap))) {
                    MapText.draw(g, layout, x, y, MapStyle.TOWN_TEXT, s.townFont() / 4.0);
                    placed.add(t.name());
                    break;
                }
            }
        }
        return placed;
    }

    private static double nearest(Point2D p, List<Point2D> focus) {
        return focus.stream().mapToDouble(p::distance).min().orElse(0);
    }
}
