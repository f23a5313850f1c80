package org.renkei.app.export.map;

import java.util.ArrayList;
import java.util.List;

/**
 * What a map shows: the patient's home (may be null when it was never located) and the numbered clinics.
 * The picture's extent is fitted to these points.
 */
public record MapScene(LatLng home, List<MapPin> pins) {
    /** The smallest ground extent a fitted map shows, so a clinic next door still gets its streets' context. */
    public static final double MIN_EXTENT_METRES = 1500;

    public MapScene {
        pins = List.copyOf(pins);
        if (home == null && pins.isEmpty()) {
            throw new IllegalArgumentException("a map needs the home or at least one clinic");
        }
    }

    public List<LatLng> points() {
        List<LatLng> all = new ArrayList<>();
        if (home != null) {
            all.add(home);
        }
        pins.forEach(p -> all.add(p.at()));
        return all;
    }

    /**
     * A viewport of {@code width} × {@code height} units showing every point at least {@code margin} units
     * inside the edges, and at least {@link #MIN_EXTENT_METRES} of ground across both ways.
     */
    public Viewport fit(double width, double height, double margin) {
        List<LatLng> all = points();
        double minLat = all.stream().mapToDouble(LatLng::lat).min().orElseThrow();
        double maxLat = all.stream().mapToDouble(LatLng::lat).max().orElseThrow();
        double minLng = all.stream().mapToDouble(LatLng::lng).min().orElseThrow();
        double maxLng = all.stream().mapToDouble(LatLng::lng).max().orElseThrow();
        double cLat = (minLat + maxLat) / 2;
        double cLng = (minLng + maxLng) / 2;
        double kx = Viewport.METRES_PER_DEGREE * Math.cos(Math.toRadians(cLat));
        double spanX = (maxLng - minLng) * kx;
        double spanY = (maxLat - minLat) * Viewport.METRES_PER_DEGREE;
        double usableW = Math.max(width - 2 * margin, width * 0.2);
        double usableH = Math.max(height - 2 * margin, height * 0.2);
        double mpu = Math.max(spanX / usableW, spanY / usableH);
        mpu = Math.max(mpu, MIN_EXTENT_METRES / Math.min(width, height));
        return new Viewport(cLat, cLng, mpu, width, height);
    }
}
