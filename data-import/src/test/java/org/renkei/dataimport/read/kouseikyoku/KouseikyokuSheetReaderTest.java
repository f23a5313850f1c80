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
import org.renkei.dataimport.testutil.Truth;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
