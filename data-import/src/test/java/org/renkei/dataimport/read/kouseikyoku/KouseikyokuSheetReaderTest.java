package org.renkei.dataimport.read.kouseikyoku;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;
import org.renkei.dataimport.testutil.TestWorkbooks;
import org.renkei.dataimport.testutil.Truth;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SYNTHETIC bureau layout sample must come out exactly as its truth file says. */
class KouseikyokuSheetReaderTest {
    static final String SAMPLE = "kouseikyoku_layout_sample.xlsx";

    @TempDir
    Path dir;

    static RecordingSink read(Path file) throws Exception {
        RecordingSink sink = new RecordingSink();
        KouseikyokuSheetReader.bundled().read(file, sink);
        return sink;
    }

    @Test
    void reproducesTheTruthExactly() throws Exception {
        RecordingSink sink = read(TestData.path(SAMPLE));
        assertTruth(sink);
    }

    static void assertTruth(RecordingSink sink) throws Exception {
        List<String> truth = Files.readAllLines(TestData.path("kouseikyoku_layout_sample.truth.jsonl"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(60, truth.size());
        assertEquals(truth.size(), sink.facilities.size());
        for (int i = 0; i < truth.size(); i++) {
            String t = truth.get(i);
            FacilityRecord f = sink.facilities.get(i);
            assertEquals("kouseikyoku", f.source());
            assertEquals(Truth.string(t, "code9"), f.sourceKey(), t);
            assertEquals(Truth.string(t, "code7"), f.sourceKey().substring(2));
            assertEquals(Truth.string(t, "name"), f.name());
            assertEquals(Truth.string(t, "postcode"), f.postalCode());
            assertEquals(Truth.string(t, "address_full"), f.address());
            assertEquals("東京都" + Truth.string(t, "address"), f.address());
            assertEquals(Truth.string(t, "phone"), f.phone());
            assertEquals(Truth.strings(t, "departments"),
                    f.departments().stream().map(DepartmentEntry::canonical).toList(), t);
            assertEquals(Truth.strings(t, "departments_raw"),
                    f.departments().stream().map(DepartmentEntry::label).toList());
            assertEquals(FacilityKind.CLINIC, f.kind());
            assertNull(f.lat());
        }
        assertEquals(13, sink.facility("132995322").beds());
        assertEquals(List.of(), sink.problems, () -> sink.problems.stream().map(ImportProblem::describe).toList()
                .toString());
    }

    @Test
    void aLegacyXlsCopyReadsIdentically() throws Exception {
        Path xls = dir.resolve("kouseikyoku_layout_sample.xls");
        toXls(TestData.path(SAMPLE), xls);
        RecordingSink fromXls = read(xls);
        assertTruth(fromXls);
        assertEquals(read(TestData.path(SAMPLE)).facilities, fromXls.facilities);
    }

    private static final List<String> HEADER = List.of("項番", "医療機関番号", "併設", "医療機関名称", "医療機関所在地",
            "電話番号", "病床数", "開設者名", "指定年月日", "診療科名", "備考");
    private static final List<String> HEADER2 = Arrays.asList(null, null, null, null, null, null, null, "管理者名", "登録理由");

    /** A row with {@code text} in column {@code column} only. */
    private static List<String> only(int column, String text) {
        String[] cells = new String[column + 1];
        cells[column] = text;
        return Arrays.asList(cells);
    }

    /**
     * A follow-on row with one filled cell (only 診療科名, only 病床数) belongs to the institution above it; a one-cell
     * row is a title when it is in another column or reads like one (一覧, a prefecture name).
     */
    @Test
    void aRowHoldingOnlyADepartmentOrOnlyBedsContinuesTheInstitution() throws Exception {
        String title = "コード内容別医療機関一覧表　東京都　令和７年１１月１日現在";
        Path file = TestWorkbooks.write(dir.resolve("follow-on.xlsx"), Map.of("一覧", Arrays.asList(
                List.of(title), null, HEADER, HEADER2,
                Arrays.asList("1", "01,1004,9", null, "浜田病院", "〒101-0062\n千代田区神田駿河台二丁目５番地", "03-0000-0000",
                        "一般 19", "院長", "令和 5.10. 1", "内"),
                Arrays.asList(null, null, null, null, null, null, null, "院長", "新規", "外"),
                only(9, "眼"),
                only(6, "療養 10"),
                only(8, "令 5.10. 1"),
                null, List.of(title), null, HEADER, HEADER2,
                Arrays.asList("2", "14,9325,3", null, "江古田クリニック", "〒165-0022\n中野区江古田４－２４－１", null, null,
                        "院長", "令和 7. 6. 1", "皮"),
                only(9, "小"),
                null,
                only(9, "コード内容別医療機関一覧表（続き）"))));
        RecordingSink sink = read(file);
        assertEquals(List.of(), sink.problems, () -> sink.problems.stream().map(ImportProblem::describe).toList()
                .toString());
        assertEquals(2, sink.facilities.size());
        FacilityRecord hamada = sink.facility("130110049");
        assertEquals(List.of("内科", "外科", "眼科"),
                hamada.departments().stream().map(DepartmentEntry::canonical).toList());
        assertEquals(29, hamada.beds());
        assertEquals(FacilityKind.HOSPITAL, hamada.kind());
        assertEquals(List.of("皮膚科", "小児科"), sink.facility("131493253").departments().stream()
                .map(DepartmentEntry::canonical).toList());
    }

    /** Copies every cell value (as text) and the merged regions into an HSSF workbook. */
    static void toXls(Path xlsx, Path xls) throws Exception {
        try (Workbook in = WorkbookFactory.create(xlsx.toFile(), null, true);
             HSSFWorkbook out = new HSSFWorkbook();
             OutputStream os = Files.newOutputStream(xls)) {
            for (Sheet s : in) {
                Sheet t = out.createSheet(s.getSheetName());
                for (Row r : s) {
                    Row tr = t.createRow(r.getRowNum());
                    for (Cell c : r) {
                        tr.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
                    }
                }
                s.getMergedRegions().forEach(t::addMergedRegion);
            }
            out.write(os);
        }
    }
}
