package org.renkei.dataimport.read.profile;

import org.renkei.dataimport.read.Text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key of a facility in a list without an identifier column: {@code na-} + 20 hex digits of the SHA-256 of the
 * normalised name and address. Normalised: NFKC (full-width digits and letters), lower case, no white space at all,
 * dash-like characters between digits folded to {@code -}, a leading postcode (〒123-4567) dropped from the address.
 * So 「調布東山病院」「東京都調布市小島町２－３２－１７」 and 「調布東山病院 」「東京都調布市小島町2-32-17」 give the same key;
 * a renamed facility or a rewritten address gives a new key (the old one is closed by the next full import).
 */
public final class DerivedKey {
    /** Prefix of derived keys. */
    public static final String PREFIX = "na-";
    private static final Pattern SPACE = Pattern.compile("[\\s\u3000]+");
    private static final Pattern DASH_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)[-‐‑‒–—―−ーｰ－](?=\\d)");
    private static final Pattern POSTCODE = Pattern.compile("^〒?\\d{3}-?\\d{4}");

    private DerivedKey() {
    }

    public static String of(String name, String address) {
        String n = normalise(name);
        String a = POSTCODE.matcher(normalise(address)).replaceFirst("");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((n + '\u001f' + a).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String normalise(String text) {
        String s = SPACE.matcher(Text.nfkc(text)).replaceAll("").toLowerCase(Locale.ROOT);
        return DASH_BETWEEN_DIGITS.matcher(s).replaceAll("-");
    }
}
