package org.renkei.app.ui.fields;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateTextTest {
    private static final Optional<LocalDate> NOV_20 = Optional.of(LocalDate.of(2026, 11, 20));

    @Test
    void westernDatesInTheWaysStaffTypeThem() {
        assertEquals(NOV_20, DateText.parse("2026/11/20"));
        assertEquals(NOV_20, DateText.parse(" 2026-11-20 "));
        assertEquals(NOV_20, DateText.parse("2026年11月20日"));
        assertEquals(NOV_20, DateText.parse("２０２６／１１／２０"), "full-width digits and slashes");
        assertEquals(NOV_20, DateText.parse("20261120"));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), DateText.parse("2026/1/5"));
    }

    @Test
    void eraDatesWithNamesInitialsAndGannen() {
        assertEquals(Optional.of(LocalDate.of(1948, 4, 2)), DateText.parse("昭和23年4月2日"));
        assertEquals(Optional.of(LocalDate.of(1948, 4, 2)), DateText.parse("S23.4.2"));
        assertEquals(Optional.of(LocalDate.of(1948, 4, 2)), DateText.parse("ｓ23/04/02"));
        assertEquals(Optional.of(LocalDate.of(2019, 5, 1)), DateText.parse("令和元年5月1日"));
        assertEquals(NOV_20, DateText.parse("R8.11.20"));
        assertEquals(Optional.of(LocalDate.of(1989, 1, 8)), DateText.parse("平成元年1月8日"));
    }

    @Test
    void impossibleOrUnreadableDatesAreEmpty() {
        assertTrue(DateText.parse("2026/02/30").isEmpty());
        assertTrue(DateText.parse("昭和64年1月8日").isEmpty(), "昭和 ended on 1月7日");
        assertTrue(DateText.parse("平成元年1月7日").isEmpty(), "平成 began on 1月8日");
        assertTrue(DateText.parse("11/20").isEmpty());
        assertTrue(DateText.parse("きのう").isEmpty());
        assertTrue(DateText.parse("").isEmpty());
        assertTrue(DateText.isBlank("　"));
    }

    @Test
    void monthsAndFormatting() {
        assertEquals(Optional.of(YearMonth.of(2026, 1)), DateText.parseMonth("2026/01"));
        assertEquals(Optional.of(YearMonth.of(2026, 1)), DateText.parseMonth("2026-1"));
        assertEquals(Optional.of(YearMonth.of(2026, 12)), DateText.parseMonth("2026年12月"));
        assertEquals(Optional.of(YearMonth.of(2026, 3)), DateText.parseMonth("202603"));
        assertTrue(DateText.parseMonth("2026/13").isEmpty());
        assertTrue(DateText.parseMonth("2026").isEmpty());
        assertEquals("2026/11/20", DateText.format(LocalDate.of(2026, 11, 20)));
        assertEquals("2026/01", DateText.format(YearMonth.of(2026, 1)));
        assertEquals("", DateText.format((LocalDate) null));
    }
}
