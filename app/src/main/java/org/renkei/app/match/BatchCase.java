package org.renkei.app.match;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * One line of {@code match --batch}. Either {@code lat}/{@code lng} or {@code address} is set; the CLI geocodes
 * the address and then calls {@link #toRequest}.
 *
 * @param km              null = default 5
 * @param top             null = default 3
 * @param requireTags     capability tags asked for by name (besides the old codes in {@code require})
 * @param preferenceFirst 実績優先
 */
public record BatchCase(String id, Double lat, Double lng, String address, List<String> dept, List<String> keep,
                        Double km, Set<Requirement> require, Set<Opening> open, Integer top, Set<String> requireTags,
                        boolean preferenceFirst) {

    public BatchCase {
        dept = List.copyOf(dept);
        keep = List.copyOf(keep);
        require = Set.copyOf(require);
        open = Set.copyOf(open);
        requireTags = requireTags == null ? Set.of() : Set.copyOf(requireTags);
    }

    /** A case with only the old requirement codes, in the default order. */
    public BatchCase(String id, Double lat, Double lng, String address, List<String> dept, List<String> keep,
                     Double km, Set<Requirement> require, Set<Opening> open, Integer top) {
        this(id, lat, lng, address, dept, keep, km, require, open, top, Set.of(), false);
    }

    /** The same case in the 実績優先 order. */
    public BatchCase preferringHistory() {
        return new BatchCase(id, lat, lng, address, dept, keep, km, require, open, top, requireTags, true);
    }

    /** The same case at resolved coordinates with these departments (the CLI after geocoding). */
    public BatchCase at(double atLat, double atLng, List<String> depts, List<String> kept) {
        return new BatchCase(id, atLat, atLng, null, depts, kept, km, require, open, top, requireTags,
                preferenceFirst);
    }

    /** True when the line gave coordinates (else it gave an address). */
    public boolean hasCoordinates() {
        return lat != null && lng != null;
    }

    /** The request at these coordinates, exact department names. */
    public MatchRequest toRequest(double atLat, double atLng) {
        return builder(atLat, atLng).build();
    }

    /** The request at these coordinates, sub-departments covering their ancestors. */
    public MatchRequest toRequest(double atLat, double atLng, BiPredicate<String, String> isAncestor) {
        return builder(atLat, atLng).allowSubDepartment(isAncestor).build();
    }

    private MatchRequest.Builder builder(double atLat, double atLng) {
        return MatchRequest.builder(atLat, atLng, dept).keep(keep)
                .maxKm(km == null ? MatchRequest.DEFAULT_KM : km).require(require).requireTags(requireTags)
                .preferenceFirst(preferenceFirst).open(open)
                .top(top == null ? MatchRequest.DEFAULT_TOP : top);
    }
}
