package org.renkei.app.cases;

import org.renkei.app.domain.Capability;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.match.FacilityProfile;
import org.renkei.app.match.MatchFacilities;
import org.renkei.app.match.MatchIndex;
import org.renkei.app.referral.AcceptanceStats;
import org.renkei.app.referral.FacilityAcceptance;
import org.renkei.app.store.Database;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the matcher knows of each facility beyond the list (docs/ranking.md): the office's knowledge (capability
 * tags, 登録医, how fresh the facts are) and the acceptance history, as {@link FacilityProfile}s by facility id.
 */
public final class FacilityProfiles {
    private final Database db;
    private final Clock clock;

    public FacilityProfiles(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every facility with knowledge or history, by facility id. */
    public Map<Long, FacilityProfile> load() {
        KnowledgeService knowledge = new KnowledgeService(db);
        Map<Long, FacilityKnowledge> known = knowledge.knowledgeByFacility();
        int months = knowledge.staleMonths();
        Map<Long, FacilityAcceptance> history = new AcceptanceHistory(db).byFacility();
        LocalDate today = LocalDate.now(clock);
        Set<Long> ids = new HashSet<>(known.keySet());
        ids.addAll(history.keySet());
        Map<Long, FacilityProfile> out = new HashMap<>();
        for (long id : ids) {
            FacilityAcceptance h = history.get(id);
            out.put(id, of(known.get(id), h == null ? AcceptanceStats.NONE : h.total(), today, months));
        }
        return out;
    }

    /** The match index over the active facilities with their profiles. */
    public MatchIndex index() {
        Map<Long, FacilityProfile> profiles = load();
        return MatchFacilities.index(new FacilityService(db).allActiveWithDepartments(), profiles);
    }

    /**
     * One facility's profile: tags on the whole facility or per department, 登録医, the facility's acceptance counts,
     * and its facts counted as fresh or stale on {@code today}; {@code k} null = nothing recorded.
     */
    public static FacilityProfile of(FacilityKnowledge k, AcceptanceStats history, LocalDate today, int staleMonths) {
        Set<String> tags = new HashSet<>();
        Map<String, Set<String>> byDept = new HashMap<>();
        Boolean registered = null;
        int fresh = 0;
        int stale = 0;
        if (k != null) {
            for (Capability c : k.capabilities()) {
                (c.wholeFacility() ? tags : byDept.computeIfAbsent(c.department(), d -> new HashSet<>())).add(c.tag());
            }
            registered = k.registered() == null ? null : k.registered().value();
            int all = k.facts().size();
            stale = k.staleFacts(today, staleMonths).size();
            fresh = all - stale;
        }
        return new FacilityProfile(tags, byDept, registered, history.accepted(), history.answered(), fresh, stale);
    }
}
