package org.renkei.app.export.map;

import org.renkei.app.domain.GeoMath;

import java.util.List;

/**
 * One municipality (市区町村) with its boundary polygons.
 *
 * @param code 5-digit 全国地方公共団体コード without check digit (N03_007), empty for land not assigned to
 *             any municipality (所属未定地)
 * @param name e.g. 府中市; for 政令市 wards the ward name as N03 gives it
 */
public record Municipality(String code, String name, List<GeoPolygon> polygons, GeoMath.Box box) {
    public Municipality {
        code = code == null ? "" : code;
        polygons = List.copyOf(polygons);
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("no polygons for " + name);
        }
    }

    public static Municipality of(String code, String name, List<GeoPolygon> polygons) {
        double minLat = 90;
        double maxLat = -90;
        double minLng = 180;
        double maxLng = -180;
        for (GeoPolygon p : polygons) {
            double[] r = p.outer();
            for (int i = 0; i < r.length; i += 2) {
                minLng = Math.min(minLng, r[i]);
                maxLng = Math.max(maxLng, r[i]);
                minLat = Math.min(minLat, r[i + 1]);
                maxLat = Math.max(maxLat, r[i + 1]);
            }
        }
        return new Municipality(code, name, polygons, new GeoMath.Box(minLat, maxLat, minLng, maxLng));
    }

    public boolean contains(double lat, double lng) {
        if (lat < box.minLat() || lat > box.maxLat() || lng < box.minLng() || lng > box.maxLng()) {
            return false;
        }
        return polygons.stream().anyMatch(p -> p.contains(lat, lng));
    }

    public boolean intersects(GeoMath.Box other) {
        return box.minLat() <= other.maxLat() && box.maxLat() >= other.minLat()
                && box.minLng() <= other.maxLng() && box.maxLng() >= other.minLng();
    }

    /** Area-weighted centroid of the outer rings (holes ignored), in degrees. */
    public LatLng centroid() {
        double sa = 0;
        double sx = 0;
        double sy = 0;
        for (GeoPolygon p : polygons) {
            double[] r = p.outer();
            int n = r.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double cross = r[2 * j] * r[2 * i + 1] - r[2 * i] * r[2 * j + 1];
                sa += cross;
                sx += (r[2 * j] + r[2 * i]) * cross;
                sy += (r[2 * j + 1] + r[2 * i + 1]) * cross;
            }
        }
        return new LatLng(sy / (3 * sa), sx / (3 * sa));
    }

    /** True for real municipalities (not 所属未定地), the ones that get a name on the map. */
    public boolean named() {
        return !code.isEmpty();
    }

    @Override
    public String toString() {
        return "Municipality[" + code + " " + name + ", " + polygons.size() + " polygons]";
    }
}
