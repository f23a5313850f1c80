package org.renkei.app.match;

import java.util.List;

/**
 * A set of facilities that together cover the coverable needed departments; members nearest first.
 *
 * @param totalKm         sum of the members' distances
 * @param totalPreference sum of the members' preference scores
 */
public record Plan(List<PlanMember> members, double totalKm, double totalPreference) {
    public Plan {
        members = List.copyOf(members);
    }

    /** Number of facilities. */
    public int count() {
        return members.size();
    }
}
