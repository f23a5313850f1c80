package org.renkei.dataimport.geo;

/** How precise a location is. {@code SOURCE} means the coordinates came with the imported file. */
public enum Precision {
    SOURCE("source"),
    TOWN("town"),
    MUNICIPALITY("municipality"),
    NONE("none");

    private final String code;

    Precision(String code) {
        this.code = code;
    }

    /** Lower-case code used in JSON output and the database. */
    public String code() {
        return code;
    }

    public static Precision fromCode(String code) {
        for (Precision p : values()) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision: " + code);
    }
}
