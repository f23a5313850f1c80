package org.renkei.app.referral;

import java.util.Objects;

/**
 * The referring hospital's own details, printed on every letter and handout, and office preferences.
 *
 * @param logoPath     optional PNG/JPEG printed in the letter head; empty for none
 * @param eraDates     true: dates and ages in 和暦 (令和8年11月20日); false: 西暦 (2026年11月20日)
 * @param waitDays     a referral sent longer ago than this without an answer shows in 返事待ち
 */
public record OfficeSettings(String hospitalName, String postalCode, String address, String phone, String fax,
                             String logoPath, boolean eraDates, int waitDays) {
    public static final int DEFAULT_WAIT_DAYS = 14;

    public OfficeSettings {
        hospitalName = Objects.requireNonNullElse(hospitalName, "");
        postalCode = Objects.requireNonNullElse(postalCode, "");
        address = Objects.requireNonNullElse(address, "");
        phone = Objects.requireNonNullElse(phone, "");
        fax = Objects.requireNonNullElse(fax, "");
        logoPath = Objects.requireNonNullElse(logoPath, "");
        if (waitDays < 1) {
            throw new IllegalArgumentException("waitDays must be positive: " + waitDays);
        }
    }

    public static OfficeSettings defaults() {
        return new OfficeSettings("", "", "", "", "", "", true, DEFAULT_WAIT_DAYS);
    }
}
