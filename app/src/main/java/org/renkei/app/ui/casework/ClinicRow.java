package org.renkei.app.ui.casework;

import java.util.List;

/**
 * One clinic of a plan card, formatted for display.
 *
 * @param facilityId  the stored facility (for the detail pane), or -1 when unknown
 * @param departments the departments it covers for this patient, e.g. 「内科・皮膚科」
 * @param distance    「0.28 km」
 * @param hours       one line per covered department: 「内科: 月〜土 09:00–12:30」 or 「内科: 診療時間の情報なし」
 * @param reasons     what the ranking knows of it: 「登録医・受入 5/6・確認日が古い」, or empty
 * @param stale       the office's knowledge of the clinic has facts older than the stale age (a 要確認 mark)
 */
public record ClinicRow(long facilityId, String name, String departments, String distance, String phone,
                        List<String> hours, String reasons, boolean stale) {
    public ClinicRow {
        hours = List.copyOf(hours);
        reasons = reasons == null ? "" : reasons;
    }

    public ClinicRow(long facilityId, String name, String departments, String distance, String phone,
                     List<String> hours, String reasons) {
        this(facilityId, name, departments, distance, phone, hours, reasons, false);
    }

    public ClinicRow(long facilityId, String name, String departments, String distance, String phone,
                     List<String> hours) {
        this(facilityId, name, departments, distance, phone, hours, "");
    }
}
