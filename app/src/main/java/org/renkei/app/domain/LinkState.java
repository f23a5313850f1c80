package org.renkei.app.domain;

/** Where a link between two facilities of different sources stands. */
public enum LinkState {
    /** Certain by the rules: the secondary is hidden. */
    AUTO("auto", "自動"),
    /** Uncertain: listed for a person; both stay visible. */
    PENDING("pending", "確認待ち"),
    /** A person said they are the same facility: the secondary is hidden. */
    CONFIRMED("confirmed", "同一（確認済み）"),
    /** A person said they are different facilities: never proposed again. */
    REJECTED("rejected", "別施設");

    private final String code;
    private final String label;

    LinkState(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** True when the two facilities are treated as one (the secondary is hidden). */
    public boolean joins() {
        return this == AUTO || this == CONFIRMED;
    }

    /** True when a person decided (the linker never changes it). */
    public boolean decidedByPerson() {
        return this == CONFIRMED || this == REJECTED;
    }

    public static LinkState fromCode(String code) {
        return Codes.require(values(), LinkState::code, code, "link state");
    }
}
