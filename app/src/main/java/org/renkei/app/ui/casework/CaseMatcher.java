package org.renkei.app.ui.casework;

import org.renkei.app.domain.Facility;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.MatchResult;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/** The matcher over the stored facilities, as the case screen needs it. Slow: call off the UI thread. */
public interface CaseMatcher {
    /** Reloads the active facilities from the store and rebuilds the index. */
    void rebuild();

    /** Matches against the current index (built first if there is none yet). */
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

    /** The production matcher: an index over {@code facilities} (e.g. {@code FacilityService::allActiveWithDepartments}). */
    static CaseMatcher of(Supplier<? extends Collection<Facility>> facilities, Supplier<DepartmentVocabulary> vocabulary) {
        return new IndexedCaseMatcher(facilities, vocabulary);
    }
}
