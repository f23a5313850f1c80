package org.renkei.app.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One referral to a facility as its history table shows it: the case id (never the patient), the departments it
 * covered, when it left the office and was accepted, and where it stands now.
 *
 * @param sentOn     the first day of its history after 下書き; null while still a draft
 * @param acceptedOn the first 受入 day; null when never accepted
 */
public record FacilityReferral(long caseId, LocalDate caseDate, List<String> covers, LocalDate sentOn,
                               LocalDate acceptedOn, ReferralStatus status, LocalDate statusDate) {
    public FacilityReferral {
        Objects.requireNonNull(caseDate, "caseDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusDate, "statusDate");
        covers = List.copyOf(covers);
    }
}
