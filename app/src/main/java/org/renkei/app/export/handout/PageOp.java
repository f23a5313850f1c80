package org.renkei.app.export.handout;

import org.renkei.app.export.map.MapScene;
import org.renkei.app.export.map.Viewport;

import java.awt.Color;

/** One drawing instruction of a laid-out page, in points from the page's top-left corner. */
public sealed interface PageOp {
    /** Text starting at (x, baseline). */
    record Text(double x, double baseline, float size, Color color, String text) implements PageOp {
    }

    /** A rectangle from its top-left corner; {@code fill} or {@code stroke} may be null. */
    record Box(double x, double y, double w, double h, Color fill, Color stroke, float lineWidth) implements PageOp {
    }

    record Line(double x1, double y1, double x2, double y2, Color color, float width) implements PageOp {
    }

    /** A numbered circle like the map's pins, so the table and the map read alike. */
    record Pin(double cx, double cy, double r, int number, Color fill) implements PageOp {
    }

    /** The map, drawn by the map renderer into the box; the viewport's units are points. */
    record Map(double x, double y, MapScene scene, Viewport view) implements PageOp {
    }
}
