package org.renkei.app.ui.fields;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as staff type them: 西暦 {@code 2026/11/20}, {@code 2026-11-20}, {@code 2026年11月20日}, {@code 20261120},
 * and 和暦 {@code 昭和23年4月2日}, {@code S23.4.2}, {@code 令和元年5月1日}; full-width digits are fine. Shown as
 * {@code 2026/11/20}.
 */
public final class DateText {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu/MM");
    private static final String SEP = "\\s*[/\\-.年月]\\s*";
    private static final Pattern WESTERN = Pattern.compile("(\\d{4})" + SEP + "(\\d{1,2})" + SEP + "(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ERA = Pattern.compile(
            "(明治|大正|昭和|平成|令和|[MTSHRmtshr])\\s*(元|\\d{1,2})" + SEP + "(\\d{1,2})" + SEP + "(\\d{1,2})\\s*日?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})" + SEP + "(\\d{1,2})\\s*月?|(\\d{4})(\\d{2})");
    private static final Map<String, JapaneseEra> ERAS = Map.of(
            "明治", JapaneseEra.MEIJI, "M", JapaneseEra.MEIJI, "大正", JapaneseEra.TAISHO, "T", JapaneseEra.TAISHO,
            "昭和", JapaneseEra.SHOWA, "S", JapaneseEra.SHOWA, "平成", JapaneseEra.HEISEI, "H", JapaneseEra.HEISEI,
            "令和", JapaneseEra.REIWA, "R", JapaneseEra.REIWA);

    private DateText() {
    }

    /** The day written in {@code text}; empty when blank or not a real date. */
    public static Optional<LocalDate> parse(String text) {
        String t = normal(text);
        try {
            Matcher m = WESTERN.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))));
            }
            m = COMPACT.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))));
            }
            m = ERA.matcher(t);
            if (m.matches()) {
                JapaneseEra era = ERAS.get(m.group(1).toUpperCase(java.util.Locale.ROOT));
                int year = "元".equals(m.group(2)) ? 1 : num(m.group(2));
                return Optional.of(LocalDate.from(JapaneseDate.of(era, year, num(m.group(3)), num(m.group(4)))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A month written as {@code 2026/01}, {@code 2026-1}, {@code 2026年1月} or {@code 202601}; empty otherwise. */
    public static Optional<YearMonth> parseMonth(String text) {
        Matcher m = YEAR_MONTH.matcher(normal(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = num(m.group(1) != null ? m.group(1) : m.group(3));
        int month = num(m.group(2) != null ? m.group(2) : m.group(4));
        return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
    }

    /** True when nothing but spaces was typed. */
    public static boolean isBlank(String text) {
        return normal(text).isEmpty();
    }

    /** {@code 2026/11/20}; empty for null. */
    public static String format(LocalDate day) {
        return day == null ? "" : SHOWN.format(day);
    }

    /** {@code 2026/01}. */
    public static String format(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    private static String normal(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
