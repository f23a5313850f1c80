package org.renkei.app.referral;

/**
 * How a referral that was sent to a facility turned out, for its acceptance history (docs/ranking.md).
 * 受入, and the later 初診確認 / 終了, count as accepted; 辞退 as declined; 転送 as redirected; 送付済 without an answer
 * as pending.
 */
public enum ReferralOutcome {
    ACCEPTED, DECLINED, REDIRECTED, PENDING;

    /**
     * The outcome from a destination's history.
     *
     * @param latestAnswer the latest of its 受入 / 初診確認 / 辞退 / 転送 events, or null when it has none
     * @param closed       whether it has a 終了 event (closing without a recorded answer counts as accepted)
     */
    public static ReferralOutcome of(ReferralStatus latestAnswer, boolean closed) {
        if (latestAnswer == null) {
            return closed ? ACCEPTED : PENDING;
        }
        return switch (latestAnswer) {
            case ACCEPTED, FIRST_VISIT, CLOSED -> ACCEPTED;
            case DECLINED -> DECLINED;
            case FORWARDED -> REDIRECTED;
            case DRAFT, SENT -> closed ? ACCEPTED : PENDING;
        };
    }
}
