package org.renkei.app.export.summary;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.renkei.app.referral.ReferralRecord;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per key (department or facility) and month of the case date, written as a sheet with one row per key,
 * one column per month of the period (months without referrals show 0), a 合計 column and a 合計 row.
 * Keys are listed by total, largest first, then by name.
 */
final class MonthlyCounts {
    static final String DEPARTMENTS = "月別_診療科";
    static final String FACILITIES = "月別_医療機関";
    static final String TOTAL = "合計";
    private final YearMonth from;
    private final int months;
    private final Map<String, long[]> counts = new LinkedHashMap<>();

    MonthlyCounts(YearMonth from, YearMonth to) {
        this.from = from;
        this.months = (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }

    /** Each referral counts once for every department it asks the facility to cover. */
    static MonthlyCounts byDepartment(List<ReferralRecord> records, YearMonth from, YearMonth to) {
        MonthlyCounts m = new MonthlyCounts(from, to);
        for (ReferralRecord r : records) {
            r.covers().forEach(dept -> m.add(dept, YearMonth.from(r.caseDate())));
        }
        return m;
    }

    /** Each referral counts once for its facility. */
    static MonthlyCounts byFacility(List<ReferralRecord> records, YearMonth from, YearMonth to) {
        MonthlyCounts m = new MonthlyCounts(from, to);
        Map<Long, String> labels = FacilityLabels.of(records);
        for (ReferralRecord r : records) {
            m.add(labels.get(r.facilityId()), YearMonth.from(r.caseDate()));
        }
        return m;
    }

    void add(String key, YearMonth month) {
        int i = (int) ChronoUnit.MONTHS.between(from, month);
        if (i < 0 || i >= months) {
            throw new IllegalArgumentException("month outside the period: " + month);
        }
        counts.computeIfAbsent(key, k -> new long[months])[i]++;
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparingLong((String k) -> -total(counts.get(k))).thenComparing(k -> k));
        return keys;
    }

    void write(Workbook wb, SummaryStyles styles, String sheetName, String keyTitle) {
        SheetWriter w = new SheetWriter(wb, sheetName, styles);
        List<String> header = new ArrayList<>();
        header.add(keyTitle);
        for (int i = 0; i < months; i++) {
            YearMonth m = from.plusMonths(i);
            header.add(String.format("%d/%02d", m.getYear(), m.getMonthValue()));
        }
        header.add(TOTAL);
        w.header(header);
        long[] columnTotals = new long[months];
        List<String> keys = keys();
        for (String key : keys) {
            long[] c = counts.get(key);
            Row row = w.row();
            w.text(row, 0, key, false);
            for (int i = 0; i < months; i++) {
                w.count(row, i + 1, c[i], false);
                columnTotals[i] += c[i];
            }
            w.count(row, months + 1, total(c), false);
        }
        Row totals = w.row();
        w.text(totals, 0, TOTAL, true);
        for (int i = 0; i < months; i++) {
            w.count(totals, i + 1, columnTotals[i], true);
        }
        w.count(totals, months + 1, total(columnTotals), true);
        w.finish(keys.size(), 1);
    }

    private static long total(long[] c) {
        long t = 0;
        for (long v : c) {
            t += v;
        }
        return t;
    }
}
