package org.renkei.app.match;

import java.util.Locale;

/** A hard facility-level constraint. An unknown attribute (null) never satisfies it. */
public enum Requirement {
    HOME_VISIT("home-visit"),
    BARRIER_FREE("barrier-free"),
    ACCEPTING("accepting");

    private final String code;

    Requirement(String code) {
        this.code = code;
    }

    /** The CLI / JSON code, e.g. {@code home-visit}. */
    public String code() {
        return code;
    }

    /** Parses a code; also accepts {@code home_visit}, {@code barrier_free} and {@code accepting_new}. */
    public static Requirement fromCode(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (c.equals("accepting-new")) {
            return ACCEPTING;
        }
        for (Requirement r : values()) {
            if (r.code.equals(c)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown requirement: " + code);
    }
}
