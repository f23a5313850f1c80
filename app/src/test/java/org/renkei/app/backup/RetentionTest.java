package org.renkei.app.backup;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Last 7 daily + 4 weekly, as a pure rule. */
class RetentionTest {
    static final LocalDate WED = LocalDate.of(2026, 4, 29); // a Wednesday

    @Test
    void fortyDaysInARowKeepTheLastSevenAndTheNewestOfFourOlderWeeks() {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            days.add(WED.minusDays(i));
        }
        Set<LocalDate> kept = new TreeSet<>(Retention.keep(days));
        // daily: Thu 23 Apr .. Wed 29 Apr; older: Wed 22 Apr (week of Mon 20), Sun 19, Sun 12, Sun 5 Apr
        Set<LocalDate> expected = new TreeSet<>();
        for (int i = 0; i < 7; i++) {
            expected.add(WED.minusDays(i));
        }
        expected.addAll(List.of(LocalDate.of(2026, 4, 22), LocalDate.of(2026, 4, 19), LocalDate.of(2026, 4, 12),
                LocalDate.of(2026, 4, 5)));
        assertEquals(expected, kept);
    }

    @Test
    void daysWithoutABackupDoNotCountAndFewerBackupsAreAllKept() {
        List<LocalDate> weekdays = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDate d = WED.minusDays(i);
            if (d.getDayOfWeek().getValue() <= 5) {
                weekdays.add(d);
            }
        }
        Set<LocalDate> kept = new TreeSet<>(Retention.keep(weekdays));
        assertEquals(11, kept.size());
        // the 7 most recent weekdays reach back to Tue 21 Apr; then Mon 20, Fri 17, Fri 10, Fri 3 Apr
        assertEquals(LocalDate.of(2026, 4, 21), kept.stream().sorted().toList().get(4));
        assertEquals(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 17),
                LocalDate.of(2026, 4, 20)), kept.stream().sorted().toList().subList(0, 4));
        assertEquals(Set.of(WED, WED.minusDays(3)), Retention.keep(List.of(WED, WED.minusDays(3))));
    }
}
