package org.renkei.app.export.handout;

import org.renkei.app.domain.Facility;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Opening hours of the departments a clinic takes over, in a compact form an elderly reader can follow:
 * days with the same hours together, 「月火水金 9:00-12:00 / 15:00-18:00、土 9:00-12:00」.
 */
public final class HoursText {
    private final DepartmentVocabulary vocabulary;

    HoursText(DepartmentVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * One line when every covered department has the same hours (or none are known), else one line per
     * department, 「内科：月〜…」. A sub-department standing in for a needed one is named: 「内科（循環器内科）」.
     */
    List<String> lines(Facility facility, List<String> covers) {
        Map<String, String> byDept = new LinkedHashMap<>();
        for (String dept : covers) {
            Optional<DepartmentEntry> e = entryFor(facility, dept);
            String week = e.map(d -> week(d.hours())).orElse("");
            String label = e.filter(d -> d.known() && !d.canonical().equals(dept))
                    .map(d -> dept + "（" + d.canonical() + "）").orElse(dept);
            byDept.put(label, week);
        }
        List<String> distinct = byDept.values().stream().distinct().toList();
        if (distinct.size() <= 1) {
            String week = distinct.isEmpty() ? "" : distinct.get(0);
            return List.of(week.isEmpty() ? unknown(facility) : week);
        }
        List<String> out = new ArrayList<>();
        byDept.forEach((dept, week) -> out.add(dept + "：" + (week.isEmpty() ? "医療機関にご確認ください" : week)));
        return out;
    }

    private String unknown(Facility f) {
        String closed = f == null || f.closedDays() == null ? "" : f.closedDays().strip();
        if (closed.isEmpty()) {
            return Handout.HOURS_UNKNOWN;
        }
        return String.join("・", closed.split("\\s*[,、，・]\\s*")) + " 休診（" + Handout.HOURS_UNKNOWN + "）";
    }

    /** The entry for the department itself, else the first sub-department with hours, else any sub-department. */
    private Optional<DepartmentEntry> entryFor(Facility f, String dept) {
        if (f == null) {
            return Optional.empty();
        }
        Optional<DepartmentEntry> exact = f.departments().stream()
                .filter(d -> dept.equals(d.canonical()) || (!d.known() && dept.equals(d.label()))).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<DepartmentEntry> subs = f.departments().stream()
                .filter(d -> d.known() && vocabulary.isAncestor(dept, d.canonical())).toList();
        return subs.stream().filter(d -> !d.hours().isEmpty()).findFirst().or(() -> subs.stream().findFirst());
    }

    /** 「月火水金 9:00-12:00 / 15:00-18:00、土 9:00-12:00」, empty without hours. */
    public static String week(List<OpeningHours> hours) {
        Map<ServiceDay, String> perDay = new EnumMap<>(ServiceDay.class);
        for (ServiceDay day : ServiceDay.values()) {
            String slots = hours.stream().filter(h -> h.day() == day)
                    .sorted(Comparator.comparing(OpeningHours::start).thenComparingInt(OpeningHours::slot))
                    .map(h -> time(h.start()) + "-" + time(h.end())).distinct()
                    .collect(Collectors.joining(" / "));
            if (!slots.isEmpty()) {
                perDay.put(day, slots);
            }
        }
        Map<String, StringBuilder> days = new LinkedHashMap<>();
        perDay.forEach((day, slots) -> days.computeIfAbsent(slots, s -> new StringBuilder()).append(day.label()));
        return days.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining("、"));
    }

    private static String time(LocalTime t) {
        return t.getHour() + ":" + String.format("%02d", t.getMinute());
    }
}
