package org.renkei.app.match;

import java.util.Comparator;

/** An eligible facility within the limit, with the needed departments it covers as a bit mask. */
final class Candidate {
    /** Nearest first, then higher preference, then smaller id: the per-facility ranking key. */
    static final Comparator<Candidate> ORDER = Comparator.comparingLong((Candidate c) -> c.units)
            .thenComparing(Comparator.comparingLong((Candidate c) -> c.prefUnits).reversed())
            .thenComparing(c -> c.facility.id());

    final MatchFacility facility;
    final double km;
    final long units;
    final long prefUnits;
    int mask;

    Candidate(MatchFacility facility, double km) {
        this.facility = facility;
        this.km = km;
        this.units = RankUnits.units(km);
        this.prefUnits = RankUnits.prefUnits(facility.preference());
    }
}
