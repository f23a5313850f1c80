package org.renkei.app.ui.casework;

import java.util.List;

/**
 * One plan as a card: 「案1」, 「2か所」, 「合計距離 3.12 km」 and its clinics, nearest first.
 *
 * @param number 1 for the best plan
 */
public record PlanCard(int number, String title, String count, String totalKm, List<ClinicRow> clinics) {
    public PlanCard {
        clinics = List.copyOf(clinics);
    }
}
