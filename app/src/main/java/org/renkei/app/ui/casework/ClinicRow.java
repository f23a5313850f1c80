package org.renkei.app.ui.casework;

import java.util.List;

/**
 * One clinic of a plan card, formatted for display.
 *
 * @param facilityId  the stored facility (for the detail pane), or -1 when unknown
 * @param departments the departments it covers for this patient, e.g. 「内科・皮膚科」
 * @param distance    「0.28 km」
 * @param hours       one line per covered department: 「内科: 月〜土 09:00–12:30」 or 「内科: 診療時間の情報なし」
 * @param stale       the office's knowledge of the clinic has facts older than the stale age (要確認)
 */
public record ClinicRow(long facilityId, String name, String departments, String distance, String phone,
                        List<String> hours, boolean stale) {
    public ClinicRow {
        hours = List.copyOf(hours);
    }

    public ClinicRow(long facilityId, String name, String departments, String distance, String phone,
                     List<String> hours) {
        this(facilityId, name, departments, distance, phone, hours, false);
    }

    ClinicRow withStale(boolean value) {
        return new ClinicRow(facilityId, name, departments, distance, phone, hours, value);
    }
}
