package org.renkei.dataimport.read.profile;

/** What a column of a user's own list can be mapped to. */
public enum Field {
    /** A stable identifier of the facility in the user's list (when the list has one). */
    KEY("キー"),
    NAME("名称"),
    KANA("フリガナ"),
    /** 病院 / 診療所 / 歯科 as text. */
    KIND("種別"),
    POSTAL_CODE("郵便番号"),
    ADDRESS("住所"),
    PHONE("電話番号"),
    URL("URL"),
    LAT("緯度"),
    LNG("経度"),
    BEDS("病床数"),
    CLOSED_DAYS("休診日"),
    /** One cell listing the departments (styles LIST and ABBREVIATIONS), or extra free text with FLAG_COLUMNS. */
    DEPARTMENTS("診療科");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    /** The Japanese name used in problem messages. */
    public String label() {
        return label;
    }
}
