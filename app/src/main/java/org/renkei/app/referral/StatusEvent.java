package org.renkei.app.referral;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** One entry of a destination's history: a status with its day, note and (for 転送) the new destination. */
public record StatusEvent(long caseId, long facilityId, ReferralStatus status, LocalDate day, String note,
                          String forwardedTo, LocalDateTime recordedAt) {
    public StatusEvent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(day, "day");
        note = Objects.requireNonNullElse(note, "");
        forwardedTo = Objects.requireNonNullElse(forwardedTo, "");
    }
}
