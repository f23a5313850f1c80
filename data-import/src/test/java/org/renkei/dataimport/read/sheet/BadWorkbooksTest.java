package org.renkei.dataimport.read.sheet;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.kouseikyoku.KouseikyokuSheetReader;
import org.renkei.dataimport.read.municipal.MunicipalStandardReader;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken and hostile spreadsheets: rejected with a Japanese message, or imported with problems. */
class BadWorkbooksTest {
    @TempDir
    Path dir;

    private ImportProblem rejected(Path file) {
        return assertThrows(ImportRejectedException.class,
                () -> KouseikyokuSheetReader.bundled().read(file, new RecordingSink())).problem();
    }

    private Path write(String name, XSSFWorkbook wb) throws Exception {
        Path p = dir.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        return p;
    }

    private static void row(Sheet s, int r, String... cells) {
        Row row = s.createRow(r);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    private static XSSFWorkbook bureau(String... firstDataRow) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("東京都");
        row(s, 0, "コード内容別医療機関一覧表　東京都");
        row(s, 2, "項番", "医療機関番号", "併設", "医療機関名称", "医療機関所在地", "電話番号", "病床数", "開設者名",
                "指定年月日", "診療科名", "備考");
        row(s, 3, null, null, null, null, null, null, null, "管理者名", "登録理由");
        if (firstDataRow.length > 0) {
            row(s, 4, firstDataRow);
        }
        return wb;
    }

