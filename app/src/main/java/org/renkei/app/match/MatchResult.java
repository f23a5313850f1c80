package org.renkei.app.match;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a {@link MatchRequest}.
 *
 * @param plans       best plan first, then distinct alternatives (different facility sets), at most {@code top}
 * @param uncovered   needed departments nobody eligible within the limit offers, in request order
 * @param explanation short Japanese text: why plan 1 ranks first
 * @param candidates  eligible facilities found within the limit
 * @param elapsedMs   time spent in the matcher
 */
public record MatchResult(List<Plan> plans, List<Uncovered> uncovered, String explanation, int candidates,
                          double elapsedMs) {
    public MatchResult {
        plans = List.copyOf(plans);
        uncovered = List.copyOf(uncovered);
    }

    /** The best plan, if any department could be covered. */
    public Optional<Plan> best() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(0));
    }
}
