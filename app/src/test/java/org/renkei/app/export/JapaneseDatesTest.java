package org.renkei.app.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JapaneseDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2026-11-20, 令和8年11月20日",
            "2020-01-01, 令和2年1月1日",
            "2019-05-01, 令和元年5月1日",
            "2019-04-30, 平成31年4月30日",
            "1989-01-08, 平成元年1月8日",
            "1989-01-07, 昭和64年1月7日",
            "1948-04-02, 昭和23年4月2日",
            "1927-01-01, 昭和2年1月1日",
            "1926-12-25, 昭和元年12月25日",
            "1926-12-24, 大正15年12月24日",
            "1912-07-30, 大正元年7月30日",
            "1912-07-29, 明治45年7月29日",
            "1873-01-01, 明治6年1月1日",
            "1872-12-31, 1872年12月31日",
    })
    void eraBoundaries(LocalDate day, String expected) {
        assertEquals(expected, JapaneseDates.wareki(day));
    }

    @Test
    void seirekiAndTheOfficeChoice() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        assertEquals("2026年11月20日", JapaneseDates.seireki(day));
        assertEquals("2026年11月20日", JapaneseDates.format(day, false));
        assertEquals("令和8年11月20日", JapaneseDates.format(day, true));
    }

    /** Every day from 明治6年 to 2100 agrees with the JDK's Japanese chronology (an independent table). */
    @Test
    void agreesWithTheJdkChronologyEveryDay() {
        int checked = 0;
        for (LocalDate d = JapaneseDates.GREGORIAN_IN_JAPAN; d.getYear() <= 2100; d = d.plusDays(1)) {
            JapaneseDate jd = JapaneseDate.from(d);
            int year = jd.get(ChronoField.YEAR_OF_ERA);
            String expected = jd.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE)
                    + (year == 1 ? "元" : Integer.toString(year)) + "年" + d.getMonthValue() + "月"
                    + d.getDayOfMonth() + "日";
            assertEquals(expected, JapaneseDates.wareki(d), d::toString);
            checked++;
        }
        assertEquals(83_275, checked);
    }

    @ParameterizedTest
    @CsvSource({
            "1948-04-02, 2026-04-01, 77",
            "1948-04-02, 2026-04-02, 78",
            "1948-04-02, 2026-11-20, 78",
            "2000-02-29, 2001-02-28, 0",
            "2000-02-29, 2001-03-01, 1",
            "2000-02-29, 2004-02-29, 4",
            "2026-11-20, 2026-11-20, 0",
    })
    void ageInFullYears(LocalDate birth, LocalDate on, int expected) {
        assertEquals(expected, JapaneseDates.age(birth, on));
    }

    @Test
    void birthAfterTheDayIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> JapaneseDates.age(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 20)));
    }
}
