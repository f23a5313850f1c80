package org.renkei.dataimport.read.kouseikyoku;

import org.renkei.dataimport.read.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 和暦 dates as the bureau lists and municipal files write them: {@code 令和 5.10. 1}, {@code 令 5.10. 1},
 * {@code 平成16. 7. 1}, {@code 昭和50.11. 1}, {@code R5.10.1}, {@code 令和 02年05月01日}, {@code 令和元年5月1日};
 * also plain Gregorian {@code 1947/4/1} and {@code 2023-10-01}.
 */
public final class WarekiDate {
    private static final Pattern WAREKI = Pattern.compile(
            "(令和|令|R|平成|平|H|昭和|昭|S|大正|大|T|明治|明|M)\\s*(元|\\d{1,2})\\s*[.年/]\\s*(\\d{1,2})\\s*[.月/]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern GREGORIAN = Pattern.compile("(\\d{4})\\s*[./年-]\\s*(\\d{1,2})\\s*[./月-]\\s*(\\d{1,2})\\s*日?");

    private WarekiDate() {
    }

    /** The date, or empty when the text is no date this class understands (or no valid day). */
    public static Optional<LocalDate> parse(String text) {
        String s = Text.nfkc(text)
                .toUpperCase(java.util.Locale.ROOT);
        try {
            Matcher m = WAREKI.matcher(s);
            if (m.matches()) {
                int year = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
                int base = switch (m.group(1).charAt(0)) {
                    case '令', 'R' -> 2018;
                    case '平', 'H' -> 1988;
                    case '昭', 'S' -> 1925;
                    case '大', 'T' -> 1911;
                    default -> 1867;
                };
                return Optional.of(LocalDate.of(base + year, Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))));
            }
            m = GREGORIAN.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
