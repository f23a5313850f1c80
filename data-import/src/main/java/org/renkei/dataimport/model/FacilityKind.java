package org.renkei.dataimport.model;

/** Kind of medical institution, with the Japanese label shown to users and stored in the database. */
public enum FacilityKind {
    HOSPITAL("病院"),
    CLINIC("診療所"),
    DENTAL("歯科");

    private final String label;

    FacilityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FacilityKind fromLabel(String label) {
        for (FacilityKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown facility kind: " + label);
    }
}
