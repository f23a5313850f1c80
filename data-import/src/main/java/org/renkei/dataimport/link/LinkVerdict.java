package org.renkei.dataimport.link;

/**
 * What the linker concludes about two facilities of different sources.
 *
 * @param score  0–100 for people to sort by (name similarity, address agreement, phone); the decision follows rules
 * @param reason the evidence in Japanese, e.g. 「名称が一致・所在地が一致（町丁目・番地）」
 */
public record LinkVerdict(Decision decision, int score, String reason) {
    /** AUTO: certainly the same facility; PENDING: a person must confirm; NONE: different facilities. */
    public enum Decision { AUTO, PENDING, NONE }

    public static final LinkVerdict NONE = new LinkVerdict(Decision.NONE, 0, "");

    public boolean linked() {
        return decision != Decision.NONE;
    }
}
