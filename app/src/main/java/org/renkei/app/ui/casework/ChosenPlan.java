package org.renkei.app.ui.casework;

import org.renkei.app.match.Plan;
import org.renkei.app.referral.MatchNeeds;

import java.util.Objects;

/**
 * What the case screen hands to the case editor once a plan is chosen: the needs as searched, the patient's
 * address as typed (empty when coordinates were typed), the located home and the chosen plan.
 */
public record ChosenPlan(MatchNeeds needs, String address, double homeLat, double homeLng, Plan plan) {
    public ChosenPlan {
        Objects.requireNonNull(needs, "needs");
        address = Objects.requireNonNullElse(address, "");
        Objects.requireNonNull(plan, "plan");
    }
}
