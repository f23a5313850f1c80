package org.renkei.app.ui.casework;

import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.Opening;
import org.renkei.app.match.Requirement;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What the case form holds at the moment 「候補を探す」 is pressed; turns into a request once located.
 *
 * @param requireTags   capability tags (other than the three of {@code require}) every covering clinic must have,
 *                      in the order chosen
 * @param preferHistory 実績優先: fewest facilities, then preference, then distance
 */
record CaseInput(List<String> departments, Set<String> keep, double km, Set<Requirement> require,
                 List<String> requireTags, Set<Opening> open, boolean subDepartments, int top, boolean preferHistory) {
    CaseInput {
        departments = List.copyOf(departments);
        keep = Set.copyOf(keep);
        require = Set.copyOf(require);
        requireTags = List.copyOf(requireTags);
        open = Set.copyOf(open);
    }

    MatchRequest toRequest(double lat, double lng, BiPredicate<String, String> isAncestor) {
        MatchRequest.Builder b = MatchRequest.builder(lat, lng, departments).keep(keep).maxKm(km).require(require)
                .requireTags(requireTags).open(open).top(top).preferenceFirst(preferHistory);
        if (subDepartments) {
            b.allowSubDepartment(isAncestor);
        }
        return b.build();
    }
}
