package org.renkei.app.referral;

/** Where one destination of a case stands (closed loop). */
public enum ReferralStatus {
    DRAFT("下書き"), SENT("送付済"), ACCEPTED("受入"), DECLINED("辞退"), FORWARDED("転送"),
    FIRST_VISIT("初診確認"), CLOSED("終了");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    /** The Japanese name used in the window, the CLI and the summary workbook. */
    public String label() {
        return label;
    }

    /** True while the hospital waits for the clinic's answer. */
    public boolean awaitingAnswer() {
        return this == SENT;
    }

    /** Parses the Japanese label or the enum name. */
    public static ReferralStatus parse(String text) {
        String t = text == null ? "" : text.strip();
        for (ReferralStatus s : values()) {
            if (s.label.equals(t) || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status: " + text);
    }
}
