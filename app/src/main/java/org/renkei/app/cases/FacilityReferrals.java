package org.renkei.app.cases;

import org.renkei.app.referral.FacilityReferral;
import org.renkei.app.store.Database;
import org.renkei.app.store.FacilityReferralRepository;
import org.renkei.app.store.Tx;

import java.util.List;

/**
 * A facility's referrals for the detail pane's history table (case id, departments, dates, status); the counts and
 * the monthly series come from {@link AcceptanceHistory}.
 */
public final class FacilityReferrals {
    private final Database db;
    private final FacilityReferralRepository repo = new FacilityReferralRepository();

    public FacilityReferrals(Database db) {
        this.db = db;
    }

    /** The facility's referrals, newest case first. */
    public List<FacilityReferral> referrals(long facilityId) {
        return Tx.run(db, "Reading the referrals of facility " + facilityId, c -> repo.referrals(c, facilityId));
    }
}
