package org.renkei.app.ui.search;

import org.renkei.app.ui.common.Messages;

import java.text.Normalizer;
import java.util.List;

/** The distance choices and the parsing of what the user typed into the km box. */
final class DistanceLimit {
    static final double MAX_KM = 1000;
    static final String DEFAULT = "5";

    private DistanceLimit() {
    }

    static List<String> choices() {
        return List.of("1", "2", "3", "5", "10", "20", unlimitedLabel());
    }

    static String unlimitedLabel() {
        return Messages.get("search.km.unlimited");
    }

    /** A parsed km box: {@code km} null means no limit; {@code valid} false means the text is not usable. */
    record Parsed(boolean valid, Double km) {
        static final Parsed INVALID = new Parsed(false, null);
    }

    /**
     * Parses the km text: empty or 「制限なし」 → no limit, a positive number up to {@link #MAX_KM}
     * (full-width digits and a trailing "km" allowed) → that limit, anything else → invalid.
     */
    static Parsed parse(String text) {
        String t = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (t.isEmpty() || t.equals(unlimitedLabel())) {
            return new Parsed(true, null);
        }
        t = t.toLowerCase().replace("km", "").strip();
        try {
            double km = Double.parseDouble(t);
            if (km > 0 && km <= MAX_KM) {
                return new Parsed(true, km);
            }
        } catch (NumberFormatException e) {
            // invalid, below
        }
        return Parsed.INVALID;
    }
}
