package org.renkei.app.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One referral (a case's destination) as the summary workbook lists it. No patient name: the summary is
 * for office statistics, so it carries only the hospital's patient ID.
 *
 * @param caseDate   the day the case was opened (months are counted on it)
 * @param sentOn     first day the status became 送付済, null if never sent
 * @param answeredOn first day of 受入 / 辞退 / 転送, null while unanswered
 * @param acceptedOn first day of 受入, null if the clinic never accepted
 * @param statusDate day of the current status
 */
public record ReferralRecord(long caseId, String patientId, LocalDate caseDate, long facilityId, String facilityName,
                             List<String> covers, ReferralStatus status, LocalDate sentOn, LocalDate answeredOn,
                             LocalDate acceptedOn, LocalDate statusDate, String forwardedTo) {
    public ReferralRecord {
        Objects.requireNonNull(caseDate, "caseDate");
        Objects.requireNonNull(facilityName, "facilityName");
        covers = List.copyOf(covers);
        Objects.requireNonNull(status, "status");
        forwardedTo = Objects.requireNonNullElse(forwardedTo, "");
    }

    /** Accepted at some point, whatever happened after (初診確認, 終了). */
    public boolean accepted() {
        return acceptedOn != null;
    }
}
