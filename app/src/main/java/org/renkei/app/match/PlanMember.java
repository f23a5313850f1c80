package org.renkei.app.match;

import java.util.List;

/**
 * One facility of a plan.
 *
 * @param covers the needed departments assigned to this facility (request order); never empty
 * @param km     straight-line distance from the patient
 */
public record PlanMember(MatchFacility facility, List<String> covers, double km) {
    public PlanMember {
        covers = List.copyOf(covers);
    }
}
