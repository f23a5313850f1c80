package org.renkei.app.cases;

import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralRecord;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.StatusEvent;
import org.renkei.app.referral.WaitingReferral;
import org.renkei.app.store.CaseRepository;
import org.renkei.app.store.Database;
import org.renkei.app.store.DestinationRepository;
import org.renkei.app.store.ReferralEventRepository;
import org.renkei.app.store.Tx;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The closed loop: status changes of each destination with their history, the 返事待ち list, the summary records. */
final class ReferralTracker {
    private final Database db;
    private final Clock clock;
    private final CaseRepository cases = new CaseRepository();
    private final DestinationRepository destinations = new DestinationRepository();
    private final ReferralEventRepository events = new ReferralEventRepository();

    ReferralTracker(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void setStatus(long caseId, long facilityId, ReferralStatus status, LocalDate day, String note, String forwardedTo) {
        Objects.requireNonNull(status, "status");
        LocalDate today = LocalDate.now(clock);
        LocalDate on = day == null ? today : day;
        String n = note == null ? "" : note.strip();
        String to = forwardedTo == null ? "" : forwardedTo.strip();
        if (status == ReferralStatus.FORWARDED && to.isEmpty()) {
            throw new CaseRejectedException("転送には転送先を指定してください。");
        }
        if (status != ReferralStatus.FORWARDED && !to.isEmpty()) {
            throw new CaseRejectedException("転送先は状態が転送のときだけ指定できます。");
        }
        CaseRules.length(n, CaseRules.ITEM, "メモ");
        CaseRules.length(to, 400, "転送先");
        if (on.isAfter(today)) {
            throw new CaseRejectedException("未来の日付（" + on + "）は指定できません。");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Tx.run(db, "Setting a status in case " + caseId, c -> {
            ReferralCase rc = cases.find(c, caseId)
                    .orElseThrow(() -> new CaseRejectedException("ケース " + caseId + " は見つかりません。"));
            Destination d = rc.destinations().stream().filter(x -> x.facilityId() == facilityId).findFirst()
                    .orElseThrow(() -> new CaseRejectedException("ケース " + caseId + " に施設 " + facilityId
                            + " の紹介先はありません。"));
            if (on.isBefore(rc.createdOn())) {
                throw new CaseRejectedException("日付 " + on + " はケースの作成日（" + rc.createdOn() + "）より前です。");
            }
            if (d.status() != ReferralStatus.DRAFT && on.isBefore(d.statusDate())) {
                throw new CaseRejectedException("日付 " + on + " は前回の状態変更（" + d.statusDate() + "）より前です。");
            }
            destinations.setStatus(c, caseId, facilityId, status, on, n, to);
            events.append(c, new StatusEvent(caseId, facilityId, status, on, n, to, now));
            cases.touch(c, caseId, now);
            return null;
        });
    }

    List<StatusEvent> history(long caseId, long facilityId) {
        return Tx.run(db, "Reading a history of case " + caseId, c -> events.history(c, caseId, facilityId));
    }

    List<WaitingReferral> awaiting(LocalDate today, int waitDays) {
        if (waitDays < 0) {
            throw new CaseRejectedException("日数は 0 以上で指定してください。");
        }
        return Tx.run(db, "Listing referrals awaiting an answer", c -> {
            Map<Long, ReferralCase> byId = new HashMap<>();
            List<WaitingReferral> out = new ArrayList<>();
            for (DestinationRepository.Sent s : destinations.sentBefore(c, today.minusDays(waitDays))) {
                ReferralCase rc = byId.get(s.caseId());
                if (rc == null) {
                    rc = cases.find(c, s.caseId()).orElseThrow();
                    byId.put(rc.id(), rc);
                }
                Destination d = rc.destinations().stream().filter(x -> x.facilityId() == s.facilityId()).findFirst()
                        .orElseThrow();
                out.add(new WaitingReferral(rc.id(), rc.patient(), d, s.sentOn()));
            }
            return out;
        });
    }

    List<ReferralRecord> records(YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new CaseRejectedException("期間の開始（" + from + "）が終了（" + to + "）より後です。");
        }
        return Tx.run(db, "Reading referral records", c -> events.records(c, from.atDay(1), to.atEndOfMonth()));
    }
}
