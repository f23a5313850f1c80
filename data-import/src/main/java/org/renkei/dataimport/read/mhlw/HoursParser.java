package org.renkei.dataimport.read.mhlw;

import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.csv.CsvRow;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses 診療時間帯 and the start/end time pairs of one speciality-hours row. */
final class HoursParser {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):?(\\d{2})(?::\\d{2})?");

    private final Values values;

    HoursParser(Values values) {
        this.values = values;
    }

    /** The time slot (≥ 1); when missing or bad, the next free number for the department, reported. */
    int slot(CsvRow row, int column, List<OpeningHours> existing) {
        String v = Text.nfkc(row.get(column));
        if (v.matches("\\d{1,2}") && Integer.parseInt(v) >= 1) {
            return Integer.parseInt(v);
        }
        int next = existing.stream().mapToInt(OpeningHours::slot).max().orElse(0) + 1;
        values.problem(row, column, "診療時間帯「" + row.get(column) + "」を読めません（" + next + " として取り込みます）。");
        return next;
    }

    /**
     * Opening hours for each day with both a start and an end.
     *
     * @param times column indexes: start, end for 月, 火, 水, 木, 金, 土, 日, 祝 in {@link ServiceDay} order
     */
    List<OpeningHours> hours(CsvRow row, int[] times, int slot) {
        List<OpeningHours> out = new ArrayList<>();
        ServiceDay[] days = ServiceDay.values();
        for (int i = 0; i < days.length; i++) {
            String s = row.get(times[2 * i]);
            String e = row.get(times[2 * i + 1]);
            if (s.isEmpty() && e.isEmpty()) {
                continue;
            }
            if (s.isEmpty() || e.isEmpty()) {
                values.problem(row, times[2 * i + (s.isEmpty() ? 0 : 1)], days[i].label()
                        + "曜の診療時間は開始と終了の片方しかありません（この時間帯は取り込みません）。");
                continue;
            }
            LocalTime start = time(row, times[2 * i]);
            LocalTime end = time(row, times[2 * i + 1]);
            if (start != null && end != null) {
                out.add(new OpeningHours(days[i], slot, start, end));
            }
        }
        return out;
    }

    /** "09:00", "9:00", "0900", "09:00:00", full-width digits; "24:00" becomes 23:59. Null when bad (reported). */
    private LocalTime time(CsvRow row, int column) {
        Matcher m = TIME.matcher(Text.nfkc(row.get(column)));
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h == 24 && min == 0) {
                return LocalTime.of(23, 59);
            }
            if (h < 24 && min < 60) {
                return LocalTime.of(h, min);
            }
        }
        values.problem(row, column, "時刻「" + row.get(column) + "」を読めません（この時間帯は取り込みません）。");
        return null;
    }
}
