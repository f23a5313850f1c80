package org.renkei.app.referral;

/**
 * Counts of referrals sent to one facility (or one of its departments) by outcome.
 *
 * @param redirected 転送: the clinic passed the patient on
 * @param pending    送付済 without an answer yet
 */
public record AcceptanceStats(int accepted, int declined, int redirected, int pending) {
    public static final AcceptanceStats NONE = new AcceptanceStats(0, 0, 0, 0);

    public AcceptanceStats {
        if (accepted < 0 || declined < 0 || redirected < 0 || pending < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** Referrals with an answer: the sample size of {@link #rate()}. */
    public int answered() {
        return accepted + declined + redirected;
    }

    /** Every referral sent, answered or not. */
    public int sent() {
        return answered() + pending;
    }

    /** accepted / answered, or null when nothing was answered yet. */
    public Double rate() {
        int n = answered();
        return n == 0 ? null : (double) accepted / n;
    }

    /** These counts plus one referral with this outcome. */
    public AcceptanceStats plus(ReferralOutcome o) {
        return switch (o) {
            case ACCEPTED -> new AcceptanceStats(accepted + 1, declined, redirected, pending);
            case DECLINED -> new AcceptanceStats(accepted, declined + 1, redirected, pending);
            case REDIRECTED -> new AcceptanceStats(accepted, declined, redirected + 1, pending);
            case PENDING -> new AcceptanceStats(accepted, declined, redirected, pending + 1);
        };
    }
}
