package org.renkei.app.export.map;

import org.renkei.app.domain.GeoMath;

import java.util.List;
import java.util.Optional;

/** The municipalities of one prefecture, as loaded from one boundary resource. */
public record BoundarySet(String prefectureCode, List<Municipality> municipalities) {
    public BoundarySet {
        municipalities = List.copyOf(municipalities);
    }

    /** Municipalities whose bounding box meets {@code box}. */
    public List<Municipality> within(GeoMath.Box box) {
        return municipalities.stream().filter(m -> m.intersects(box)).toList();
    }

    /** The municipality containing the point, if any. */
    public Optional<Municipality> at(double lat, double lng) {
        return municipalities.stream().filter(m -> m.contains(lat, lng)).findFirst();
    }

    public Optional<Municipality> byName(String name) {
        return municipalities.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public int pointCount() {
        return municipalities.stream().flatMap(m -> m.polygons().stream()).mapToInt(GeoPolygon::pointCount).sum();
    }
}
