package org.renkei.app.export.map;

import java.util.List;

/**
 * One polygon of a boundary: an outer ring and its holes, each ring as interleaved longitude/latitude pairs
 * ({@code [lng0, lat0, lng1, lat1, …]}), closed or not.
 */
public record GeoPolygon(double[] outer, List<double[]> holes) {
    public GeoPolygon {
        if (outer.length < 6 || outer.length % 2 != 0) {
            throw new IllegalArgumentException("a ring needs at least three points");
        }
        holes = List.copyOf(holes);
    }

    /** Even-odd test: inside the outer ring and outside every hole. */
    public boolean contains(double lat, double lng) {
        if (!ringContains(outer, lat, lng)) {
            return false;
        }
        for (double[] hole : holes) {
            if (ringContains(hole, lat, lng)) {
                return false;
            }
        }
        return true;
    }

    static boolean ringContains(double[] ring, double lat, double lng) {
        boolean inside = false;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i];
            double yi = ring[2 * i + 1];
            double xj = ring[2 * j];
            double yj = ring[2 * j + 1];
            if ((yi > lat) != (yj > lat) && lng < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Number of points over all rings. */
    public int pointCount() {
        return outer.length / 2 + holes.stream().mapToInt(h -> h.length / 2).sum();
    }
}
