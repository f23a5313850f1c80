package org.renkei.app.match;

import org.renkei.app.domain.GeoMath;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Immutable in-memory index for matching: per department, a grid of lat/lng cells
 * ({@value #CELL_DEG}° ≈ 5.6 km × 4.5 km at Tokyo) holding facility numbers. Build once, query from any thread.
 */
public final class MatchIndex {
    static final double CELL_DEG = 0.05;
    private static final double FULL_SCAN_KM = 2500;

    private final MatchFacility[] facilities;
    private final Map<String, DeptGrid> grids;

    private MatchIndex(MatchFacility[] facilities, Map<String, DeptGrid> grids) {
        this.facilities = facilities;
        this.grids = grids;
    }

    /** Builds the index; facility ids must be unique. */
    public static MatchIndex build(Collection<MatchFacility> facilities) {
        MatchFacility[] all = facilities.toArray(new MatchFacility[0]);
        Set<String> ids = new HashSet<>(all.length * 2);
        Map<String, Map<Long, List<Integer>>> cells = new HashMap<>();
        for (int i = 0; i < all.length; i++) {
            MatchFacility f = all[i];
            if (!ids.add(f.id())) {
                throw new IllegalArgumentException("duplicate facility id: " + f.id());
            }
            long key = cellKey(row(f.lat()), col(f.lng()));
            for (String d : f.departments().keySet()) {
                cells.computeIfAbsent(d, k -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>(4)).add(i);
            }
        }
        Map<String, DeptGrid> grids = new HashMap<>();
        cells.forEach((d, m) -> grids.put(d, DeptGrid.of(m)));
        return new MatchIndex(all, grids);
    }

    /** Number of facilities. */
    /** Every department offered by at least one facility. */
    public Set<String> departments() {
        return grids.keySet();
    }

    /** Facility by its number in this index. */
    public MatchFacility facility(int i) {
        return facilities[i];
    }

    /**
     * Visits every facility offering {@code dept} that may lie within {@code km} of the point (a superset:
     * the caller checks the exact distance). Never misses one that does.
     */
    void forEachNear(String dept, double lat, double lng, double km, IntConsumer visitor) {
        DeptGrid g = grids.get(dept);
        if (g == null) {
            return;
        }
        GeoMath.Box box = GeoMath.box(lat, lng, km);
        g.forEachIn(row(box.minLat()), row(box.maxLat()), col(box.minLng()), col(box.maxLng()), visitor);
    }

    /**
     * The facility offering {@code dept} nearest to the point among those {@code accept} lets through,
     * or -1 if there is none anywhere. Searches growing boxes, then everything.
     */
    int nearest(String dept, double lat, double lng, double startKm, IntPredicate accept) {
        DeptGrid g = grids.get(dept);
        if (g == null) {
            return -1;
        }
        Best best = new Best();
        for (double r = Math.max(startKm, 2 * CELL_DEG * 111); r < FULL_SCAN_KM; r *= 2) {
            double radius = r;
            best.reset();
            forEachNear(dept, lat, lng, radius, i -> best.offer(i, lat, lng, radius, accept));
            if (best.index >= 0) {
                return best.index;
            }
        }
        best.reset();
        g.forEachAll(i -> best.offer(i, lat, lng, Double.MAX_VALUE, accept));
        return best.index;
    }

    static int row(double lat) {
        return (int) Math.floor(lat / CELL_DEG);
    }

    static int col(double lng) {
        return (int) Math.floor(lng / CELL_DEG);
    }

    static long cellKey(int row, int col) {
        return ((long) row << 32) | (col & 0xffffffffL);
    }

    /** Nearest accepted facility within a radius; ties go to the smaller id. */
    private final class Best {
        int index = -1;
        double km;

        void reset() {
            index = -1;
            km = Double.MAX_VALUE;
        }

        void offer(int i, double lat, double lng, double radius, IntPredicate accept) {
            MatchFacility f = facilities[i];
            double d = GeoMath.km(lat, lng, f.lat(), f.lng());
            if (d > radius || d > km && index >= 0) {
                return;
            }
            if (index >= 0 && d == km && f.id().compareTo(facilities[index].id()) >= 0) {
                return;
            }
            if (accept.test(i)) {
                index = i;
                km = d;
            }
        }
    }
}
