package org.renkei.app.ui.records;

import org.renkei.app.cases.CaseService;
import org.renkei.app.cases.SettingsService;
import org.renkei.app.domain.Facility;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.export.letter.Letters;
import org.renkei.app.export.summary.SummaryWorkbook;
import org.renkei.app.match.Plan;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.StatusEvent;
import org.renkei.app.referral.WaitingReferral;
import org.renkei.app.store.Database;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * What the 紹介記録 screen, the case editor and the office menus need, as small interfaces.
 *
 * @param handouts the patient handout (案内図) of a case
 * @param clock    today's date for letters, handouts, status changes and 返事待ち
 */
public record RecordServices(CaseBook book, ReferralTracking tracking, OfficeSettingsStore office,
                             LetterWriter letters, HandoutWriter handouts, SummaryWriter summary, Clock clock) {
    public RecordServices {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(letters, "letters");
        Objects.requireNonNull(handouts, "handouts");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(clock, "clock");
    }

    /** Today by {@link #clock()}. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The real services over an open database. The case service (it loads the geocoder and the vocabulary) is
     * created on first use, on a worker thread.
     */
    public static RecordServices production(Database db) {
        return over(new Lazy<>(() -> new CaseService(db)), new SettingsService(db), new FacilityService(db)::byId,
                Clock.systemDefaultZone());
    }

    /**
     * The services over {@code cases} (created when first asked for), {@code settings} and the stored facilities
     * (for the handout's hours and departments).
     */
    public static RecordServices over(Supplier<CaseService> cases, SettingsService settings,
                                      LongFunction<Optional<Facility>> facilities, Clock clock) {
        CaseBook book = new CaseBook() {
            @Override
            public ReferralCase create(ReferralCase draft) {
                return cases.get().create(draft);
            }

            @Override
            public ReferralCase update(ReferralCase edited) {
                return cases.get().update(edited);
            }

            @Override
            public ReferralCase choosePlan(long caseId, Plan plan) {
                return cases.get().choosePlan(caseId, plan);
            }

            @Override
            public Optional<ReferralCase> get(long caseId) {
                return cases.get().get(caseId);
            }

            @Override
            public List<ReferralCase> search(CaseQuery query) {
                return cases.get().search(query);
            }
        };
        ReferralTracking tracking = new ReferralTracking() {
            @Override
            public ReferralCase setStatus(long caseId, long facilityId, ReferralStatus status, LocalDate day,
                                          String note, String forwardedTo) {
                return cases.get().setStatus(caseId, facilityId, status, day, note, forwardedTo);
            }

            @Override
            public List<StatusEvent> history(long caseId, long facilityId) {
                return cases.get().history(caseId, facilityId);
            }

            @Override
            public List<WaitingReferral> awaiting(LocalDate today, int waitDays) {
                return cases.get().awaiting(today, waitDays);
            }
        };
        OfficeSettingsStore office = new OfficeSettingsStore() {
            @Override
            public OfficeSettings load() {
                return settings.load();
            }

            @Override
            public OfficeSettings save(OfficeSettings s) {
                return settings.save(s);
            }
        };
        SummaryWriter summary = (from, to, out) -> SummaryWorkbook.write(cases.get().records(from, to), from, to, out);
        return new RecordServices(book, tracking, office, Letters::write, HandoutWriter.over(facilities), summary,
                clock);
    }

    /** Creates the value once, on first use (thread-safe). */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
