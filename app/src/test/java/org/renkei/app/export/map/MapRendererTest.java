package org.renkei.app.export.map;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderer on real Tokyo boundaries around 府中市宮西町 (real hospitals' coordinates from the MHLW sample). */
class MapRendererTest {
    static final LatLng HOME = new LatLng(35.669764, 139.477636);          // 府中市宮西町二丁目 (gazetteer point)
    static final List<MapPin> PINS = List.of(
            new MapPin(1, new LatLng(35.672834, 139.470066), "府中病院", "東京都府中市美好町１－２２"),
            new MapPin(2, new LatLng(35.681416, 139.478342), "府中医王病院", "東京都府中市晴見町１－２０"),
            new MapPin(3, new LatLng(35.659225, 139.498258), "共済会櫻井病院", "東京都府中市是政２－３６"));

    @Test
    void drawsPinsHomeAndTheMunicipalityAtTheProjectedPlaces() throws Exception {
        MapScene scene = new MapScene(HOME, PINS);
        Viewport v = scene.fit(800, 560, 40);
        BufferedImage img = new BufferedImage(800, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        RenderedMap r = MapRenderer.bundled().render(g, scene, v, MapStyle.SCREEN);
        g.dispose();
        Files.createDirectories(Path.of("target/maps"));
        ImageIO.write(img, "png", Path.of("target/maps/fuchu.png").toFile());

        assertEquals(3, r.pins().size());
        for (MapPin p : PINS) {
            Point2D at = r.pins().get(p.number());
            assertEquals(v.x(p.at().lng()), at.getX(), 1e-9);
            assertEquals(v.y(p.at().lat()), at.getY(), 1e-9);
            assertEquals(MapStyle.PIN.getRGB(), img.getRGB((int) at.getX() - 8, (int) at.getY()) , "pin " + p.number());
        }
        assertNotNull(r.home());
        assertEquals(MapStyle.HOME.getRGB(), img.getRGB((int) r.home().getX() - 8, (int) r.home().getY() + 8));
        assertTrue(r.municipalities().contains("府中市"), r.municipalities().toString());
        assertTrue(r.labels().contains("府中市"), r.labels().toString());
        assertTrue(r.labels().contains("宮西町"), "the home's own town is named: " + r.labels());
        assertTrue(r.scaleBar().length() <= 800 * 0.28 && r.scaleBar().length() > 800 * 0.28 / 2.5);
    }

    @Test
    void withoutBoundariesForThePrefectureTheMapStillShowsPinsAndHome() {
        MapScene osaka = new MapScene(new LatLng(34.6937, 135.5023), List.of(
                new MapPin(1, new LatLng(34.6990, 135.4950), "北の医院", "")));
        Viewport v = osaka.fit(400, 300, 40);
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        RenderedMap r = new MapRenderer(BoundaryRegistry.bundled(), null).render(g, osaka, v, MapStyle.PRINT);
        g.dispose();
        assertEquals(List.of(), r.municipalities());
        Point2D pin = r.pins().get(1);
        assertEquals(MapStyle.PIN.getRGB(), img.getRGB((int) pin.getX() - 7, (int) pin.getY()));
        assertEquals(MapStyle.PAPER.getRGB(), img.getRGB(200, 10), "plain background where no data exists");
    }
}
