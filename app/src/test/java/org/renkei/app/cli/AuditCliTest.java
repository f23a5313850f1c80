package org.renkei.app.cli;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.renkei.app.audit.StaffNames;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command that views, changes or exports leaves one audit row with the staff name and no patient text. */
class AuditCliTest extends SampleCli {
    /** What case-fuchu.json says about the patient, and what a status note says. */
    static final List<String> PATIENT_TEXT = List.of("府中 花子", "府中", "花子", "フチュウ", "ハナコ", "宮西町",
            "1948-04-02", "1948", "042-000-0000", "2型糖尿病", "湿疹", "メトホルミン");

    @Test
    void aCaseRoundTripIsRecordedWithoutAnyPatientText() throws Exception {
        String id = ok("case", "create", "--json", FUCHU.toString(), "--staff", "鈴木").out().strip();
        ok("case", "plan", "--case", id, "--staff", "鈴木");
        ok("case", "show", "--case", id, "--staff", "田中");
        ok("case", "show", "--case", id, "--out", tmp.resolve("府中 花子 紹介先.kml").toString(), "--staff", "田中");
        String fid = ok("case", "show", "--case", id, "--json", "--staff", "田中").json()
                .get("destinations").get(0).get("facility_id").asText();
        ok("referral", "status", "--case", id, "--facility", fid, "--set", "送付済",
                "--note", "府中 花子さん（1948-04-02）宮西町から電話あり", "--staff", "田中");
        ok("letters", "--case", id, "--out", tmp.resolve("letters").toString(), "--staff", "田中");
        ok("handout", "--case", id, "--out", tmp.resolve("府中花子.pdf").toString(), "--staff", "田中");
        int year = LocalDate.now().getYear();
        ok("summary", "--from", year + "-01", "--to", year + "-12", "--out", tmp.resolve("s.xlsx").toString(),
                "--staff", "田中");
        ok("import", TestFiles.get("data/clinic_attributes_SYNTH.csv").toString(), "--staff", "山本");

        List<List<String>> rows = auditRows();
        assertEquals(List.of("CASE_CREATE", "PLAN_CHOSEN", "CASE_VIEW", "CASE_VIEW", "EXPORT", "CASE_VIEW",
                "STATUS_CHANGE", "EXPORT", "EXPORT", "EXPORT", "IMPORT"), rows.stream().map(r -> r.get(2)).toList());
        assertEquals(List.of("鈴木", "CASE_CREATE", "ケース " + id), rows.get(0).subList(1, 4));
        assertEquals(List.of("田中", "STATUS_CHANGE", "ケース " + id + "・施設 " + fid, "送付済"), rows.get(6).subList(1, 5));
        assertEquals("KML 1件", rows.get(4).get(3));
        assertEquals("DOCX 1件・PDF 1件", rows.get(7).get(3));
        assertEquals("PDF 1件", rows.get(8).get(3));
        assertEquals("XLSX 1件", rows.get(9).get(3));
        assertEquals(List.of("山本", "IMPORT", "clinic_attributes_SYNTH.csv"), rows.get(10).subList(1, 4));
        for (List<String> row : rows) {
            for (String cell : row) {
                for (String p : PATIENT_TEXT) {
                    assertFalse(cell.contains(p), "audit row " + row + " contains patient text " + p);
                }
            }
        }
    }

    @Test
    void withoutStaffTheEnvironmentOrTheOsUserIsRecorded() throws Exception {
        ok("case", "create", "--json", FUCHU.toString());
        assertEquals(StaffNames.resolve(null), auditRows().get(0).get(1));
        CliRun tooLong = CliRun.run(db, "case", "create", "--json", FUCHU.toString(), "--staff", "x".repeat(101));
        assertEquals(3, tooLong.exit());
        assertEquals("--staff: 担当者名は 100 文字以内で入力してください。", tooLong.err().strip());
        assertEquals(1, auditRows().size(), "a refused staff name records nothing");
    }

    @Test
    void auditPrintsThePeriodOrWritesItAsAWorkbook() throws Exception {
        String id = ok("case", "create", "--json", FUCHU.toString(), "--staff", "鈴木").out().strip();
        ok("case", "show", "--case", id, "--staff", "鈴木");
        String today = LocalDate.now().toString();

        List<String> printed = ok("audit", "--from", today, "--to", today).out().lines().toList();
        assertEquals("日時\t担当者\t操作\t対象\t内容", printed.get(0));
        assertEquals(3, printed.size());
        assertTrue(printed.get(2).matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}\t鈴木\tケース閲覧\tケース " + id + "\t"),
                printed.get(2));
        assertEquals(1, ok("audit", "--from", "2000-01-01", "--to", "2000-12-31").out().lines().count());

        Path xlsx = tmp.resolve("audit.xlsx");
        ok("audit", "--from", today, "--to", today, "--out", xlsx.toString(), "--staff", "監査担当");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(2, s.getLastRowNum());
            assertEquals("担当者", s.getRow(0).getCell(1).getStringCellValue());
            assertEquals("ケース作成", s.getRow(1).getCell(2).getStringCellValue());
            assertEquals("ケース " + id, s.getRow(2).getCell(3).getStringCellValue());
        }
        assertEquals(List.of("監査担当", "AUDIT_EXPORT", "XLSX 1件"), auditRows().get(2).subList(1, 4));

        CliRun reversed = CliRun.run(db, "audit", "--from", "2026-05-02", "--to", "2026-05-01");
        assertEquals(3, reversed.exit());
        assertEquals("期間の開始（2026-05-02）が終了（2026-05-01）より後です。", reversed.err().strip());
        CliRun csv = CliRun.run(db, "audit", "--out", tmp.resolve("a.csv").toString());
        assertEquals(3, csv.exit());
        assertFalse(Files.exists(tmp.resolve("a.csv")));
    }

    /** Every audit row, every column as text (id, staff, action, target, detail, time), oldest first. */
    List<List<String>> auditRows() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Database d = Database.open(db, TestPassword.chars()); Connection c = d.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, staff_name, action_code, target, detail, occurred_at "
                     + "FROM audit_entry ORDER BY id")) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= 6; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
