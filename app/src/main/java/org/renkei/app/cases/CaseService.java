package org.renkei.app.cases;

import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.match.MatchIndex;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Plan;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralRecord;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.StatusEvent;
import org.renkei.app.referral.WaitingReferral;
import org.renkei.app.store.CaseRepository;
import org.renkei.app.store.Database;
import org.renkei.app.store.Tx;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Geocoder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Referral cases from creation to the closed loop: store, plan with the real matcher, track each destination.
 * Every operation runs in one transaction; a refusal ({@link CaseRejectedException}, Japanese reason) changes
 * nothing. Planning is in {@link CasePlanner}, tracking in {@link ReferralTracker}; this class is the one entry
 * point the window and the CLI use.
 */
public final class CaseService {
    private final Database db;
    private final Geocoder geocoder;
    private final Clock clock;
    private final CaseRules rules;
    private final CasePlanner planner;
    private final ReferralTracker tracker;
    private final CaseRepository cases = new CaseRepository();
    private final KnowledgeService knowledge;

    /**
     * The production wiring: bundled geocoder and vocabulary, a match index built from the store on each plan, with
     * the office's knowledge and the acceptance history ({@link FacilityProfiles}).
     */
    public CaseService(Database db) {
        this(db, Geocoder.bundled(), DepartmentVocabulary.bundled(),
                () -> new FacilityProfiles(db, Clock.systemDefaultZone()).index(), Clock.systemDefaultZone());
    }

    /**
     * @param index where plans are matched (the window passes its cached index); asked once per {@link #plan}
     * @param clock today's date for new destinations and status changes, and the record times
     */
    public CaseService(Database db, Geocoder geocoder, DepartmentVocabulary vocabulary, Supplier<MatchIndex> index,
                       Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.geocoder = Objects.requireNonNull(geocoder);
        this.clock = Objects.requireNonNull(clock);
        this.rules = new CaseRules(vocabulary);
        this.knowledge = new KnowledgeService(db);
        this.planner = new CasePlanner(db, index, clock);
        this.tracker = new ReferralTracker(db, clock);
    }

    /**
     * Stores a new case (its id and destinations are ignored) and returns it as stored. Without a home location
     * the patient's address is geocoded offline; an address that cannot be placed refuses the case. Requirements are
     * the old codes or any capability tag of the office's vocabulary; an unknown tag refuses the case.
     */
    public ReferralCase create(ReferralCase draft) {
        ReferralCase rc = locate(rules.check(draft, knowledge.vocabulary()));
        long id = Tx.run(db, "Creating a case", c -> cases.insert(c, rc, LocalDateTime.now(clock)));
        return require(id);
    }

    /**
     * Saves the patient, letter body, needs and home of a stored case (not its plan, not its creation day). When
     * the address changed and the home was left as stored, or the home was cleared, the new address is geocoded.
     */
    public ReferralCase update(ReferralCase edited) {
        ReferralCase stored = require(edited.id());
        ReferralCase rc = rules.check(edited, knowledge.vocabulary());
        boolean moved = !rc.patient().address().equals(stored.patient().address())
                && Objects.equals(rc.homeLat(), stored.homeLat()) && Objects.equals(rc.homeLng(), stored.homeLng());
        ReferralCase located = locate(moved ? rc.withHome(null, null) : rc);
        Tx.run(db, "Updating case " + rc.id(), c -> cases.update(c, located, LocalDateTime.now(clock)));
        return require(rc.id());
    }

    public Optional<ReferralCase> get(long caseId) {
        return Tx.run(db, "Reading case " + caseId, c -> cases.find(c, caseId));
    }

    /** Stored cases matching every criterion of {@code query}, newest first. */
    public List<ReferralCase> search(CaseQuery query) {
        return Tx.run(db, "Searching cases", c -> cases.search(c, query));
    }

    /** Runs the matcher for the case's home and needs over the store's facilities; stores nothing. */
    public MatchResult plan(long caseId, int top) {
        return plan(caseId, top, false);
    }

    /** {@link #plan(long, int)}, with 実績優先 (fewest facilities, then preference, then distance) when asked. */
    public MatchResult plan(long caseId, int top, boolean preferenceFirst) {
        return planner.plan(require(caseId), top, preferenceFirst);
    }

    /**
     * Makes {@code plan} the case's destinations (pin order = plan order). New destinations start in 下書き with a
     * history row; a facility already in the case keeps its status; only 下書き destinations may be dropped.
     */
    public ReferralCase choosePlan(long caseId, Plan plan) {
        planner.choose(caseId, plan);
        return require(caseId);
    }

    /**
     * Records a status change of one destination: history row appended, current status updated.
     *
     * @param day         null = today; not in the future, not before the case's creation day, and not before the
     *                    current status date unless that is 下書き (a plan chosen in the app after the letter went out)
     * @param forwardedTo required for {@link ReferralStatus#FORWARDED}, refused for any other status
     */
    public ReferralCase setStatus(long caseId, long facilityId, ReferralStatus status, LocalDate day, String note,
                                  String forwardedTo) {
        tracker.setStatus(caseId, facilityId, status, day, note, forwardedTo);
        return require(caseId);
    }

    /** One destination's history, oldest first; empty when the facility was never a destination of the case. */
    public List<StatusEvent> history(long caseId, long facilityId) {
        require(caseId);
        return tracker.history(caseId, facilityId);
    }

    /** 返事待ち: destinations in 送付済 sent more than {@code waitDays} days before {@code today}, longest first. */
    public List<WaitingReferral> awaiting(LocalDate today, int waitDays) {
        return tracker.awaiting(today, waitDays);
    }

    /** One record per destination of the cases created in the months {@code from} to {@code to} (inclusive). */
    public List<ReferralRecord> records(YearMonth from, YearMonth to) {
        return tracker.records(from, to);
    }

    /** The stored case, or a refusal naming the id (exit 3 from the CLI). */
    public ReferralCase require(long caseId) {
        return get(caseId).orElseThrow(() -> new CaseRejectedException("ケース " + caseId + " は見つかりません。"));
    }

    private ReferralCase locate(ReferralCase rc) {
        if (rc.located()) {
            return rc;
        }
        if (rc.patient().address().isBlank()) {
            throw new CaseRejectedException("患者の住所がないため位置を決められません。住所か緯度・経度を入力してください。");
        }
        GeocodeResult g = geocoder.geocode(rc.patient().address());
        if (!g.found()) {
            throw new CaseRejectedException("患者の住所から位置を特定できません。住所を確認するか、緯度・経度を入力してください。");
        }
        return rc.withHome(g.lat(), g.lng());
    }
}
