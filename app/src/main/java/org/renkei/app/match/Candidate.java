package org.renkei.app.match;

import java.util.Comparator;

/**
 * An eligible facility within the limit, with the needed departments it covers as a bit mask, and its two ranking
 * costs for the request's order: by default (distance, −preference); with 実績優先 (−preference, distance).
 */
final class Candidate {
    /** Lower primary cost first, then lower secondary cost, then smaller id: the per-facility ranking key. */
    static final Comparator<Candidate> ORDER = Comparator.comparingLong((Candidate c) -> c.primary)
            .thenComparingLong(c -> c.secondary)
            .thenComparing(c -> c.facility.id());
    /** Nearest first whatever the order: how members are listed and who covers a department in a plan. */
    static final Comparator<Candidate> NEAREST = Comparator.comparingLong((Candidate c) -> c.units)
            .thenComparing(Comparator.comparingLong((Candidate c) -> c.prefUnits).reversed())
            .thenComparing(c -> c.facility.id());

    final MatchFacility facility;
    final double km;
    final long units;
    final long prefUnits;
    final long primary;
    final long secondary;
    int mask;

    Candidate(MatchFacility facility, double km, boolean preferenceFirst) {
        this.facility = facility;
        this.km = km;
        this.units = RankUnits.units(km);
        this.prefUnits = RankUnits.prefUnits(facility.preference());
        this.primary = preferenceFirst ? -prefUnits : units;
        this.secondary = preferenceFirst ? units : -prefUnits;
    }
}
