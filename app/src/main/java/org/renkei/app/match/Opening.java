package org.renkei.app.match;

import java.util.Locale;

/** An opening-time constraint on the department a facility covers. */
public enum Opening {
    SAT("sat"),
    SUN("sun"),
    EVENING("evening");

    private final String code;

    Opening(String code) {
        this.code = code;
    }

    /** The CLI / JSON code, e.g. {@code sat}. */
    public String code() {
        return code;
    }

    public static Opening fromCode(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Opening o : values()) {
            if (o.code.equals(c)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown opening: " + code);
    }
}
