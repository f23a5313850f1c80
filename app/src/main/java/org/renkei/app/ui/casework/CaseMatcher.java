package org.renkei.app.ui.casework;

import org.renkei.app.domain.Facility;
import org.renkei.app.match.FacilityProfile;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.MatchResult;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/** The matcher over the stored facilities, as the case screen needs it. Slow: call off the UI thread. */
public interface CaseMatcher {
    /** Builds the index now unless a current one exists (so that the first match is quick). Slow the first time. */
    void prepare();

    /**
     * Drops the index after the store changed; the next {@link #prepare()} or {@link #match} loads the facilities
     * again. Cheap, never blocks: may be called on the UI thread.
     */
    void invalidate();

    /** Matches against the current index (built first if there is none, or it was invalidated). */
    Matched match(MatchRequest request);

    /** Whether {@code ancestor} is a parent department of {@code name} (循環器内科 → 内科). */
    boolean isAncestor(String ancestor, String name);

    /**
     * A result with the stored facilities of its plan members (by matcher id), for hours and phone numbers.
     */
    record Matched(MatchResult result, Map<String, Facility> facilities) {
        public Matched {
            facilities = Map.copyOf(facilities);
        }
    }

    /** A matcher over {@code facilities} (e.g. {@code FacilityService::allActiveWithDepartments}), no knowledge. */
    static CaseMatcher of(Supplier<? extends Collection<Facility>> facilities, Supplier<DepartmentVocabulary> vocabulary) {
        return new IndexedCaseMatcher(facilities, Map::of, vocabulary);
    }

    /**
     * The production matcher: an index over {@code facilities} with each facility's profile (tags, 登録医, acceptance
     * history, freshness; e.g. {@code FacilityProfiles::load}), read again after each {@link #invalidate()}.
     */
    static CaseMatcher of(Supplier<? extends Collection<Facility>> facilities,
                          Supplier<Map<Long, FacilityProfile>> profiles, Supplier<DepartmentVocabulary> vocabulary) {
        return new IndexedCaseMatcher(facilities, profiles, vocabulary);
    }
}
