package org.renkei.app.ui.detail;

import org.renkei.app.referral.FacilityReferral;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** One referral of the facility's history table: case id (never the patient), dates, departments, status. */
public record HistoryRow(long caseId, String caseDate, String sentOn, String departments, String status,
                         String statusDate) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    static HistoryRow of(FacilityReferral r) {
        return new HistoryRow(r.caseId(), date(r.caseDate()), date(r.sentOn()), String.join("・", r.covers()),
                r.status().label(), date(r.statusDate()));
    }

    private static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
