package org.renkei.app.ui.casework;

import java.util.List;
import java.util.Set;

/**
 * One plan as a card: 「案1」, 「2か所」, 「合計距離 3.12 km」 and its clinics, nearest first.
 *
 * @param number 1 for the best plan
 */
public record PlanCard(int number, String title, String count, String totalKm, List<ClinicRow> clinics) {
    public PlanCard {
        clinics = List.copyOf(clinics);
    }

    /** The same card with the clinics in {@code staleIds} marked 要確認. */
    PlanCard withStaleMarks(Set<Long> staleIds) {
        return new PlanCard(number, title, count, totalKm,
                clinics.stream().map(c -> c.withStale(staleIds.contains(c.facilityId()))).toList());
    }
}
