package org.renkei.app.export.map;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundaryPackerTest {
    @Test
    void packingTheSourceReproducesTheBundledResource() throws Exception {
        BoundarySet source;
        try (InputStream in = Files.newInputStream(BoundaryRegistryTest.SOURCE)) {
            source = BoundaryReader.read("13", in);
        }
        BoundarySet packed = BoundaryPacker.simplify(source, BoundaryPacker.TOLERANCE_METRES);
        ByteArrayOutputStream mine = new ByteArrayOutputStream();
        BoundaryPacker.write(packed, mine);
        byte[] bundled;
        try (InputStream in = new GZIPInputStream(
                BoundaryRegistry.class.getResourceAsStream("/org/renkei/app/export/map/boundaries/N03_13.geojson.gz"))) {
            bundled = in.readAllBytes();
        }
        assertArrayEquals(bundled, mine.toByteArray());
        assertEquals(source.municipalities().size(), packed.municipalities().size());
        assertTrue(packed.pointCount() <= source.pointCount());
        assertTrue(packed.pointCount() > source.pointCount() * 0.9, "the source is already generalised");
    }

    @Test
    void dropsOnlyWhatIsWithinTheTolerance() {
        double m = 1 / Viewport.METRES_PER_DEGREE;            // one metre of latitude in degrees
        double lng = 139.5;
        double lat = 35.6;
        double kx = m / Math.cos(Math.toRadians(lat));         // one metre of longitude
        // a 1 km square whose south edge has a 5 m bump and a 40 m bump; the corner at 600 m stays because it lies
        // 30 m off the line from the start to the 40 m bump
        double[] ring = {lng, lat, lng + 300 * kx, lat + 5 * m, lng + 600 * kx, lat, lng + 800 * kx, lat + 40 * m,
                lng + 1000 * kx, lat, lng + 1000 * kx, lat + 1000 * m, lng, lat + 1000 * m, lng, lat};
        double[] out = Simplifier.ring(ring, 15);
        assertEquals(List.of(lng, lat, lng + 600 * kx, lat, lng + 800 * kx, lat + 40 * m, lng + 1000 * kx, lat,
                        lng + 1000 * kx, lat + 1000 * m, lng, lat + 1000 * m, lng, lat),
                java.util.Arrays.stream(out).boxed().toList());
        assertNull(Simplifier.ring(new double[] {lng, lat, lng + 3 * kx, lat, lng, lat + 3 * m, lng, lat}, 15),
                "a 3 m islet vanishes");
    }
}
