package org.renkei.app.cases;

import org.renkei.app.match.MatchIndex;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Matcher;
import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.app.match.RequireSpec;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.StatusEvent;
import org.renkei.app.store.CaseRepository;
import org.renkei.app.store.Database;
import org.renkei.app.store.FacilityRepository;
import org.renkei.app.store.ReferralEventRepository;
import org.renkei.app.store.Tx;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Runs the matcher for a case and stores the plan the user chose as the case's destinations. */
final class CasePlanner {
    private final Database db;
    private final Supplier<MatchIndex> index;
    private final Clock clock;
    private final CaseRepository cases = new CaseRepository();
    private final FacilityRepository facilities = new FacilityRepository();
    private final ReferralEventRepository events = new ReferralEventRepository();

    CasePlanner(Database db, Supplier<MatchIndex> index, Clock clock) {
        this.db = db;
        this.index = index;
        this.clock = clock;
    }

    MatchResult plan(ReferralCase rc, int top, boolean preferenceFirst) {
        if (top < 1 || top > MatchRequest.MAX_TOP) {
            throw new CaseRejectedException("案の数は 1〜" + MatchRequest.MAX_TOP + " で指定してください。");
        }
        MatchNeeds n = rc.needs();
        if (n.departments().isEmpty()) {
            throw new CaseRejectedException("ケース " + rc.id() + " には必要な診療科が登録されていません。");
        }
        if (n.keep().containsAll(n.departments())) {
            throw new CaseRejectedException("ケース " + rc.id() + " は全診療科を病院に残す設定のため、紹介先を探せません。");
        }
        if (!rc.located()) {
            throw new CaseRejectedException("ケース " + rc.id() + " は患者の位置が決まっていません。");
        }
        RequireSpec require = RequireSpec.parse(n.require());
        MatchRequest request = MatchRequest.builder(rc.homeLat(), rc.homeLng(), n.departments()).keep(n.keep())
                .maxKm(n.km()).require(require.codes()).requireTags(require.tags()).top(top)
                .preferenceFirst(preferenceFirst).build();
        return Matcher.match(index.get(), request);
    }

    void choose(long caseId, Plan plan) {
        if (plan == null || plan.members().isEmpty()) {
            throw new CaseRejectedException("案に施設がありません。");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        Tx.run(db, "Choosing the plan of case " + caseId, c -> {
            ReferralCase rc = cases.find(c, caseId)
                    .orElseThrow(() -> new CaseRejectedException("ケース " + caseId + " は見つかりません。"));
            Map<Long, Destination> old = new HashMap<>();
            rc.destinations().forEach(d -> old.put(d.facilityId(), d));
            List<Destination> chosen = new ArrayList<>();
            List<StatusEvent> added = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (PlanMember m : plan.members()) {
                long fid = facilityId(m);
                if (!seen.add(fid) || facilities.byId(c, fid).isEmpty()) {
                    throw new CaseRejectedException("案の施設「" + m.facility().name() + "」が登録されていないか重複しています。");
                }
                Destination before = old.get(fid);
                int order = chosen.size() + 1;
                if (before == null || before.status() == ReferralStatus.DRAFT) {
                    chosen.add(new Destination(order, fid, m.facility().name(), m.facility().address(),
                            m.facility().phone(), m.facility().lat(), m.facility().lng(), m.covers(), m.km(),
                            ReferralStatus.DRAFT, before == null ? today : before.statusDate(), "", ""));
                    if (before == null) {
                        added.add(new StatusEvent(caseId, fid, ReferralStatus.DRAFT, today, "", "", now));
                    }
                } else {
                    chosen.add(new Destination(order, fid, before.name(), before.address(), before.phone(), before.lat(),
                            before.lng(), m.covers(), m.km(), before.status(), before.statusDate(), before.note(),
                            before.forwardedTo()));
                }
            }
            for (Destination d : rc.destinations()) {
                if (!seen.contains(d.facilityId()) && d.status() != ReferralStatus.DRAFT) {
                    throw new CaseRejectedException("「" + d.name() + "」は" + d.status().label()
                            + "のため、案から外せません。");
                }
            }
            cases.replaceDestinations(c, caseId, chosen);
            for (StatusEvent e : added) {
                events.append(c, e);
            }
            cases.touch(c, caseId, now);
            return null;
        });
    }

    private static long facilityId(PlanMember m) {
        try {
            return Long.parseLong(m.facility().id());
        } catch (NumberFormatException e) {
            throw new CaseRejectedException("案の施設「" + m.facility().name() + "」は登録されている施設ではありません。");
        }
    }
}
