package org.renkei.app.cases;

import org.renkei.app.referral.FacilityReferral;
import org.renkei.app.store.Database;
import org.renkei.app.store.FacilityReferralRepository;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A facility's referral history for the detail pane: its referrals and the sent / accepted counts per month. */
public final class FacilityReferrals {
    private final Database db;
    private final FacilityReferralRepository repo = new FacilityReferralRepository();

    public FacilityReferrals(Database db) {
        this.db = db;
    }

    /** Sent and accepted referrals of one month (accepted counted in the month the referral was sent). */
    public record Month(YearMonth month, int sent, int accepted) {
    }

    /** The facility's referrals, newest case first. */
    public List<FacilityReferral> referrals(long facilityId) {
        return Tx.run(db, "Reading the referrals of facility " + facilityId, c -> repo.referrals(c, facilityId));
    }

    /** Every month from {@code from} to {@code to} (inclusive, zero months included) with its counts. */
    public static List<Month> monthly(List<FacilityReferral> referrals, YearMonth from, YearMonth to) {
        Map<YearMonth, int[]> counts = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counts.put(m, new int[2]);
        }
        for (FacilityReferral r : referrals) {
            LocalDate sent = r.sentOn();
            int[] c = sent == null ? null : counts.get(YearMonth.from(sent));
            if (c != null) {
                c[0]++;
                c[1] += r.acceptedOn() == null ? 0 : 1;
            }
        }
        List<Month> out = new ArrayList<>();
        counts.forEach((m, c) -> out.add(new Month(m, c[0], c[1])));
        return out;
    }
}
