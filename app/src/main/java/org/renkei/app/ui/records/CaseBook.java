package org.renkei.app.ui.records;

import org.renkei.app.match.Plan;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.ReferralCase;

import java.util.List;
import java.util.Optional;

/**
 * The stored referral cases as the window needs them ({@code CaseService} in production). Slow: call off the UI
 * thread. Refusals are {@code CaseRejectedException} with a Japanese reason that names no patient data.
 */
public interface CaseBook {
    /** Stores a new case; returns it with its id. */
    ReferralCase create(ReferralCase draft);

    /** Saves the patient and letter body of a stored case (not its plan). */
    ReferralCase update(ReferralCase edited);

    /** Makes {@code plan} the case's destinations. */
    ReferralCase choosePlan(long caseId, Plan plan);

    Optional<ReferralCase> get(long caseId);

    /** Newest first. */
    List<ReferralCase> search(CaseQuery query);
}
