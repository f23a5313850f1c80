package org.renkei.app.ui.casework;

import org.renkei.app.domain.Facility;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.MatchResult;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.util.Collection;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

    /** Ids of the facilities whose knowledge is stale on {@code today} (要確認 on the plan cards); none by default. */
    default Set<Long> staleFacilities(LocalDate today) {
        return Set.of();
    }

    /** {@code matcher} with the 要確認 marks of {@code stale} (the facility knowledge). */
    static CaseMatcher withStaleMarks(CaseMatcher matcher, Function<LocalDate, Set<Long>> stale) {
        return new CaseMatcher() {
            @Override
            public void prepare() {
                matcher.prepare();
            }

            @Override
            public void invalidate() {
                matcher.invalidate();
            }

            @Override
            public Matched match(MatchRequest request) {
                return matcher.match(request);
            }

            @Override
            public boolean isAncestor(String ancestor, String name) {
                return matcher.isAncestor(ancestor, name);
            }

            @Override
            public Set<Long> staleFacilities(LocalDate today) {
                return stale.apply(today);
            }
        };
    }

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
