package org.renkei.app.match;

import org.renkei.app.domain.Codes;
import java.util.Locale;
import java.util.Optional;

/**
 * The three requirements the imported lists carry as columns, each also a capability tag. An unknown attribute
 * (null) never satisfies it; the tag set by the office does.
 */
public enum Requirement {
    HOME_VISIT("home-visit", "訪問診療"),
    BARRIER_FREE("barrier-free", "バリアフリー"),
    ACCEPTING("accepting", "新患受付中");

    private final String code;
    private final String tag;

    Requirement(String code, String tag) {
        this.code = code;
        this.tag = tag;
    }

    /** The CLI / JSON code, e.g. {@code home-visit}. */
    public String code() {
        return code;
    }

    /** The capability tag with the same meaning, e.g. 訪問診療. */
    public String tag() {
        return tag;
    }

    /** Parses a code; also accepts {@code home_visit}, {@code barrier_free} and {@code accepting_new}. */
    public static Requirement fromCode(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("unknown requirement: " + code));
    }

    /** The requirement with this code, if it is one (see {@link #fromCode}). */
    public static Optional<Requirement> parse(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (c.equals("accepting-new")) {
            return Optional.of(ACCEPTING);
        }
        return Codes.find(values(), Requirement::code, c);
    }

    /** The requirement whose tag this is (訪問診療 → HOME_VISIT). */
    public static Optional<Requirement> forTag(String tag) {
        return Codes.find(values(), Requirement::tag, tag);
    }
}
