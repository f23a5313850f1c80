package org.renkei.app.importing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.cli.TestFiles;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.TableSnapshot;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.read.ImportLimits;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every reader holds its file to the {@link ImportLimits}, lowered here through their system properties so that real
 * files pass them: the file is rejected with a Japanese message naming the file, sheet, row and column where the
 * limit was passed, and every table is exactly as before (the rows already read in the file's transaction are rolled
 * back).
 */
class ImportLimitsTest {
    @TempDir
    Path dir;
    Database db;
    ImportService service;
    List<String> before;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("db"), TestPassword.chars());
        service = new ImportService(db, Readers.standard(), Geocoder.bundled());
        service.importAll(List.of(data("mhlw_01-1_hospital_facility_info_20250601_SAMPLE.csv")), ImportListener.NONE);
        before = TableSnapshot.of(db);
    }

    @AfterEach
    void close() {
        for (String p : List.of("maxFileBytes", "maxRows", "maxColumns", "maxCells", "maxCellChars")) {
            System.clearProperty(ImportLimits.PROPERTY_PREFIX + p);
        }
        db.close();
    }

    private static Path data(String name) {
        return TestFiles.get("data/" + name);
    }

    private static void limit(String name, long value) {
        System.setProperty(ImportLimits.PROPERTY_PREFIX + name, Long.toString(value));
    }

    /** Imports {@code file} (through {@code resolver}), expects the rejection and unchanged tables. */
    private ImportProblem rejected(Path file, ReaderResolver resolver, String message) throws Exception {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> {
            for (ImportService.Planned p : ImportService.plan(List.of(file), resolver)) {
                service.importFile(p, ImportListener.NONE);
            }
        });
        assertTrue(e.problem().message().contains(message), e.getMessage());
        assertTrue(e.problem().file().startsWith(file.getFileName().toString()), e.getMessage());
        assertEquals(before, TableSnapshot.of(db), "a rejected file changed the store");
        return e.problem();
    }

    private ImportProblem rejected(Path file, String message) throws Exception {
        return rejected(file, Readers.standard(), message);
    }

    @Test
    void defaultsAreGenerousAndPropertiesOverrideThem() {
        assertEquals(ImportLimits.DEFAULTS, ImportLimits.current());
        assertEquals(200L * 1024 * 1024, ImportLimits.DEFAULTS.maxFileBytes());
        assertEquals(2_000_000, ImportLimits.DEFAULTS.maxRows());
        assertEquals(1_000, ImportLimits.DEFAULTS.maxColumns());
        assertEquals(32_767, ImportLimits.DEFAULTS.maxCellChars());
        limit("maxRows", 7);
        System.setProperty(ImportLimits.PROPERTY_PREFIX + "maxColumns", "not a number");
        assertEquals(7, ImportLimits.current().maxRows());
        assertEquals(1_000, ImportLimits.current().maxColumns(), "a bad value keeps the default");
    }

    @Test
    void aFileLargerThanTheLimitIsRejectedBeforeAnyReaderOpensIt() throws Exception {
        limit("maxFileBytes", 20_000);
        ImportProblem p = rejected(data("kumamoto_city_byouin_list_20250331.csv"), "ファイルが大きすぎます（31,318 バイト）。"
                + "取り込めるのは 20,000 バイト までです。");
        assertEquals(0, p.row());
        limit("maxFileBytes", 1024 * 1024);
        rejected(data("02-2_clinic_speciality_hours_SYNTH.csv"), "ファイルが大きすぎます（1.7 MB）。取り込めるのは 1.0 MB までです。");
    }

    @Test
    void csvRowsPastTheLimitRollBackTheRowsAlreadyWritten() throws Exception {
        limit("maxRows", 100);
        ImportProblem p = rejected(data("helpmesearch_mhlw20250601_hospital_facility_info_tokyo.csv"),
                "行数が上限の 100 行を超えています。ファイルを分けて取り込んでください。");
        assertEquals(102, p.row(), "the 101st data row, after the header");
        assertEquals("", p.sheet());
    }

    @Test
    void workbookRowsCountOverTheSheetsRead() throws Exception {
        limit("maxRows", 50);
        ImportProblem p = rejected(data("takamatsu_0062_hospital_data_20260812.xlsx"), "行数が上限の 50 行を超えています");
        assertEquals("Sheet1", p.sheet());
        assertEquals(51, p.row(), "header and 49 facilities fit, the 51st row does not");
    }

    @Test
    void tooManyColumnsNameTheFirstColumnPastTheLimit() throws Exception {
        limit("maxColumns", 10);
        ImportProblem csv = rejected(data("mhlw_01-1_hospital_facility_info_20250601_SAMPLE.csv"),
                "列の数が上限の 10 列を超えています（11 列目）");
        assertEquals(1, csv.row());
        limit("maxColumns", 3);
        ImportProblem sheet = rejected(data("kouseikyoku_layout_sample.xlsx"), "列の数が上限の 3 列を超えています（4 列目）");
        assertEquals("D", sheet.column());
        assertTrue(sheet.describe().contains("シート「"), sheet.describe());
    }

    @Test
    void cellsOverTheWholeFile() throws Exception {
        limit("maxCells", 500);
        ImportProblem p = rejected(data("takamatsu_0062_hospital_data_20250704.csv"), "セルの数が上限の 500 個を超えています");
        assertTrue(p.row() > 2 && p.row() < 500, p.describe());
    }

    @Test
    void longCellsInJsonTheCodeListZipAndAProfileWorkbook() throws Exception {
        limit("maxCellChars", 10);
        ImportProblem json = rejected(data("helpmesearch_mhlw20250601_hospital_tokyo_departments.json"),
                "セルの文字数（13 文字）が上限の 10 文字を超えています");
        assertEquals(1, json.row());
        assertEquals("id", json.column());
        limit("maxCellChars", 5);
        ImportProblem xls = rejected(data("逆紹介先リスト_診療科別.xls"), profile("逆紹介先リスト_診療科別"), "上限の 5 文字を超えています");
        assertTrue(!xls.sheet().isEmpty() && !xls.column().isEmpty(), xls.describe());
        System.clearProperty(ImportLimits.PROPERTY_PREFIX + "maxCellChars");
        limit("maxRows", 1_000);
        ImportProblem zip = rejected(data("kouseikyoku_all_med_inst_cd_202508.zip"), "行数が上限の 1,000 行を超えています");
        assertEquals("kouseikyoku_all_med_inst_cd_202508.zip!all_med_inst_cd.csv", zip.file());
        assertEquals(1_001, zip.row());
    }

    @Test
    void aProfileCsvIsHeldToTheSameLimits() throws Exception {
        limit("maxRows", 5);
        ImportProblem p = rejected(data("逆紹介先リスト_cp932.csv"), profile("逆紹介先リスト_cp932"), "行数が上限の 5 行を超えています");
        assertEquals(6, p.row());
    }

    @Test
    void withinTheLimitsTheSameFilesImport() throws Exception {
        limit("maxRows", 584);
        FileReport r = service.importAll(List.of(data("helpmesearch_mhlw20250601_hospital_facility_info_tokyo.csv")),
                ImportListener.NONE).get(0);
        assertEquals(583, r.rows());
    }

    /** Found by the fuzzer (corpus case 05017): a code or label longer than its column is reported, not a crash. */
    @Test
    void anHoursFileWithAnOverlongCodeAndLabelImportsWithProblems() throws Exception {
        service.importAll(List.of(data("02-1_clinic_facility_info_SYNTH.csv")), ImportListener.NONE);
        List<String> lines = Files.readAllLines(data("02-2_clinic_speciality_hours_SYNTH.csv"));
        String[] first = lines.get(1).split(",", -1);
        first[1] = "\"123456789012\"";
        first[2] = "\"" + "内".repeat(300) + "\"";
        Path file = Files.write(dir.resolve("02-2_clinic_speciality_hours_SYNTH.csv"),
                List.of(lines.get(0), String.join(",", first), lines.get(2)));
        FileReport r = service.importAll(List.of(file), ImportListener.NONE).get(0);
        assertEquals(List.of("値が長すぎます（300 文字）。先頭の 200 文字だけ取り込みます。",
                "診療科目コード「123456789012」が長すぎます（12 文字、上限 8 文字）。コードなしで取り込みます。"),
                r.problems().stream().map(ImportProblem::message).filter(m -> m.contains("長すぎます")).toList());
    }

    private static ReaderResolver profile(String base) throws ImportRejectedException {
        return Readers.profile(ImportProfiles.load(data("profiles/" + base + ".profile.json")));
    }
}
