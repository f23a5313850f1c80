package org.renkei.app.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One destination of a case that left the office (any status after 下書き), with how it turned out.
 *
 * @param source    the facility's source (its identity across re-imports together with {@code sourceKey})
 * @param covers    the departments this destination took over for the patient
 * @param sentOn    the first day of its history after 下書き
 */
public record SentReferral(long caseId, long facilityId, String source, String sourceKey, List<String> covers,
                           LocalDate sentOn, ReferralOutcome outcome) {
    public SentReferral {
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(outcome, "outcome");
        covers = List.copyOf(covers);
        source = Objects.requireNonNullElse(source, "");
        sourceKey = Objects.requireNonNullElse(sourceKey, "");
    }
}
