package org.renkei.app.referral;

import java.util.List;
import java.util.Objects;

/**
 * What the case asks of the matcher.
 *
 * @param departments needed canonical departments, in the user's order
 * @param keep        departments kept at the hospital (２人主治医制)
 * @param km          distance limit
 * @param require     requirements as in the CLI: the codes {@code accepting}, {@code home-visit}, {@code barrier-free}
 *                    and capability tag names of the office's vocabulary (在宅酸素 …)
 */
public record MatchNeeds(List<String> departments, List<String> keep, double km, List<String> require) {
    public MatchNeeds {
        departments = List.copyOf(Objects.requireNonNullElse(departments, List.of()));
        keep = List.copyOf(Objects.requireNonNullElse(keep, List.of()));
        require = List.copyOf(Objects.requireNonNullElse(require, List.of()));
        if (!(km > 0) || !Double.isFinite(km)) {
            throw new IllegalArgumentException("km must be positive: " + km);
        }
    }
}
