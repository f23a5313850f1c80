package org.renkei.app.cases;

import org.renkei.app.match.Plan;
import org.renkei.app.referral.ReferralCase;

import java.time.LocalDate;

/** The example 府中 case (内科 + 皮膚科) created on {@code created} and planned onto its first two-clinic plan. */
final class TwoClinicPlan {
    private TwoClinicPlan() {
    }

    static ReferralCase choose(CaseService service, LocalDate created) {
        long id = service.create(CaseJson.read(CaseServiceTest.FUCHU, created)).id();
        Plan two = service.plan(id, 5).plans().stream().filter(p -> p.count() == 2).findFirst().orElseThrow();
        return service.choosePlan(id, two);
    }
}
