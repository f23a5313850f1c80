package org.renkei.app.match;

import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

/**
 * What the matcher needs to know about one department's hours at one facility.
 * With {@code hoursKnown == false} the facility satisfies no opening constraint for this department.
 *
 * @param hoursKnown whether any hours are recorded
 * @param saturday   open on Saturday
 * @param sunday     open on Sunday
 * @param evening    open after 18:00 on some weekday (Monday to Friday)
 */
public record DeptOpening(boolean hoursKnown, boolean saturday, boolean sunday, boolean evening) {

    /** Hours not recorded. */
    public static final DeptOpening UNKNOWN = new DeptOpening(false, false, false, false);

    /** Evening means open past this time. */
    public static final LocalTime EVENING_START = LocalTime.of(18, 0);

    public DeptOpening {
        if (!hoursKnown && (saturday || sunday || evening)) {
            throw new IllegalArgumentException("opening flags need known hours");
        }
    }

    /** Derives the flags from stored periods; an empty list means unknown hours. */
    public static DeptOpening fromHours(Collection<OpeningHours> hours) {
        if (hours == null || hours.isEmpty()) {
            return UNKNOWN;
        }
        boolean sat = false;
        boolean sun = false;
        boolean eve = false;
        for (OpeningHours h : hours) {
            sat |= h.day() == ServiceDay.SAT;
            sun |= h.day() == ServiceDay.SUN;
            eve |= isWeekday(h.day()) && endsInEvening(h.start(), h.end());
        }
        return new DeptOpening(true, sat, sun, eve);
    }

    /** True when every constraint holds (an empty set always holds). */
    public boolean satisfies(Set<Opening> open) {
        if (open.isEmpty()) {
            return true;
        }
        if (!hoursKnown) {
            return false;
        }
        for (Opening o : open) {
            boolean ok = switch (o) {
                case SAT -> saturday;
                case SUN -> sunday;
                case EVENING -> evening;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static final Set<ServiceDay> WEEKDAYS = EnumSet.range(ServiceDay.MON, ServiceDay.FRI);

    private static boolean isWeekday(ServiceDay d) {
        return WEEKDAYS.contains(d);
    }

    private static boolean endsInEvening(LocalTime start, LocalTime end) {
        // An end at or before the start runs past midnight, so it is open in the evening.
        return end.isAfter(EVENING_START) || !end.isAfter(start);
    }
}
