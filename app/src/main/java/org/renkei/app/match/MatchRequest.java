package org.renkei.app.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * One matching question.
 *
 * @param departments        needed canonical departments, 1 to 8, in the order the user gave them
 * @param keep               departments kept at the hospital (not matched)
 * @param maxKm              distance limit, inclusive
 * @param top                number of plans wanted (best + top-1 alternatives), 1 to {@value #MAX_TOP}
 * @param allowSubDepartment when true a facility offering a sub-department (循環器内科) covers its ancestor (内科)
 * @param isAncestor         {@code isAncestor.test(ancestor, name)}; used only with {@code allowSubDepartment}
 * @param requireTags        capability tags every covering facility must have, for the whole facility or for the
 *                           department it covers (in addition to {@code require}, which are tags too)
 * @param preferenceFirst    実績優先: rank by count, then higher preference, then distance (docs/ranking.md)
 */
public record MatchRequest(double lat, double lng, List<String> departments, Set<String> keep, double maxKm,
                           Set<Requirement> require, Set<Opening> open, int top, boolean allowSubDepartment,
                           BiPredicate<String, String> isAncestor, Set<String> requireTags, boolean preferenceFirst) {

    public static final double DEFAULT_KM = 5;
    public static final int DEFAULT_TOP = 3;
    public static final int MAX_DEPARTMENTS = 8;
    public static final int MAX_TOP = 20;
    private static final BiPredicate<String, String> NO_PARENTS = (a, b) -> false;

    public MatchRequest {
        if (!Double.isFinite(lat) || !Double.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            throw new IllegalArgumentException("bad coordinates: " + lat + "," + lng);
        }
        departments = List.copyOf(new LinkedHashSet<>(departments));
        if (departments.isEmpty() || departments.size() > MAX_DEPARTMENTS) {
            throw new IllegalArgumentException("departments must be 1 to " + MAX_DEPARTMENTS + ": " + departments);
        }
        for (String d : departments) {
            if (d.isBlank()) {
                throw new IllegalArgumentException("blank department");
            }
        }
        keep = Set.copyOf(keep == null ? Set.of() : keep);
        if (!(maxKm > 0) || !Double.isFinite(maxKm)) {
            throw new IllegalArgumentException("maxKm must be positive: " + maxKm);
        }
        require = require == null || require.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(require));
        open = open == null || open.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(open));
        if (top < 1 || top > MAX_TOP) {
            throw new IllegalArgumentException("top must be 1 to " + MAX_TOP + ": " + top);
        }
        isAncestor = isAncestor == null ? NO_PARENTS : isAncestor;
        requireTags = requireTags == null ? Set.of() : Set.copyOf(requireTags);
        for (String t : requireTags) {
            if (t.isBlank()) {
                throw new IllegalArgumentException("blank capability tag");
            }
        }
    }

    /** Every capability tag a covering facility needs: {@code requireTags} and the tags of {@code require}. */
    public Set<String> requiredTags() {
        Set<String> all = new TreeSet<>(requireTags);
        require.forEach(r -> all.add(r.tag()));
        return all;
    }

    /** Starts a request with the defaults (5 km, top 3, no constraints, exact department names). */
    public static Builder builder(double lat, double lng, Collection<String> departments) {
        return new Builder(lat, lng, departments);
    }

    /** The departments to match: {@link #departments} without {@link #keep}, in order. */
    public List<String> needed() {
        List<String> out = new ArrayList<>();
        for (String d : departments) {
            if (!keep.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Whether a facility offering {@code offered} covers the needed department {@code needed}. */
    public boolean covers(String offered, String needed) {
        return offered.equals(needed) || (allowSubDepartment && isAncestor.test(needed, offered));
    }

    /** Fluent construction with defaults. */
    public static final class Builder {
        private final double lat;
        private final double lng;
        private final List<String> departments;
        private Set<String> keep = Set.of();
        private double maxKm = DEFAULT_KM;
        private Set<Requirement> require = Set.of();
        private Set<Opening> open = Set.of();
        private int top = DEFAULT_TOP;
        private boolean allowSub;
        private BiPredicate<String, String> isAncestor = NO_PARENTS;
        private Set<String> requireTags = Set.of();
        private boolean preferenceFirst;

        private Builder(double lat, double lng, Collection<String> departments) {
            this.lat = lat;
            this.lng = lng;
            this.departments = List.copyOf(Objects.requireNonNull(departments));
        }

        public Builder keep(Collection<String> k) {
            keep = Set.copyOf(k);
            return this;
        }

        public Builder maxKm(double km) {
            maxKm = km;
            return this;
        }

        public Builder require(Collection<Requirement> r) {
            require = Set.copyOf(r);
            return this;
        }

        /** Capability tags (訪問診療, 在宅酸素 …) the covering facilities must have. */
        public Builder requireTags(Collection<String> tags) {
            requireTags = Set.copyOf(tags);
            return this;
        }

        /** 実績優先: fewest facilities, then higher preference, then shorter distance. */
        public Builder preferenceFirst(boolean on) {
            preferenceFirst = on;
            return this;
        }

        public Builder open(Collection<Opening> o) {
            open = Set.copyOf(o);
            return this;
        }

        public Builder top(int k) {
            top = k;
            return this;
        }

        /** Lets sub-departments cover their ancestors, using the caller's parent relation. */
        public Builder allowSubDepartment(BiPredicate<String, String> ancestorTest) {
            allowSub = true;
            isAncestor = Objects.requireNonNull(ancestorTest);
            return this;
        }

        public MatchRequest build() {
            return new MatchRequest(lat, lng, departments, keep, maxKm, require, open, top, allowSub, isAncestor,
                    requireTags, preferenceFirst);
        }
    }
}
