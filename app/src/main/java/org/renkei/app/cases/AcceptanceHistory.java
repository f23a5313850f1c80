package org.renkei.app.cases;

import org.renkei.app.referral.AcceptanceStats;
import org.renkei.app.referral.FacilityAcceptance;
import org.renkei.app.referral.MonthCount;
import org.renkei.app.referral.ReferralOutcome;
import org.renkei.app.referral.SentReferral;
import org.renkei.app.store.AcceptanceRepository;
import org.renkei.app.store.Database;
import org.renkei.app.store.Tx;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Acceptance history from the tracked referrals (docs/ranking.md): per facility and per department, accepted /
 * declined / redirected / pending with the acceptance rate and its sample size, and a monthly series per facility.
 */
public final class AcceptanceHistory {
    private static final LocalDate EVER_FROM = LocalDate.of(1900, 1, 1);
    private static final LocalDate EVER_TO = LocalDate.of(9999, 12, 31);

    private final Database db;
    private final AcceptanceRepository repo = new AcceptanceRepository();

    public AcceptanceHistory(Database db) {
        this.db = db;
    }

    /** Every facility anything was ever sent to, by facility id. */
    public Map<Long, FacilityAcceptance> byFacility() {
        return summarize(sent(null, EVER_FROM, EVER_TO));
    }

    /** One facility's history; empty counts when nothing was sent to it. */
    public FacilityAcceptance facility(long facilityId) {
        return summarize(sent(facilityId, EVER_FROM, EVER_TO)).getOrDefault(facilityId,
                FacilityAcceptance.none(facilityId));
    }

    /**
     * Referrals sent to the facility per month from {@code from} to {@code to} (inclusive, months without any
     * included as zero), with how many of them were accepted.
     */
    public List<MonthCount> monthly(long facilityId, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new CaseRejectedException("期間の終わり（" + to + "）が始まり（" + from + "）より前です。");
        }
        Map<YearMonth, int[]> counts = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counts.put(m, new int[2]);
        }
        for (SentReferral s : sent(facilityId, from.atDay(1), to.atEndOfMonth())) {
            int[] c = counts.get(YearMonth.from(s.sentOn()));
            c[0]++;
            c[1] += s.outcome() == ReferralOutcome.ACCEPTED ? 1 : 0;
        }
        List<MonthCount> out = new ArrayList<>();
        counts.forEach((m, c) -> out.add(new MonthCount(m, c[0], c[1])));
        return out;
    }

    /** Groups sent referrals by facility, and within each by the departments they covered. */
    static Map<Long, FacilityAcceptance> summarize(List<SentReferral> sent) {
        Map<Long, AcceptanceStats> totals = new HashMap<>();
        Map<Long, Map<String, AcceptanceStats>> depts = new HashMap<>();
        Map<Long, SentReferral> keys = new HashMap<>();
        for (SentReferral s : sent) {
            totals.merge(s.facilityId(), AcceptanceStats.NONE.plus(s.outcome()), (a, b) -> a.plus(s.outcome()));
            Map<String, AcceptanceStats> d = depts.computeIfAbsent(s.facilityId(), k -> new HashMap<>());
            for (String dept : s.covers()) {
                d.put(dept, d.getOrDefault(dept, AcceptanceStats.NONE).plus(s.outcome()));
            }
            keys.putIfAbsent(s.facilityId(), s);
        }
        Map<Long, FacilityAcceptance> out = new HashMap<>();
        totals.forEach((id, t) -> out.put(id, new FacilityAcceptance(id, keys.get(id).source(),
                keys.get(id).sourceKey(), t, depts.get(id))));
        return out;
    }

    private List<SentReferral> sent(Long facilityId, LocalDate from, LocalDate to) {
        return Tx.run(db, "Reading the acceptance history", c -> repo.sent(c, from, to, facilityId));
    }
}
