package org.renkei.app.domain;

import java.util.Locale;
import java.util.Optional;

/** How the facility prefers to be contacted about a referral. */
public enum ContactMethod {
    PHONE("phone", "電話"),
    FAX("fax", "FAX"),
    MCS("mcs", "MCS");

    private final String code;
    private final String label;

    ContactMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ContactMethod fromCode(String code) {
        return Codes.require(values(), ContactMethod::code, code, "contact method");
    }

    /** The label (電話 / FAX / MCS, full-width letters too) or the code, as a person types it. */
    public static Optional<ContactMethod> parse(String text) {
        String t = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Codes.find(values(), ContactMethod::code, t)
                .or(() -> Codes.find(values(), m -> m.label.toLowerCase(Locale.ROOT), t));
    }
}
