package org.renkei.app.export.summary;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.renkei.app.referral.ReferralRecord;

import java.util.List;

/** Sheet 紹介一覧: one row per referral (a case's destination), in case order. No patient name, only the ID. */
final class ReferralListSheet {
    static final String NAME = "紹介一覧";
    static final List<String> HEADER = List.of("症例ID", "患者ID", "症例日", "紹介先医療機関", "依頼診療科", "状況", "送付日",
            "返事日", "受入日", "転送先");

    private ReferralListSheet() {
    }

    static void write(Workbook wb, SummaryStyles styles, List<ReferralRecord> records) {
        SheetWriter w = new SheetWriter(wb, NAME, styles);
        w.header(HEADER);
        for (ReferralRecord r : records) {
            Row row = w.row();
            w.count(row, 0, r.caseId(), false);
            w.text(row, 1, r.patientId() == null ? "" : r.patientId(), false);
            w.date(row, 2, r.caseDate());
            w.text(row, 3, r.facilityName(), false);
            w.text(row, 4, String.join("・", r.covers()), false);
            w.text(row, 5, r.status().label(), false);
            w.date(row, 6, r.sentOn());
            w.date(row, 7, r.answeredOn());
            w.date(row, 8, r.acceptedOn());
            w.text(row, 9, r.forwardedTo(), false);
        }
        w.finish(records.size(), 0);
    }
}
