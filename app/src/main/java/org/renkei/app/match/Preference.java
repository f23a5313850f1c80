package org.renkei.app.match;

/**
 * The preference score, the matcher's third ranking key (docs/ranking.md): a weighted sum of three parts, each in
 * [0, 1], so the score is in [0, 1].
 *
 * <pre>
 * preference = 0.4 · registered + 0.4 · acceptance + 0.2 · freshness
 * registered = 1 when the facility is a 登録医 (registered partner), else 0
 * acceptance = (accepted + 2) / (answered + 4)          Beta(2, 2) prior: 0.5 with no answers yet
 * freshness  = 0 when no fact was ever verified, else 0.25 + 0.75 · fresh / (fresh + stale)
 * </pre>
 */
public final class Preference {
    public static final double W_REGISTERED = 0.4;
    public static final double W_ACCEPTANCE = 0.4;
    public static final double W_FRESHNESS = 0.2;
    /** Prior pseudo-counts: as if every facility had accepted 2 and refused 2 before the first real answer. */
    public static final double PRIOR_ACCEPTED = 2;
    public static final double PRIOR_REFUSED = 2;
    /** Freshness of a profile whose facts are all stale (still above never verified). */
    public static final double STALE_FLOOR = 0.25;

    private Preference() {
    }

    /** The acceptance rate shrunk toward 0.5 by the sample size. */
    public static double acceptance(int accepted, int answered) {
        if (accepted < 0 || answered < accepted) {
            throw new IllegalArgumentException("bad acceptance counts: " + accepted + "/" + answered);
        }
        return (accepted + PRIOR_ACCEPTED) / (answered + PRIOR_ACCEPTED + PRIOR_REFUSED);
    }

    /** Fresh verified facts &gt; stale facts &gt; never verified. */
    public static double freshness(int freshFacts, int staleFacts) {
        if (freshFacts < 0 || staleFacts < 0) {
            throw new IllegalArgumentException("negative fact count");
        }
        int all = freshFacts + staleFacts;
        return all == 0 ? 0 : STALE_FLOOR + (1 - STALE_FLOOR) * freshFacts / all;
    }

    /** The weighted score of one facility's profile. */
    public static double score(FacilityProfile p) {
        return W_REGISTERED * (p.isRegistered() ? 1 : 0) + W_ACCEPTANCE * acceptance(p.accepted(), p.answered())
                + W_FRESHNESS * freshness(p.freshFacts(), p.staleFacts());
    }
}
