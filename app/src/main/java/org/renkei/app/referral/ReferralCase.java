package org.renkei.app.referral;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A reverse-referral case: one patient, the letter body, what to match, the home location and the chosen plan.
 *
 * @param id           store id, 0 before it is saved
 * @param homeLat      geocoded (or entered) home location; null until located
 * @param destinations the chosen plan, pin order; empty until a plan is chosen
 * @param createdOn    the day the case was opened (the letter's date unless {@code letterDate} is set)
 */
public record ReferralCase(long id, Patient patient, Referrer referrer, CaseDetails details, MatchNeeds needs,
                           Double homeLat, Double homeLng, List<Destination> destinations, LocalDate createdOn,
                           LocalDateTime updatedAt) {
    public ReferralCase {
        Objects.requireNonNull(patient, "patient");
        referrer = Objects.requireNonNullElse(referrer, new Referrer("", ""));
        details = Objects.requireNonNullElse(details, CaseDetails.empty());
        Objects.requireNonNull(needs, "needs");
        destinations = List.copyOf(Objects.requireNonNullElse(destinations, List.of()));
        Objects.requireNonNull(createdOn, "createdOn");
    }

    public boolean located() {
        return homeLat != null && homeLng != null;
    }

    public ReferralCase withId(long newId) {
        return new ReferralCase(newId, patient, referrer, details, needs, homeLat, homeLng, destinations, createdOn,
                updatedAt);
    }

    public ReferralCase withDestinations(List<Destination> plan) {
        return new ReferralCase(id, patient, referrer, details, needs, homeLat, homeLng, plan, createdOn, updatedAt);
    }

    public ReferralCase withHome(Double lat, Double lng) {
        return new ReferralCase(id, patient, referrer, details, needs, lat, lng, destinations, createdOn, updatedAt);
    }

    /** The other destinations, for the letter to {@code to}: every doctor knows who covers what. */
    public List<Destination> othersThan(Destination to) {
        return destinations.stream().filter(d -> d.facilityId() != to.facilityId()).toList();
    }

    @Override
    public String toString() {
        return "ReferralCase[id=" + id + ", patient=" + patient + ", destinations=" + destinations.size() + "]";
    }
}
