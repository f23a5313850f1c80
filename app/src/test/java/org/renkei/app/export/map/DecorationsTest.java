package org.renkei.app.export.map;

import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scale bar and the data credit share the bottom edge; on a narrow map the bar moves above the credit. */
class DecorationsTest {
    private static final List<String> CREDITS = List.of(MapStyle.CREDIT, MapStyle.TOWN_CREDIT);

    @Test
    void onAWideMapTheBarStaysAtTheBottomBesideTheCredit() {
        Viewport wide = new Viewport(35.67, 139.48, 20, 700, 400);
        Rectangle2D credit = Decorations.creditBox(CREDITS, wide, MapStyle.SCREEN);
        Rectangle2D bar = Decorations.scaleBarBox(ScaleBar.fitting(wide, 700 * 0.28), wide, MapStyle.SCREEN, credit);
        assertEquals(bar, Decorations.scaleBarBox(ScaleBar.fitting(wide, 700 * 0.28), wide, MapStyle.SCREEN, null));
        assertFalse(bar.intersects(credit));
        assertTrue(bar.getMaxY() > credit.getY(), "side by side at the bottom");
    }

    @Test
    void onANarrowMapTheBarIsLiftedAboveTheCredit() {
        Viewport narrow = new Viewport(35.67, 139.48, 20, 360, 220);
        Rectangle2D credit = Decorations.creditBox(CREDITS, narrow, MapStyle.SCREEN);
        Rectangle2D bar = Decorations.scaleBarBox(ScaleBar.fitting(narrow, 360 * 0.28), narrow, MapStyle.SCREEN,
                credit);
        assertFalse(bar.intersects(credit));
        assertTrue(bar.getMaxY() <= credit.getY(), "above the credit");
        assertTrue(bar.getY() > 0);
    }
}
