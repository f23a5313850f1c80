package org.renkei.app.referral;

/** Sex as written on the letter; JSON codes {@code M}, {@code F}, {@code U}. */
public enum Sex {
    MALE("M", "男"), FEMALE("F", "女"), UNKNOWN("U", "");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** Japanese label (男 / 女 / empty). */
    public String label() {
        return label;
    }

    /** Parses M/F/U or 男/女 (case-insensitive); anything else is rejected. */
    public static Sex parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String t = text.strip();
        for (Sex s : values()) {
            if (s.code.equalsIgnoreCase(t) || (!s.label.isEmpty() && s.label.equals(t))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sex: " + text);
    }
}
