package org.renkei.app.ui.records;

import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.StatusEvent;
import org.renkei.app.referral.WaitingReferral;

import java.time.LocalDate;
import java.util.List;

/** Status changes of a case's destinations, their history and 返事待ち ({@code CaseService}). Slow: off the UI thread. */
public interface ReferralTracking {
    /** Records a status; returns the case as stored after the change. */
    ReferralCase setStatus(long caseId, long facilityId, ReferralStatus status, LocalDate day, String note,
                           String forwardedTo);

    /** Oldest first. */
    List<StatusEvent> history(long caseId, long facilityId);

    /** Destinations sent more than {@code waitDays} days before {@code today} without an answer, longest first. */
    List<WaitingReferral> awaiting(LocalDate today, int waitDays);
}
