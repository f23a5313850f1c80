package org.renkei.dataimport.model;

/** Days used in opening hours: the seven weekdays plus public holidays (祝), as in the MHLW files. */
public enum ServiceDay {
    MON("月"), TUE("火"), WED("水"), THU("木"), FRI("金"), SAT("土"), SUN("日"), HOLIDAY("祝");

    private final String label;

    ServiceDay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ServiceDay fromLabel(String label) {
        for (ServiceDay d : values()) {
            if (d.label.equals(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown day: " + label);
    }
}
