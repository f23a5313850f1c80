package org.renkei.app.export.map;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** Boxes already taken on the map, so labels never cover a pin, the home or each other. */
final class LabelBoard {
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final Rectangle2D frame;

    LabelBoard(double width, double height) {
        this.frame = new Rectangle2D.Double(0, 0, width, height);
    }

    void take(Rectangle2D box) {
        taken.add(box);
    }

    /** True, and the box taken, when it lies inside the map and meets nothing taken before. */
    boolean tryTake(Rectangle2D box) {
        if (!frame.contains(box)) {
            return false;
        }
        for (Rectangle2D t : taken) {
            if (t.intersects(box)) {
                return false;
            }
        }
        taken.add(box);
        return true;
    }
}