    @Test
    void anEncryptedWorkbookIsRejected() throws Exception {
        Path plain = write("plain.xlsx", bureau("1", "01,1004,9", null, "浜田病院", "〒101-0062\n千代田区神田駿河台"));
        Path enc = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor e = info.getEncryptor();
            e.confirmPassword("himitsu");
            try (OutputStream os = e.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(enc)) {
                fs.writeFilesystem(out);
            }
        }
        ImportProblem p = rejected(enc);
        assertTrue(p.message().contains("パスワード"), p.message());
        assertEquals("secret.xlsx", p.file());
    }

    @Test
    void htmlSavedAsXlsIsRejected() throws Exception {
        Path html = Files.writeString(dir.resolve("list.xls"), "\uFEFF<html><body><table><tr><td>項番</td></tr></table>");
        assertTrue(rejected(html).message().contains("HTML"));
    }

    @Test
    void aTruncatedXlsxIsRejected() throws Exception {
        byte[] all = Files.readAllBytes(TestData.path("kouseikyoku_layout_sample.xlsx"));
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(all, all.length / 2));
        ImportProblem p = rejected(cut);
        assertTrue(p.message().contains("壊れて"), p.message());
    }

    @Test
    void anEmptyWorkbookAndAHeaderOnlySheetAreRejected() throws Exception {
        XSSFWorkbook empty = new XSSFWorkbook();
        empty.createSheet("Sheet1");
        assertTrue(rejected(write("empty.xlsx", empty)).message().contains("空"));
        ImportProblem p = rejected(write("header.xlsx", bureau()));
        assertEquals("見出し行だけでデータ行がありません。", p.message());
        assertEquals("東京都", p.sheet());
        assertEquals(3, p.row());
        XSSFWorkbook other = new XSSFWorkbook();
        row(other.createSheet("x"), 0, "名前", "住所");
        assertTrue(rejected(write("other.xlsx", other)).message().contains("見出し行"));
    }

    @Test
    void formulaCellsGiveTheirCachedValue() throws Exception {
        XSSFWorkbook wb = bureau("1", "01,1004,9", null, null, "〒101-0062\n千代田区神田駿河台二丁目５番地", "03-0000-0000",
                null, "院長", "令和 5.10. 1", "内 外");
        Row r = wb.getSheet("東京都").getRow(4);
        r.createCell(3).setCellFormula("\"浜田\"&\"病院\"");
        r.createCell(6).setCellFormula("\"一般　\"&(100+20)");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        RecordingSink sink = new RecordingSink();
        KouseikyokuSheetReader.bundled().read(write("formula.xlsx", wb), sink);
        FacilityRecord f = sink.facilities.get(0);
        assertEquals("浜田病院", f.name());
        assertEquals(120, f.beds());
        assertEquals(FacilityKind.HOSPITAL, f.kind());
        assertEquals("130110049", f.sourceKey());
        assertEquals("東京都千代田区神田駿河台二丁目５番地", f.address());
        assertEquals(List.of("内科", "外科"), f.departments().stream().map(DepartmentEntry::canonical).toList());
        assertTrue(sink.problems.isEmpty(), sink.problems.toString());
    }

    @Test
    void aFormulaWithoutItsResultOrWithAnErrorIsRejectedWithItsCell() throws Exception {
        XSSFWorkbook uncalculated = bureau("1", "01,1004,9", null, null, "〒101-0062\n千代田区神田駿河台");
        uncalculated.getSheet("東京都").getRow(4).createCell(3).setCellFormula("\"浜田\"&\"病院\"");
        ImportProblem p = rejected(write("uncalculated.xlsx", uncalculated));
        assertEquals("東京都", p.sheet());
        assertEquals(5, p.row());
        assertEquals("D", p.column());
        assertTrue(p.message().contains("計算結果が保存されていません"), p.message());

        XSSFWorkbook error = bureau("1", "01,1004,9", null, "浜田病院", "〒101-0062\n千代田区神田駿河台");
        error.getSheet("東京都").getRow(4).createCell(6).setCellFormula("19/0");
        error.getCreationHelper().createFormulaEvaluator().evaluateAll();
        ImportProblem e = rejected(write("error.xlsx", error));
        assertEquals("G", e.column());
        assertTrue(e.message().contains("「#DIV/0!」"), e.message());
    }

    @Test
    void aDateCellReadsAsJapaneseExcelShowsIt() throws Exception {
        XSSFWorkbook wb = bureau("1", "01,1004,9", null, "浜田病院", "〒101-0062\n千代田区神田駿河台");
        var style = wb.createCellStyle();
        style.setDataFormat((short) 14);
        var cell = wb.getSheet("東京都").getRow(4).createCell(8);
        cell.setCellValue(java.time.LocalDate.of(2023, 10, 1));
        cell.setCellStyle(style);
        Path file = write("date.xlsx", wb);
        List<String> cells = new java.util.ArrayList<>();
        Workbooks.read(file, row -> {
            cells.add(row.get(8));
            return true;
        }, null);
        assertEquals("2023/10/1", cells.get(cells.size() - 1));
    }

    @Test
    void whatTheSinkThrowsIsNotReportedAsABrokenFile() throws Exception {
        Path file = write("ok.xlsx", bureau("1", "01,1004,9", null, "浜田病院", "〒101-0062\n千代田区神田駿河台"));
        IllegalStateException stop = new IllegalStateException("cancelled by the user");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Workbooks.read(file, row -> {
            throw stop;
        }, null));
        assertEquals(stop, thrown);
    }

    @Test
    void aCellLongerThanExcelAllowsIsRejected() throws Exception {
        XSSFWorkbook wb = bureau("1", "01,1004,9", null, "PLACEHOLDER", "〒101-0062\n千代田区神田駿河台");
        Path small = write("small.xlsx", wb);
        Path big = dir.resolve("big.xlsx");
        java.util.Random random = new java.util.Random(1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append((char) ('一' + random.nextInt(2000))); // varied, so that the zip does not look like a bomb
        }
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(small));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(big))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("PLACEHOLDER", text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        ImportProblem p = rejected(big);
        assertEquals(5, p.row());
        assertEquals("D", p.column());
        assertTrue(p.message().contains("40,000 文字") && p.message().contains("32,767"), p.message());
    }

    @Test
    void aHugeCellIsTruncatedAndReported() throws Exception {
        String huge = "内 ".repeat(7_500); // 15,000 characters (Excel allows 32,767)
        RecordingSink sink = new RecordingSink();
        KouseikyokuSheetReader.bundled().read(write("huge.xlsx", bureau("1", "01,1004,9", null, "浜田病院",
                "〒101-0062\n千代田区神田駿河台", null, null, null, null, huge)), sink);
        assertEquals(1, sink.facilities.size());
        ImportProblem p = sink.problems.get(0);
        assertEquals("東京都", p.sheet());
        assertEquals(5, p.row());
        assertEquals("J", p.column());
        assertTrue(p.message().contains("15000 文字"), p.message());
    }

    @Test
    void badValuesAreProblemsAndTheRowIsStillImported() throws Exception {
        RecordingSink sink = new RecordingSink();
        KouseikyokuSheetReader.bundled().read(write("bad.xlsx", bureau("1", "01,1004,0", null, "浜田病院",
                "〒101-0062\n千代田区神田駿河台", null, "一般　19", null, "令和 99.13. 1", "内 謎科")), sink);
        assertEquals(1, sink.facilities.size());
        assertEquals(FacilityKind.CLINIC, sink.facilities.get(0).kind());
        List<String> messages = sink.problems.stream().map(ImportProblem::describe).toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("列「医療機関番号」") && messages.get(0).contains("検査数字"));
        assertTrue(messages.get(1).contains("指定年月日"));
        assertTrue(messages.get(2).contains("謎科"));
    }

    /** SYNTHETIC 自治体標準オープンデータセット 医療機関一覧 test file built here from the standard's column list. */
    @Test
    void municipalStandardSynthetic() throws Exception {
        RecordingSink sink = new RecordingSink();
        MunicipalStandardReader r = new MunicipalStandardReader(DepartmentVocabulary.bundled(), "999997");
        r.read(TestData.path("municipal_standard_medical_SYNTH.csv"), sink);
        assertEquals(4, sink.facilities.size());
        FacilityRecord h = sink.facility("0001");
        assertEquals("municipal-999997", h.source());
        assertEquals(FacilityKind.HOSPITAL, h.kind());
        assertEquals(Precision.SOURCE, h.precision());
        assertEquals(List.of("内科", "外科", "耳鼻いんこう科", "産婦人科", "小児科", "皮膚科", "眼科", "整形外科", "精神科",
                "放射線科", "泌尿器科", "麻酔科", "神経内科", "呼吸器科", "消化器科", "循環器科"),
                h.departments().stream().map(DepartmentEntry::canonical).toList());
        FacilityRecord c = sink.facility("0002");
        assertNull(c.lat());
        assertEquals(List.of("内科", "呼吸器科", "アレルギー科"),
                c.departments().stream().map(DepartmentEntry::canonical).toList());
        assertEquals(FacilityKind.DENTAL, sink.facility("0003").kind());
        assertNull(sink.facility("0003").lat(), "0,0 means no coordinates");
        assertNull(sink.facility("0004").lat());
        List<String> problems = sink.problems.stream().map(ImportProblem::message).toList();
        assertTrue(problems.stream().anyMatch(m -> m.contains("範囲外")), problems.toString());
        assertTrue(problems.stream().anyMatch(m -> m.contains("ふしぎ科")), problems.toString());
        assertTrue(problems.stream().noneMatch(m -> m.contains("分娩")), problems.toString());
    }
}
