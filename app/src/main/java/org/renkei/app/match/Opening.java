package org.renkei.app.match;

import org.renkei.app.domain.Codes;
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
        return Codes.require(values(), Opening::code, code.trim().toLowerCase(Locale.ROOT), "opening");
    }
}
