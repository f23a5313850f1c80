package org.renkei.app.referral;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of a facility's referral chart: referrals sent that month, and how many of those were accepted
 * (by the month they were sent, so that accepted ≤ sent in every month).
 */
public record MonthCount(YearMonth month, int sent, int accepted) {
    public MonthCount {
        Objects.requireNonNull(month, "month");
        if (sent < 0 || accepted < 0 || accepted > sent) {
            throw new IllegalArgumentException("bad month counts: " + sent + "/" + accepted);
        }
    }
}
