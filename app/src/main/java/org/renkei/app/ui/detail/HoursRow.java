package org.renkei.app.ui.detail;

import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One department with its hours per day, in {@link ServiceDay} order (月〜日・祝),
 * each cell like 「09:00–12:30 / 14:00–18:00」, empty when closed or unknown.
 */
public record HoursRow(String department, List<String> hoursByDay) {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    public HoursRow {
        hoursByDay = List.copyOf(hoursByDay);
    }

    static HoursRow of(DepartmentEntry entry) {
        String name = entry.known() ? entry.canonical() : entry.label();
        List<String> cells = java.util.Arrays.stream(ServiceDay.values())
                .map(day -> entry.hours().stream()
                        .filter(h -> h.day() == day)
                        .sorted(Comparator.comparingInt(OpeningHours::slot).thenComparing(OpeningHours::start))
                        .map(h -> HM.format(h.start()) + "–" + HM.format(h.end()))
                        .collect(Collectors.joining(" / ")))
                .toList();
        return new HoursRow(name, cells);
    }

    public String hours(ServiceDay day) {
        return hoursByDay.get(day.ordinal());
    }
}
