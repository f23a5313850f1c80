package org.renkei.app.backup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which daily backups are kept: the {@value #DAILY} most recent days that have one, and, among the older ones, the
 * newest of each calendar week (Monday to Sunday) for the {@value #WEEKLY} most recent such weeks.
 */
public final class Retention {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private Retention() {
    }

    /** The days of {@code days} whose backups are kept; the others may be deleted. */
    public static Set<LocalDate> keep(Collection<LocalDate> days) {
        List<LocalDate> newestFirst = days.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDate> kept = new LinkedHashSet<>(newestFirst.subList(0, Math.min(DAILY, newestFirst.size())));
        Set<LocalDate> weeks = new LinkedHashSet<>();
        for (LocalDate d : newestFirst.subList(kept.size(), newestFirst.size())) {
            if (weeks.size() == WEEKLY) {
                break;
            }
            if (weeks.add(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))) {
                kept.add(d);
            }
        }
        return kept;
    }
}
