package org.renkei.dataimport.read.detect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatDetectorTest {
    @TempDir
    Path dir;

    private final FormatDetector detector = FormatDetector.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "mhlw_01-1_hospital_facility_info_20250601_SAMPLE.csv, mhlw-hospital-facility, hospital",
            "02-1_clinic_facility_info_SYNTH.csv, mhlw-clinic-facility, clinic",
            "02-2_clinic_speciality_hours_SYNTH.csv, mhlw-clinic-hours, clinic",
            "tokyo_hospitals_mhlw20250601_with_departments_DERIVED.csv, mhlw-hospital-derived, hospital-tokyo-derived",
            "clinic_attributes_SYNTH.csv, facility-attributes, ''"})
    void recognisesTheKnownFiles(String file, String format, String scope) throws Exception {
        FacilityFileReader r = detector.detect(TestData.path(file));
        assertEquals(format, r.format());
        assertEquals(scope, r.scope());
        assertEquals("mhlw-navii", r.source());
    }

    @Test
    void usesKikanKubunWhenTheNameSaysNothing() throws Exception {
        Path copy = dir.resolve("download.csv");
        Files.copy(TestData.path("02-1_clinic_facility_info_SYNTH.csv"), copy, StandardCopyOption.REPLACE_EXISTING);
        assertEquals("clinic", detector.detect(copy).scope());
    }

    /** 機関区分 is read with the same normalisation as MhlwFacilityReader: a full-width 「２」 is a clinic. */
    @Test
    void kikanKubunInFullWidthDigits() throws Exception {
        List<String> lines = Files.readAllLines(TestData.path("02-1_clinic_facility_info_SYNTH.csv"));
        int kind = Arrays.asList(lines.get(0).split(",")).indexOf("\"機関区分\"");
        List<String> first = new ArrayList<>(Arrays.asList(lines.get(1).split(",", -1)));
        assertEquals("\"2\"", first.get(kind), "no quoted commas before the column");
        first.set(kind, "\"２\"");
        Path copy = Files.write(dir.resolve("download.csv"), List.of(lines.get(0), String.join(",", first)));
        FacilityFileReader r = detector.detect(copy);
        assertEquals("clinic", r.scope());
        RecordingSink sink = new RecordingSink();
        r.read(copy, sink);
        assertEquals(FacilityKind.CLINIC, sink.facilities.get(0).kind());
        assertEquals(List.of(), sink.problems);
    }

    private ImportProblem rejected(Path p) {
        return assertThrows(ImportRejectedException.class, () -> detector.detect(p)).problem();
    }

    @Test
    void unknownFormatsAreRejectedPointingToTheColumnMapping() throws IOException {
        Path other = Files.writeString(dir.resolve("mine.csv"), "名前,住所,科\nA医院,東京都,内科\n");
        ImportProblem p = rejected(other);
        assertEquals("見出し「名前、住所、科」が既知の施設一覧（ナビイ・厚生局・高松市・熊本市・自治体標準）のどれとも一致しないため、"
                + "形式を判別できません。独自の一覧は、列の対応付け（インポート設定）を使って取り込めます。", p.message());
        assertEquals("mine.csv", p.file());
        assertEquals(1, p.row());
        assertTrue(FormatDetector.isUnknownFormat(p));
        Path xlsx = Files.write(dir.resolve("list.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertTrue(rejected(xlsx).message().contains("壊れて"), "a cut-off zip is reported as broken");
        Path mine = dir.resolve("mine.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(mine)) {
            org.apache.poi.ss.usermodel.Row r = wb.createSheet("科別").createRow(0);
            r.createCell(0).setCellValue("名前");
            r.createCell(1).setCellValue("科");
            wb.getSheet("科別").createRow(1).createCell(0).setCellValue("A医院");
            wb.write(out);
        }
        ImportProblem workbook = rejected(mine);
        assertEquals("見出し「名前、科」が既知の施設一覧（ナビイ・厚生局・高松市・熊本市・自治体標準）のどれとも一致しないため、"
                + FormatDetector.UNKNOWN_FORMAT, workbook.message());
        assertEquals("mine.xlsx シート「科別」 1行目: " + workbook.message(), workbook.describe());
        assertTrue(FormatDetector.isUnknownFormat(rejected(TestData.path("kouseikyoku_layout_sample.truth.jsonl"))));
        assertFalse(FormatDetector.isUnknownFormat(rejected(xlsx)), "a broken file is not an unknown format");
    }

    @Test
    void emptyFilesAreRejected() throws IOException {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertTrue(rejected(empty).message().contains("空"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "kouseikyoku_layout_sample.xlsx, kouseikyoku-list, kouseikyoku, ''",
            "kouseikyoku_all_med_inst_cd_202508.zip, kouseikyoku-code-list, kouseikyoku, all",
            "takamatsu_0062_hospital_data_20260812.xlsx, takamatsu-city-medical, takamatsu-city, all",
            "takamatsu_0062_hospital_data_20250704.csv, takamatsu-city-medical, takamatsu-city, all",
            "kumamoto_city_byouin_list_20250331.xlsx, kumamoto-city-hospitals, kumamoto-city, all",
            "kumamoto_city_byouin_list_20250331.csv, kumamoto-city-hospitals, kumamoto-city, all",
            "municipal_standard_medical_SYNTH.csv, municipal-standard-medical, municipal-999997, all"})
    void recognisesSpreadsheetsAndListsByContentNotName(String file, String format, String source, String scope)
            throws Exception {
        String ext = file.substring(file.lastIndexOf('.'));
        Path renamed = dir.resolve("download" + (ext.equals(".zip") ? ".bin" : ext.equals(".csv") ? ".txt" : ".dat"));
        Files.copy(TestData.path(file), renamed, StandardCopyOption.REPLACE_EXISTING);
        for (Path p : new Path[] {TestData.path(file), renamed}) {
            FacilityFileReader r = detector.detect(p);
            assertEquals(format, r.format(), p.toString());
            assertEquals(source, r.source());
            assertEquals(scope, r.scope());
        }
    }

    @Test
    void aHeaderlessTokyoCodeListHasScope13() throws IOException, ImportRejectedException {
        Path tokyo = Files.writeString(dir.resolve("codes.csv"),
                "130110049,0110049,医療法人財団 小畑会 浜田病院,1010062,千代田区神田駿河台二丁目５番地\r\n");
        FacilityFileReader r = detector.detect(tokyo);
        assertEquals("kouseikyoku-code-list", r.format());
        assertEquals("13", r.scope());
    }

    @Test
    void htmlSavedAsXlsIsRejectedInJapanese() throws IOException {
        Path html = Files.writeString(dir.resolve("list.xls"),
                "<html><body><table><tr><td>項番</td><td>医療機関番号</td></tr></table></body></html>");
        assertTrue(rejected(html).message().contains("HTML"));
    }
}
