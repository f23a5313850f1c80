package org.renkei.app.export;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Dates as Japanese documents print them: 和暦 ({@code 令和8年11月20日}, the first year written 元年) or 西暦
 * ({@code 2026年11月20日}), and ages in full years.
 * <p>
 * 和暦 is given from 1873-01-01 (明治6年), the day Japan adopted the Gregorian calendar; earlier days had lunisolar
 * months that a Gregorian month and day cannot express, so they print in 西暦.
 */
public final class JapaneseDates {
    /** First day whose Gregorian month and day are also the Japanese ones (明治6年1月1日). */
    public static final LocalDate GREGORIAN_IN_JAPAN = LocalDate.of(1873, 1, 1);

    private record Era(String name, LocalDate start) {
    }

    /** Newest first; each era starts on the day after the emperor's death or abdication took effect. */
    private static final List<Era> ERAS = List.of(
            new Era("令和", LocalDate.of(2019, 5, 1)),
            new Era("平成", LocalDate.of(1989, 1, 8)),
            new Era("昭和", LocalDate.of(1926, 12, 25)),
            new Era("大正", LocalDate.of(1912, 7, 30)),
            new Era("明治", LocalDate.of(1868, 1, 25)));   // 明治元年1月1日, retroactive per 改元の詔

    private JapaneseDates() {
    }

    /** {@code 令和8年11月20日} when {@code era}, else {@code 2026年11月20日}. */
    public static String format(LocalDate day, boolean era) {
        return era ? wareki(day) : seireki(day);
    }

    /** 西暦: {@code 2026年11月20日}. */
    public static String seireki(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** 和暦: {@code 令和8年11月20日}, {@code 令和元年5月1日}; 西暦 before {@link #GREGORIAN_IN_JAPAN}. */
    public static String wareki(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(GREGORIAN_IN_JAPAN)) {
            return seireki(day);
        }
        return warekiYear(day) + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** The era and year alone: {@code 昭和23}, {@code 平成元}. */
    static String warekiYear(LocalDate day) {
        for (Era e : ERAS) {
            if (!day.isBefore(e.start())) {
                int year = day.getYear() - e.start().getYear() + 1;
                return e.name() + (year == 1 ? "元" : Integer.toString(year));
            }
        }
        throw new IllegalArgumentException("before 明治: " + day);
    }

    /** Completed years on {@code on} (the birthday itself counts; 2月29日 births turn a year older on 3月1日). */
    public static int age(LocalDate birth, LocalDate on) {
        Objects.requireNonNull(birth, "birth");
        Objects.requireNonNull(on, "on");
        if (on.isBefore(birth)) {
            throw new IllegalArgumentException("birth date after " + on);
        }
        return Period.between(birth, on).getYears();
    }
}
