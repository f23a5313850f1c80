package org.renkei.app.audit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.renkei.app.cases.MutableClock;
import org.renkei.app.store.Database;
import org.renkei.app.store.OnEveryStore;
import org.renkei.app.store.StoreKind;
import org.renkei.app.store.TestDatabase;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit table on a real H2 file and on PostgreSQL: entries by date range, staff names, targets without names,
 * the workbook.
 */
@OnEveryStore
class AuditLogTest {
    @Parameter
    StoreKind store;
    @TempDir
    Path tmp;
    TestDatabase place;
    Database db;
    MutableClock clock = new MutableClock(LocalDate.of(2026, 4, 1));
    AtomicReference<String> staff = new AtomicReference<>("鈴木");
    AuditLog log;

    @BeforeEach
    void open() {
        place = store.create(tmp);
        db = place.open();
        log = new AuditLog(db, staff::get, clock);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
        if (place != null) {
            place.close();
        }
    }

    @Test
    void entriesAreReadBackByInclusiveDayRangeWithTheStaffOfTheirTime() {
        log.caseViewed(12);
        clock.setDay(LocalDate.of(2026, 4, 2));
        staff.set("田中");
        log.statusChanged(12, 345, "送付済");
        log.exported("診療情報提供書 ケース 12", List.of(Path.of("/x/a.docx"), Path.of("/x/a.pdf"), Path.of("/x/b.pdf")));
        clock.setDay(LocalDate.of(2026, 4, 3));
        log.imported(Path.of("/home/u/lists/13tokyo.xlsx"), "追加 3");

        List<AuditEntry> day2 = log.between(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 2));
        assertEquals(2, day2.size());
        assertEquals(new AuditEntry(LocalDate.of(2026, 4, 2).atTime(10, 0), "田中", AuditAction.STATUS_CHANGE,
                "ケース 12・施設 345", "送付済"), day2.get(0));
        assertEquals("DOCX 1件・PDF 2件", day2.get(1).target());
        List<AuditEntry> all = log.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3));
        assertEquals(List.of(AuditAction.CASE_VIEW, AuditAction.STATUS_CHANGE, AuditAction.EXPORT, AuditAction.IMPORT),
                all.stream().map(AuditEntry::action).toList());
        assertEquals("鈴木", all.get(0).staff());
        assertEquals("13tokyo.xlsx", all.get(3).target(), "only the file name, not its folder");
        assertEquals(List.of("田中", "鈴木"), log.staffNames(), "most recently used first");
        assertThrows(IllegalArgumentException.class, () -> log.between(LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 1)));
    }

    @Test
    void aBlankStaffNameIsRefusedAndNothingIsRecorded() {
        staff.set("  ");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> log.caseViewed(1));
        assertEquals("担当者名を入力してください。", e.getMessage());
        assertTrue(log.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)).isEmpty());
    }

    @Test
    void theCommandLineStaffComesFromTheOptionThenTheEnvironmentThenTheOsUser() {
        assertEquals("佐藤", StaffNames.resolve(" 佐藤 ", Map.of(StaffNames.ENV, "env"), "os"));
        assertEquals("env", StaffNames.resolve(null, Map.of(StaffNames.ENV, "env"), "os"));
        assertEquals("os", StaffNames.resolve("", Map.of(), "os"));
        assertEquals("不明", StaffNames.resolve(null, Map.of(), null));
        assertThrows(IllegalArgumentException.class, () -> StaffNames.require("x".repeat(101)));
    }

    @Test
    void theWorkbookHasTheHeaderAndOneRowPerEntry() throws Exception {
        staff.set("山本");
        log.caseCreated(7);
        log.record(AuditAction.BACKUP, "ZIP 1件", "手動");
        Path out = tmp.resolve("audit.xlsx");
        AuditWorkbook.write(log.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum());
            Row head = sheet.getRow(0);
            for (int i = 0; i < AuditWorkbook.HEADERS.size(); i++) {
                assertEquals(AuditWorkbook.HEADERS.get(i), head.getCell(i).getStringCellValue());
                assertTrue(wb.getFontAt(head.getCell(i).getCellStyle().getFontIndex()).getBold());
            }
            Row second = sheet.getRow(2);
            assertEquals("2026/04/01 10:00:00", second.getCell(0).getStringCellValue());
            assertEquals("山本", second.getCell(1).getStringCellValue());
            assertEquals("バックアップ", second.getCell(2).getStringCellValue());
            assertEquals("ZIP 1件", second.getCell(3).getStringCellValue());
            assertEquals("手動", second.getCell(4).getStringCellValue());
            assertEquals("ケース作成", sheet.getRow(1).getCell(2).getStringCellValue());
        }
        assertFalse(Files.list(tmp).anyMatch(p -> p.getFileName().toString().endsWith(".part")));
    }
}
