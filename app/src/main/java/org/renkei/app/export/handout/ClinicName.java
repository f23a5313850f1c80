package org.renkei.app.export.handout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an official facility name into its operating corporation and the name patients know:
 * 「医療法人社団喜平会　府中病院」 → 医療法人社団喜平会 + 府中病院. Names without a corporation stay whole.
 */
public record ClinicName(String corporation, String name) {
    private static final Pattern CORPORATE = Pattern.compile("法人|機構|財団|組合|連合会|日本赤十字社");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

    public static ClinicName split(String official) {
        String s = official.strip();
        Matcher m = SPACE.matcher(s);
        if (m.find()) {
            String head = s.substring(0, m.start());
            String tail = s.substring(m.end()).strip();
            if (!tail.isEmpty() && CORPORATE.matcher(head).find()) {
                return new ClinicName(head, SPACE.matcher(tail).replaceAll("　"));
            }
        }
        return new ClinicName("", s);
    }
}
