package org.renkei.app.domain;

/** Whether a facility is still in its source's latest full list. Closed facilities are kept, never deleted. */
public enum FacilityStatus {
    ACTIVE("active", "運営中"),
    CLOSED("closed", "廃止・掲載終了");

    private final String code;
    private final String label;

    FacilityStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static FacilityStatus fromCode(String code) {
        return Codes.require(values(), FacilityStatus::code, code, "status");
    }
}
