package org.renkei.app.referral;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A referral sent and not answered yet (返事待ち): one destination of a case in 送付済.
 *
 * @param sentOn the day it was sent (the destination's current status date)
 */
public record WaitingReferral(long caseId, Patient patient, Destination destination, LocalDate sentOn) {
    public WaitingReferral {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(sentOn, "sentOn");
    }

    /** Whole days between sending and {@code today}. */
    public long daysWaiting(LocalDate today) {
        return ChronoUnit.DAYS.between(sentOn, today);
    }

    @Override
    public String toString() {
        return "WaitingReferral[case=" + caseId + ", facility=" + destination.facilityId() + ", sentOn=" + sentOn + "]";
    }
}
