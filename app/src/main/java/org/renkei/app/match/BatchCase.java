package org.renkei.app.match;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * One line of {@code match --batch}. Either {@code lat}/{@code lng} or {@code address} is set; the CLI geocodes
 * the address and then calls {@link #toRequest}.
 *
 * @param km  null = default 5
 * @param top null = default 3
 */
public record BatchCase(String id, Double lat, Double lng, String address, List<String> dept, List<String> keep,
                        Double km, Set<Requirement> require, Set<Opening> open, Integer top) {

    public BatchCase {
        dept = List.copyOf(dept);
        keep = List.copyOf(keep);
        require = Set.copyOf(require);
        open = Set.copyOf(open);
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
                .maxKm(km == null ? MatchRequest.DEFAULT_KM : km).require(require).open(open)
                .top(top == null ? MatchRequest.DEFAULT_TOP : top);
    }
}
