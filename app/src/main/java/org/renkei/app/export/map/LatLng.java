package org.renkei.app.export.map;

/** A point on the map in degrees (WGS84 / JGD2011, which agree to well under a metre). */
public record LatLng(double lat, double lng) {
    public LatLng {
        if (!Double.isFinite(lat) || !Double.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            throw new IllegalArgumentException("bad coordinates: " + lat + "," + lng);
        }
    }

    /** The point, or null when either coordinate is missing. */
    public static LatLng ofNullable(Double lat, Double lng) {
        return lat == null || lng == null ? null : new LatLng(lat, lng);
    }
}
