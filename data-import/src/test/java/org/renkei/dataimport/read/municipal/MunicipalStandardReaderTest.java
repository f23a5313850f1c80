package org.renkei.dataimport.read.municipal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.detect.FormatDetector;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;
import org.renkei.dataimport.testutil.TestWorkbooks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 自治体標準オープンデータセット 医療機関一覧 (SYNTHETIC file): the .xlsx path and the one-municipality rule. */
class MunicipalStandardReaderTest {
    static final String SYNTH = "municipal_standard_medical_SYNTH.csv";

    @TempDir
    Path dir;

    static List<List<String>> synthRows() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TestData.path(SYNTH), StandardCharsets.UTF_8)) {
            rows.add(Arrays.asList(line.split(",", -1))); // the file has no quoted fields
        }
        return rows;
    }

    static RecordingSink read(FacilityFileReader reader, Path file) throws ImportRejectedException {
        RecordingSink sink = new RecordingSink();
        reader.read(file, sink);
        return sink;
    }

    private ImportProblem detectRejected(Path file) {
        return assertThrows(ImportRejectedException.class, () -> FormatDetector.bundled().detect(file)).problem();
    }

    @Test
    void anXlsxCopyWithATitleRowReadsLikeTheCsv() throws Exception {
        List<List<String>> rows = new ArrayList<>(synthRows());
        rows.add(0, List.of("架空市 医療機関一覧"));
        rows.add(1, null);
        Path xlsx = TestWorkbooks.write(dir.resolve("standard.xlsx"), Map.of("医療機関", rows));
        FacilityFileReader reader = FormatDetector.bundled().detect(xlsx);
        assertEquals("municipal-999997", reader.source());
        RecordingSink fromXlsx = read(reader, xlsx);
        RecordingSink fromCsv = read(new MunicipalStandardReader(DepartmentVocabulary.bundled(), "999997"),
                TestData.path(SYNTH));
        assertEquals(4, fromXlsx.facilities.size());
        assertEquals(fromCsv.facilities, fromXlsx.facilities);
        assertEquals(fromCsv.problems.stream().map(p -> p.row() + 2).toList(),
                fromXlsx.problems.stream().map(ImportProblem::row).toList(), "the real rows under the title");
        assertTrue(fromXlsx.problems.stream().allMatch(p -> p.sheet().equals("医療機関")));
        assertEquals(List.of(4L), fromXlsx.progress);
    }

    @Test
    void aSecondMunicipalityInTheFileRejectsIt() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(TestData.path(SYNTH), StandardCharsets.UTF_8));
        lines.set(3, lines.get(3).replaceFirst("^999997,", "１３１０１,"));
        Path mixed = Files.write(dir.resolve("mixed.csv"), lines, StandardCharsets.UTF_8);
        RecordingSink sink = new RecordingSink();
        ImportProblem p = assertThrows(ImportRejectedException.class,
                () -> FormatDetector.bundled().detect(mixed).read(mixed, sink)).problem();
        assertEquals(4, p.row());
        assertEquals("全国地方公共団体コード", p.column());
        assertEquals("全国地方公共団体コード「13101」が 1 行目のデータ（999997）と違います。"
                + "1 つのファイルには 1 つの自治体のデータだけを入れてください。", p.message());
    }

    /** The first data row is the next non-blank row of the header's sheet, never a row of the next sheet. */
    @Test
    void theMunicipalityComesFromTheHeadersOwnSheetAndItsRealRow() throws Exception {
        List<List<String>> rows = synthRows();
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("見出しだけ", List.of(rows.get(0)));
        sheets.put("データ", rows.subList(1, rows.size()));
        ImportProblem headerOnly = detectRejected(TestWorkbooks.write(dir.resolve("two-sheets.xlsx"), sheets));
        assertEquals("見出し行だけでデータ行がありません。", headerOnly.message());
        assertEquals("見出しだけ", headerOnly.sheet());
        assertEquals(1, headerOnly.row());

        List<String> noCode = new ArrayList<>(rows.get(1));
        noCode.set(0, "");
        ImportProblem missing = detectRejected(TestWorkbooks.write(dir.resolve("no-code.xlsx"),
                Map.of("一覧", Arrays.asList(List.of("タイトル"), rows.get(0), null, noCode))));
        assertEquals("一覧", missing.sheet());
        assertEquals(4, missing.row());
        assertEquals("全国地方公共団体コード", missing.column());
    }
}
