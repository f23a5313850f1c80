package org.renkei.app.match;

/**
 * A needed department that no eligible facility within the limit offers.
 *
 * @param nearest   the nearest eligible facility beyond the limit, or null if there is none anywhere
 * @param nearestKm its distance, or null
 */
public record Uncovered(String dept, MatchFacility nearest, Double nearestKm) {
}
