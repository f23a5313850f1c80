package org.renkei.app.ui.testing;

import org.renkei.app.match.Plan;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.StatusEvent;
import org.renkei.app.referral.WaitingReferral;
import org.renkei.app.ui.records.CaseBook;
import org.renkei.app.ui.records.OfficeSettingsStore;
import org.renkei.app.ui.records.RecordServices;
import org.renkei.app.ui.records.ReferralTracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Record services for tests that never reach the 紹介記録 screen: any call fails the test. */
public final class UnusedRecords {
    private UnusedRecords() {
    }

    public static RecordServices services() {
        CaseBook book = new CaseBook() {
            @Override
            public ReferralCase create(ReferralCase draft) {
                throw unexpected();
            }

            @Override
            public ReferralCase update(ReferralCase edited) {
                throw unexpected();
            }

            @Override
            public ReferralCase choosePlan(long caseId, Plan plan) {
                throw unexpected();
            }

            @Override
            public Optional<ReferralCase> get(long caseId) {
                throw unexpected();
            }

            @Override
            public List<ReferralCase> search(CaseQuery query) {
                throw unexpected();
            }
        };
        ReferralTracking tracking = new ReferralTracking() {
            @Override
            public ReferralCase setStatus(long caseId, long facilityId, ReferralStatus status, LocalDate day,
                                          String note, String forwardedTo) {
                throw unexpected();
            }

            @Override
            public List<StatusEvent> history(long caseId, long facilityId) {
                throw unexpected();
            }

            @Override
            public List<WaitingReferral> awaiting(LocalDate today, int waitDays) {
                throw unexpected();
            }
        };
        OfficeSettingsStore office = new OfficeSettingsStore() {
            @Override
            public OfficeSettings load() {
                throw unexpected();
            }

            @Override
            public OfficeSettings save(OfficeSettings settings) {
                throw unexpected();
            }
        };
        return new RecordServices(book, tracking, office, (c, o, d, f) -> {
            throw unexpected();
        }, (c, o, d, f) -> {
            throw unexpected();
        }, (from, to, out) -> {
            throw unexpected();
        }, Clock.systemDefaultZone());
    }

    private static AssertionError unexpected() {
        return new AssertionError("the 紹介記録 services were not expected to be used");
    }
}
