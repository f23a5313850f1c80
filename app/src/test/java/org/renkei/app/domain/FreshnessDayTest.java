package org.renkei.app.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Freshness#firstFreshDay} agrees with {@link Freshness#isStale} around every month end of four years. */
class FreshnessDayTest {
    @Test
    void staleExactlyBeforeTheFirstFreshDay() {
        int checked = 0;
        for (LocalDate today = LocalDate.of(2024, 1, 1); today.isBefore(LocalDate.of(2028, 1, 1));
             today = today.plusDays(1)) {
            for (int months : new int[] {1, 6, 12, 13, 24}) {
                LocalDate first = Freshness.firstFreshDay(today, months);
                for (LocalDate d = first.minusDays(40); d.isBefore(first.plusDays(40)); d = d.plusDays(1)) {
                    assertEquals(Freshness.isStale(d, today, months), d.isBefore(first), d + " on " + today);
                    checked++;
                }
            }
        }
        assertEquals(1461 * 5 * 80, checked);
        assertEquals(LocalDate.of(2025, 4, 30), Freshness.firstFreshDay(LocalDate.of(2026, 4, 30), 12));
        assertEquals(LocalDate.of(2025, 4, 30), Freshness.firstFreshDay(LocalDate.of(2026, 5, 1), 12).minusDays(1));
    }
}
