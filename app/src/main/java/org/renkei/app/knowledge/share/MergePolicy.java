package org.renkei.app.knowledge.share;

import org.renkei.app.domain.Codes;
import java.util.Locale;
import java.util.Optional;

/** Which side a conflicting fact takes when the user does not choose row by row. */
public enum MergePolicy {
    /** Keep ours: nothing of ours is overwritten (the default). */
    OURS("ours", "自院を優先"),
    /** Take the other office's value. */
    THEIRS("theirs", "相手を優先"),
    /** The later 確認日 wins; on the same day ours stays. */
    NEWER("newer", "確認日が新しい方");

    /** One side of a conflict. */
    public enum Side { OURS, THEIRS }

    private final String code;
    private final String label;

    MergePolicy(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Side decide(SharedFact ours, SharedFact theirs) {
        return switch (this) {
            case OURS -> Side.OURS;
            case THEIRS -> Side.THEIRS;
            case NEWER -> theirs.verified().on().isAfter(ours.verified().on()) ? Side.THEIRS : Side.OURS;
        };
    }

    public static Optional<MergePolicy> parse(String text) {
        return Codes.find(values(), MergePolicy::code, text.strip().toLowerCase(Locale.ROOT));
    }
}
