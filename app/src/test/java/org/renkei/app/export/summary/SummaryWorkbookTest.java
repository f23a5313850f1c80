package org.renkei.app.export.summary;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.export.ExportRejectedException;
import org.renkei.app.referral.ReferralRecord;
import org.renkei.app.referral.ReferralStatus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryWorkbookTest {
    private static final String MIDORI = "府中みどり内科クリニック";
    private static final String KEYAKI = "けやき整形外科";
    private static final String MIYANISHI = "宮西眼科医院";
    private static final YearMonth FROM = YearMonth.of(2026, 1);
    private static final YearMonth TO = YearMonth.of(2026, 3);

    @TempDir
    Path dir;

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static ReferralRecord rec(long caseId, LocalDate caseDate, long fid, String name, List<String> covers,
                                      ReferralStatus status, LocalDate sent, LocalDate answered, LocalDate accepted,
                                      String forwardedTo) {
        return new ReferralRecord(caseId, "P-" + caseId, caseDate, fid, name, covers, status, sent, answered, accepted,
                answered != null ? answered : sent, forwardedTo);
    }

    /** FICTIONAL referrals; two fall outside 2026-01..2026-03. */
    static List<ReferralRecord> records() {
        return List.of(
                rec(4, d(3, 15), 101, MIDORI, List.of("内科"), ReferralStatus.FIRST_VISIT, d(3, 16), d(3, 20), d(3, 20), ""),
                rec(1, d(1, 10), 101, MIDORI, List.of("内科", "皮膚科"), ReferralStatus.ACCEPTED, d(1, 12), d(1, 20),
                        d(1, 20), ""),
                rec(1, d(1, 10), 102, KEYAKI, List.of("整形外科"), ReferralStatus.DECLINED, d(1, 12), d(1, 25), null, ""),
                rec(2, d(1, 28), 101, MIDORI, List.of("内科"), ReferralStatus.SENT, d(2, 1), null, null, ""),
                rec(3, d(2, 3), 103, MIYANISHI, List.of("眼科"), ReferralStatus.FORWARDED, d(2, 5), d(2, 10), null,
                        "府中眼科センター"),
                rec(5, d(3, 20), 102, KEYAKI, List.of("整形外科"), ReferralStatus.DRAFT, null, null, null, ""),
                rec(6, LocalDate.of(2025, 12, 31), 101, MIDORI, List.of("内科"), ReferralStatus.ACCEPTED, d(1, 5), d(1, 6),
                        d(1, 6), ""),
                rec(7, d(4, 1), 103, MIYANISHI, List.of("眼科"), ReferralStatus.SENT, d(4, 2), null, null, ""));
    }

    private XSSFWorkbook written() throws IOException {
        Path out = dir.resolve("summary.xlsx");
        assertEquals(6, SummaryWorkbook.write(records(), FROM, TO, out));
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Row label (column A) → the row's numeric cells, for the monthly and rate sheets. */
    private static Map<String, List<Double>> numbers(XSSFSheet sheet) {
        Map<String, List<Double>> m = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (int c = 1; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                values.add(cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getNumericCellValue());
            }
            m.put(row.getCell(0).getStringCellValue(), values);
        }
        return m;
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> h = new ArrayList<>();
        sheet.getRow(0).forEach(c -> h.add(c.getStringCellValue()));
        return h;
    }

    @Test
    void sheetsInOrderEachWithBoldHeaderFilterAndFrozenHeader() throws IOException {
        try (XSSFWorkbook wb = written()) {
            assertEquals(4, wb.getNumberOfSheets());
            assertEquals(List.of("紹介一覧", "月別_診療科", "月別_医療機関", "受入率"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            for (int i = 0; i < 4; i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertTrue(s.getCTWorksheet().isSetAutoFilter(), s.getSheetName());
                PaneInformation pane = s.getPaneInformation();
                assertNotNull(pane, s.getSheetName());
                assertTrue(pane.isFreezePane(), s.getSheetName());
                assertEquals(1, pane.getHorizontalSplitPosition(), s.getSheetName());
                for (Cell c : s.getRow(0)) {
                    assertTrue(wb.getFontAt(c.getCellStyle().getFontIndex()).getBold(), s.getSheetName());
                }
            }
            assertEquals("A1:J7", wb.getSheet("紹介一覧").getCTWorksheet().getAutoFilter().getRef());
            assertEquals("A1:E5", wb.getSheet("月別_診療科").getCTWorksheet().getAutoFilter().getRef(),
                    "the totals row stays out of the filter");
            assertEquals(1, wb.getSheet("受入率").getPaneInformation().getVerticalSplitPosition());
        }
    }

    @Test
    void oneRowPerReferralInThePeriodWithRealDates() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet s = wb.getSheet("紹介一覧");
            assertEquals(List.of("症例ID", "患者ID", "症例日", "紹介先医療機関", "依頼診療科", "状況", "送付日", "返事日", "受入日",
                    "転送先"), header(s));
            assertEquals(6, s.getLastRowNum());
            Row first = s.getRow(1);
            assertEquals(1, first.getCell(0).getNumericCellValue());
            assertEquals("P-1", first.getCell(1).getStringCellValue());
            Cell caseDate = first.getCell(2);
            assertEquals(CellType.NUMERIC, caseDate.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(caseDate));
            assertEquals("yyyy/mm/dd", caseDate.getCellStyle().getDataFormatString());
            assertEquals(d(1, 10), caseDate.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(MIDORI, first.getCell(3).getStringCellValue());
            assertEquals("内科・皮膚科", first.getCell(4).getStringCellValue());
            assertEquals("受入", first.getCell(5).getStringCellValue());
            assertEquals(d(1, 12), first.getCell(6).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(d(1, 20), first.getCell(7).getLocalDateTimeCellValue().toLocalDate());
            Row forwarded = s.getRow(4);
            assertEquals("転送", forwarded.getCell(5).getStringCellValue());
            assertEquals("府中眼科センター", forwarded.getCell(9).getStringCellValue());
            Row draft = s.getRow(6);
            assertEquals("下書き", draft.getCell(5).getStringCellValue());
            assertEquals(CellType.BLANK, draft.getCell(6).getCellType());
            List<Double> caseIds = new ArrayList<>();
            for (int r = 1; r <= 6; r++) {
                caseIds.add(s.getRow(r).getCell(0).getNumericCellValue());
            }
            assertEquals(List.of(1.0, 1.0, 2.0, 3.0, 4.0, 5.0), caseIds, "by case date; 6 and 7 are outside");
            assertTrue(s.getColumnWidth(3) >= (MIDORI.length() * 2) * 256, "facility column fits the name");
        }
    }

    @Test
    void monthlyCountsPerDepartment() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet s = wb.getSheet("月別_診療科");
            assertEquals(List.of("診療科", "2026/01", "2026/02", "2026/03", "合計"), header(s));
            assertEquals("内科", s.getRow(1).getCell(0).getStringCellValue(), "largest total first");
            Map<String, List<Double>> n = numbers(s);
            assertEquals(List.of(2.0, 0.0, 1.0, 3.0), n.get("内科"));
            assertEquals(List.of(1.0, 0.0, 0.0, 1.0), n.get("皮膚科"));
            assertEquals(List.of(1.0, 0.0, 1.0, 2.0), n.get("整形外科"));
            assertEquals(List.of(0.0, 1.0, 0.0, 1.0), n.get("眼科"));
            assertEquals(List.of(4.0, 1.0, 2.0, 7.0), n.get("合計"));
            assertEquals(5, n.size());
        }
    }

    @Test
    void monthlyCountsPerFacility() throws IOException {
        try (XSSFWorkbook wb = written()) {
            Map<String, List<Double>> n = numbers(wb.getSheet("月別_医療機関"));
            assertEquals(List.of(2.0, 0.0, 1.0, 3.0), n.get(MIDORI));
            assertEquals(List.of(1.0, 0.0, 1.0, 2.0), n.get(KEYAKI));
            assertEquals(List.of(0.0, 1.0, 0.0, 1.0), n.get(MIYANISHI));
            assertEquals(List.of(3.0, 1.0, 2.0, 6.0), n.get("合計"));
        }
    }

    @Test
    void acceptanceRatePerFacilityAsPercent() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet s = wb.getSheet("受入率");
            assertEquals(List.of("医療機関", "送付", "受入", "辞退", "転送", "返事待ち", "受入率"), header(s));
            Map<String, List<Double>> n = numbers(s);
            assertEquals(List.of(3.0, 2.0, 0.0, 0.0, 1.0), n.get(MIDORI).subList(0, 5));
            assertEquals(2.0 / 3, n.get(MIDORI).get(5), 1e-9);
            assertEquals(List.of(1.0, 0.0, 1.0, 0.0, 0.0, 0.0), n.get(KEYAKI), "the draft was never sent");
            assertEquals(List.of(1.0, 0.0, 0.0, 1.0, 0.0, 0.0), n.get(MIYANISHI));
            assertEquals(List.of(5.0, 2.0, 1.0, 1.0, 1.0, 0.4), n.get("合計"));
            Cell rate = s.getRow(1).getCell(6);
            assertEquals(MIDORI, s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("0.0%", rate.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void aFacilityWithNothingSentHasNoRateAndSameNamesStayApart() throws IOException {
        List<ReferralRecord> records = List.of(
                rec(1, d(1, 5), 201, "さくら医院", List.of("内科"), ReferralStatus.DRAFT, null, null, null, ""),
                rec(2, d(1, 6), 202, "さくら医院", List.of("内科"), ReferralStatus.SENT, d(1, 7), null, null, ""));
        Path out = dir.resolve("s.xlsx");
        SummaryWorkbook.write(records, FROM, FROM, out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Map<String, List<Double>> n = numbers(wb.getSheet("受入率"));
            assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0), n.get("さくら医院（ID 201）").subList(0, 5));
            assertEquals(null, n.get("さくら医院（ID 201）").get(5));
            assertEquals(List.of(1.0, 0.0, 0.0, 0.0, 1.0, 0.0), n.get("さくら医院（ID 202）"));
        }
    }

    @Test
    void anEmptyPeriodStillGivesAWellFormedWorkbook() throws IOException {
        Path out = dir.resolve("empty.xlsx");
        assertEquals(0, SummaryWorkbook.write(records(), YearMonth.of(2030, 1), YearMonth.of(2030, 2), out));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(0, wb.getSheet("紹介一覧").getLastRowNum());
            assertEquals(List.of(0.0, 0.0, 0.0), numbers(wb.getSheet("月別_診療科")).get("合計"));
        }
    }

    @Test
    void badPeriodsAndNamesAreRejectedWithoutWriting() throws IOException {
        ExportRejectedException e = assertThrows(ExportRejectedException.class,
                () -> SummaryWorkbook.write(records(), TO, FROM, dir.resolve("a.xlsx")));
        assertTrue(e.getMessage().contains("より前です"), e.getMessage());
        assertThrows(ExportRejectedException.class,
                () -> SummaryWorkbook.write(records(), FROM, TO, dir.resolve("a.xls")));
        assertThrows(ExportRejectedException.class,
                () -> SummaryWorkbook.write(records(), YearMonth.of(2000, 1), YearMonth.of(2030, 1), dir.resolve("a.xlsx")));
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.findAny().isPresent());
        }
    }
}
