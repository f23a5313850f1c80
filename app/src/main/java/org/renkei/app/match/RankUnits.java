package org.renkei.app.match;

/** The integer units plans are ranked in, so that sums are exact and do not depend on the order of addition. */
final class RankUnits {
    /** Distances are ranked in nanometres (1e-12 km). */
    static final double UNITS_PER_KM = 1e12;

    private RankUnits() {
    }

    static long units(double km) {
        return Math.round(km * UNITS_PER_KM);
    }

    /** Preference in integer units (1e-9) so sums are exact. */
    static long prefUnits(double preference) {
        return Math.round(preference * 1e9);
    }
}
