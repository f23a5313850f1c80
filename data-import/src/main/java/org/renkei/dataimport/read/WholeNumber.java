package org.renkei.dataimport.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-number cells (病床数 …) as facility files write them: {@code 1,234}, full-width digits, and {@code 12 (3)}
 * where the part in brackets is a breakdown that is not imported. Negative numbers and text are problems.
 */
public final class WholeNumber {
    private static final Pattern PLAIN = Pattern.compile("\\d{1,6}");
    private static final Pattern BRACKETED = Pattern.compile("(\\d{1,6})\\s*\\(.*\\)");

    private WholeNumber() {
    }

    /**
     * @param value   the number, or null when the cell is empty or unusable
     * @param problem a Japanese message when the cell was not a plain number, else null
     */
    public record Parsed(Integer value, String problem) {
    }

    /** @param what the column as users know it, for the message, e.g. 病床数 */
    public static Parsed parse(String cell, String what) {
        String v = Text.nfkc(cell).replace(",", "");
        if (v.isEmpty()) {
            return new Parsed(null, null);
        }
        if (PLAIN.matcher(v).matches()) {
            return new Parsed(Integer.valueOf(v), null);
        }
        Matcher m = BRACKETED.matcher(v);
        if (m.matches()) {
            return new Parsed(Integer.valueOf(m.group(1)),
                    what + "「" + cell + "」の括弧内は取り込みません（" + m.group(1) + " とします）。");
        }
        return new Parsed(null, what + "「" + cell + "」を数値として読めません（空欄として取り込みます）。");
    }
}
