package org.renkei.app.ui.detail;

import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
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

    public static HoursRow of(DepartmentEntry entry) {
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

    /**
     * The week in one line: days with the same hours together, runs of days as 「月〜土」, e.g.
     * 「月〜金 09:00–12:30 / 14:00–18:00、土 09:00–12:30」; empty when no hours are known.
     */
    public String summary() {
        Map<String, List<ServiceDay>> byHours = new LinkedHashMap<>();
        for (ServiceDay day : ServiceDay.values()) {
            if (!hours(day).isEmpty()) {
                byHours.computeIfAbsent(hours(day), h -> new ArrayList<>()).add(day);
            }
        }
        return byHours.entrySet().stream().map(e -> days(e.getValue()) + " " + e.getKey())
                .collect(Collectors.joining("、"));
    }

    /** Consecutive days as 「月〜水」, others joined with 「・」. */
    private static String days(List<ServiceDay> days) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).ordinal() == days.get(j).ordinal() + 1) {
                j++;
            }
            parts.add(j == i ? days.get(i).label() : days.get(i).label() + "〜" + days.get(j).label());
            i = j + 1;
        }
        return String.join("・", parts);
    }
}
