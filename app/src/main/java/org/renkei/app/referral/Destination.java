package org.renkei.app.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One facility of a case's chosen plan, with a snapshot of what the letter and the handout print
 * (facility data may change after the plan was chosen), and its current tracking status.
 *
 * @param order       1-based position in the plan (the handout's pin number)
 * @param facilityId  the store's facility id
 * @param covers      needed departments this facility takes over for the patient
 * @param km          straight-line distance from the patient's home
 * @param lat         may be null when the facility has no coordinates
 * @param statusDate  day of the latest status change
 * @param forwardedTo when {@code status} is {@link ReferralStatus#FORWARDED}: who the clinic passed the patient on to
 */
public record Destination(int order, long facilityId, String name, String address, String phone, Double lat,
                          Double lng, List<String> covers, double km, ReferralStatus status, LocalDate statusDate,
                          String note, String forwardedTo) {
    public Destination {
        Objects.requireNonNull(name, "name");
        covers = List.copyOf(covers);
        address = Objects.requireNonNullElse(address, "");
        phone = Objects.requireNonNullElse(phone, "");
        status = Objects.requireNonNullElse(status, ReferralStatus.DRAFT);
        note = Objects.requireNonNullElse(note, "");
        forwardedTo = Objects.requireNonNullElse(forwardedTo, "");
    }
}
