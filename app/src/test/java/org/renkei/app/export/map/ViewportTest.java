package org.renkei.app.export.map;

import org.junit.jupiter.api.Test;
import org.renkei.app.domain.GeoMath;

import java.awt.geom.Point2D;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewportTest {
    private final Viewport v = new Viewport(35.67, 139.48, 5, 500, 300);

    @Test
    void distancesOnTheMapMatchGreatCircleDistances() {
        double[][] others = {{35.68, 139.49}, {35.65, 139.45}, {35.70, 139.52}, {35.67, 139.53}};
        for (double[] o : others) {
            Point2D a = v.project(35.67, 139.48);
            Point2D b = v.project(o[0], o[1]);
            double mapMetres = a.distance(b) * v.metresPerUnit();
            double trueMetres = GeoMath.km(35.67, 139.48, o[0], o[1]) * 1000;
            assertEquals(trueMetres, mapMetres, trueMetres * 0.002, "within 0.2% at " + o[0] + "," + o[1]);
        }
        assertEquals(new Point2D.Double(250, 150), v.project(35.67, 139.48));
        assertTrue(v.y(35.68) < 150, "north is up");
        assertTrue(v.x(139.49) > 250, "east is right");
    }

    @Test
    void unprojectInvertsProject() {
        LatLng p = v.unproject(v.x(139.4712), v.y(35.6655));
        assertEquals(35.6655, p.lat(), 1e-12);
        assertEquals(139.4712, p.lng(), 1e-12);
    }

    @Test
    void zoomKeepsTheGroundUnderThePointer() {
        LatLng under = v.unproject(100, 80);
        Viewport z = v.zoomAt(2, 100, 80);
        assertEquals(2.5, z.metresPerUnit(), 1e-12);
        Point2D back = z.project(under);
        assertEquals(100, back.getX(), 0.01, "re-centring changes cos(lat) a little");
        assertEquals(80, back.getY(), 1e-6);
    }

    @Test
    void panMovesThePictureWithThePointer() {
        Point2D before = v.project(35.675, 139.49);
        Point2D after = v.panBy(30, -20).project(35.675, 139.49);
        assertEquals(before.getX() + 30, after.getX(), 0.01);
        assertEquals(before.getY() - 20, after.getY(), 1e-6);
    }

    @Test
    void fittedScenesShowEveryPointInsideTheMarginAndAtLeastTheMinimumExtent() {
        MapScene scene = new MapScene(new LatLng(35.669764, 139.477636), List.of(
                new MapPin(1, new LatLng(35.672834, 139.470066), "a", ""),
                new MapPin(2, new LatLng(35.659225, 139.498258), "b", "")));
        Viewport f = scene.fit(523, 330, 48);
        for (LatLng p : scene.points()) {
            Point2D q = f.project(p);
            assertTrue(q.getX() >= 48 - 1e-6 && q.getX() <= 523 - 48 + 1e-6, q.toString());
            assertTrue(q.getY() >= 48 - 1e-6 && q.getY() <= 330 - 48 + 1e-6, q.toString());
        }
        Viewport alone = new MapScene(new LatLng(35.67, 139.48), List.of()).fit(523, 330, 48);
        assertEquals(MapScene.MIN_EXTENT_METRES, 330 * alone.metresPerUnit(), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> new MapScene(null, List.of()));
    }

    @Test
    void scaleBarsHaveRoundLengthsThatFit() {
        for (double mpu : new double[] {0.7, 3.3, 5, 12.5, 48, 230}) {
            Viewport w = v.withScale(mpu);
            ScaleBar bar = ScaleBar.fitting(w, 140);
            assertTrue(bar.length() <= 140 && bar.length() > 140 / 2.5, mpu + " → " + bar);
            assertEquals(bar.metres(), bar.length() * mpu, 1e-6);
            double mantissa = bar.metres() / Math.pow(10, Math.floor(Math.log10(bar.metres())));
            assertTrue(List.of(1.0, 2.0, 5.0).stream().anyMatch(x -> Math.abs(x - mantissa) < 1e-9), bar.toString());
        }
        assertEquals("500 m", ScaleBar.fitting(v, 140).label());
        assertEquals("1 km", ScaleBar.fitting(v.withScale(8), 140).label());
        assertEquals("2 km", ScaleBar.fitting(v.withScale(16), 140).label());
    }
}
