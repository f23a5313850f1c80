package org.renkei.app.ui.records;

/**
 * One destination of the selected case, formatted for display.
 *
 * @param order    the handout's pin number, 「1」
 * @param covers   「内科・皮膚科」
 * @param distance 「0.28 km」
 * @param note     the note, with 「転送先: …」 first when the clinic passed the patient on
 */
public record DestinationRow(long facilityId, String order, String name, String covers, String distance,
                             String status, String statusDate, String note) {
}
