package org.renkei.app.export.summary;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.renkei.app.referral.ReferralRecord;
import org.renkei.app.referral.ReferralStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sheet 受入率: per facility, referrals sent, accepted, declined, forwarded, still awaiting an answer, and the
 * acceptance rate 受入 ÷ 送付 (empty when nothing was sent). A referral counts as sent once it left the hospital
 * (a send date, or any status after 下書き); as accepted when it was accepted at any point (also 初診確認 and a 終了
 * after acceptance); 辞退, 転送 and 返事待ち go by the current status.
 */
final class AcceptanceSheet {
    static final String NAME = "受入率";
    static final List<String> HEADER = List.of("医療機関", "送付", "受入", "辞退", "転送", "返事待ち", "受入率");

    private AcceptanceSheet() {
    }

    /** sent, accepted, declined, forwarded, waiting. */
    static long[] tally(List<ReferralRecord> records) {
        long[] t = new long[5];
        for (ReferralRecord r : records) {
            boolean sent = r.sentOn() != null || r.status() != ReferralStatus.DRAFT;
            boolean accepted = r.accepted() || r.status() == ReferralStatus.ACCEPTED
                    || r.status() == ReferralStatus.FIRST_VISIT;
            t[0] += sent ? 1 : 0;
            t[1] += accepted ? 1 : 0;
            t[2] += r.status() == ReferralStatus.DECLINED ? 1 : 0;
            t[3] += r.status() == ReferralStatus.FORWARDED ? 1 : 0;
            t[4] += r.status().awaitingAnswer() ? 1 : 0;
        }
        return t;
    }

    static Double rate(long[] tally) {
        return tally[0] == 0 ? null : (double) tally[1] / tally[0];
    }

    static void write(Workbook wb, SummaryStyles styles, List<ReferralRecord> records) {
        Map<Long, String> labels = FacilityLabels.of(records);
        Map<String, List<ReferralRecord>> byFacility = new HashMap<>();
        for (ReferralRecord r : records) {
            byFacility.computeIfAbsent(labels.get(r.facilityId()), k -> new ArrayList<>()).add(r);
        }
        Map<String, long[]> tallies = new HashMap<>();
        byFacility.forEach((k, v) -> tallies.put(k, tally(v)));
        List<String> names = new ArrayList<>(tallies.keySet());
        names.sort(Comparator.comparingLong((String k) -> -tallies.get(k)[0]).thenComparing(k -> k));
        SheetWriter w = new SheetWriter(wb, NAME, styles);
        w.header(HEADER);
        for (String name : names) {
            line(w, name, tallies.get(name), false);
        }
        line(w, MonthlyCounts.TOTAL, tally(records), true);
        w.finish(names.size(), 1);
    }

    private static void line(SheetWriter w, String name, long[] t, boolean total) {
        Row row = w.row();
        w.text(row, 0, name, total);
        for (int i = 0; i < t.length; i++) {
            w.count(row, i + 1, t[i], total);
        }
        w.percent(row, t.length + 1, rate(t), total);
    }
}
