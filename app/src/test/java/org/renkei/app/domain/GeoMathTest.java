package org.renkei.app.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoMathTest {

    /** Walks the whole circle of radius km and checks every point on it lies inside the box. */
    @ParameterizedTest
    @CsvSource({"35.0, 139.5, 5", "35.0, 139.5, 50", "35.0, 139.5, 100", "35.0, 139.5, 300", "43.06, 141.35, 1000",
            "24.34, 124.16, 2"})
    void everyPointOnTheCircleIsInsideTheBox(double lat, double lng, double km) {
        GeoMath.Box box = GeoMath.box(lat, lng, km);
        double dist = km / GeoMath.EARTH_RADIUS_KM;
        double p1 = Math.toRadians(lat);
        for (int i = 0; i < 3600; i++) {
            double bearing = Math.toRadians(i / 10.0);
            double p2 = Math.asin(Math.sin(p1) * Math.cos(dist) + Math.cos(p1) * Math.sin(dist) * Math.cos(bearing));
            double l2 = Math.toRadians(lng) + Math.atan2(Math.sin(bearing) * Math.sin(dist) * Math.cos(p1),
                    Math.cos(dist) - Math.sin(p1) * Math.sin(p2));
            double la = Math.toDegrees(p2);
            double ln = Math.toDegrees(l2);
            assertEquals(km, GeoMath.km(lat, lng, la, ln), 1e-6);
            assertTrue(la >= box.minLat() && la <= box.maxLat() && ln >= box.minLng() && ln <= box.maxLng(),
                    "bearing " + i / 10.0 + ": " + la + "," + ln + " outside " + box);
        }
    }

    @Test
    void distancesBeyondHalfTheEarthCoverEverything() {
        for (double km : new double[] {GeoMath.MAX_KM, 40_100, 1e12}) {
            GeoMath.Box box = GeoMath.box(35.0, 139.5, km);
            assertEquals(-90, box.minLat());
            assertEquals(90, box.maxLat());
            assertEquals(139.5 - 180, box.minLng(), 1e-9);
            assertEquals(139.5 + 180, box.maxLng(), 1e-9);
        }
    }
}
