package org.renkei.dataimport.read.mhlw;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.detect.FormatDetector;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HospitalDepartmentsJsonReaderTest {
    static final String JSON = "helpmesearch_mhlw20250601_hospital_tokyo_departments.json";
    private static final String KEY = "mhlw-navii/";

    @TempDir
    Path dir;

    private static RecordingSink readReal() throws Exception {
        RecordingSink sink = new RecordingSink();
        HospitalDepartmentsJsonReader.bundled().read(TestData.path(JSON), sink);
        return sink;
    }

    private RecordingSink read(String json) throws Exception {
        RecordingSink sink = new RecordingSink();
        HospitalDepartmentsJsonReader.bundled().read(write("d.json", json), sink);
        return sink;
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> canonical(List<DepartmentEntry> entries) {
        return entries.stream().map(DepartmentEntry::canonical).toList();
    }

    @Test
    void readsTheDepartmentsOfThe583TokyoHospitals() throws Exception {
        RecordingSink sink = readReal();
        assertTrue(sink.facilities.isEmpty(), "the file adds no facilities");
        // 583 entries; the one with an empty list (entry 555) is reported and not emitted
        assertEquals(582, sink.departmentCalls);
        assertTrue(sink.departments.keySet().stream().allMatch(k -> k.matches("mhlw-navii/13\\d{11}")));
        List<ImportProblem> empty = sink.problems.stream().filter(p -> p.message().contains("診療科が空")).toList();
        assertEquals(1, empty.size());
        assertEquals(555, empty.get(0).row());
        assertTrue(empty.get(0).message().contains("1311136700001"));

        List<DepartmentEntry> mishuku = sink.departments.get(KEY + "1311132100260"); // 三宿病院, entry 1
        assertEquals(20, mishuku.size());
        assertEquals(List.of("内科", "血液内科", "呼吸器内科"), canonical(mishuku.subList(0, 3)));
        assertTrue(mishuku.stream().allMatch(DepartmentEntry::known));
        assertTrue(canonical(mishuku).contains("耳鼻いんこう科"));
        assertEquals(List.of(100L, 200L, 300L, 400L, 500L, 583L), sink.progress, "progress counts entries");
    }

    /** 糖尿病 + 代謝内科 was 糖尿病・代謝内科 before helpmesearch split it; 肝臓 + 胆のう + 膵臓外科 likewise. */
    @Test
    void rejoinsSplitFragmentsIntoVocabularyNames() throws Exception {
        RecordingSink sink = readReal();
        List<DepartmentEntry> ohashi = sink.departments.get(KEY + "1311132100840"); // 東邦大学医療センター大橋病院
        assertEquals("糖尿病・代謝内科", ohashi.get(0).canonical());
        assertEquals("糖尿病・代謝内科", ohashi.get(0).label());
        assertEquals("脳神経内科", ohashi.get(1).canonical());
        assertFalse(canonical(ohashi).contains("代謝内科"));

        Map<String, Long> joined = sink.departments.values().stream().flatMap(List::stream)
                .filter(d -> d.label().contains("・"))
                .collect(Collectors.groupingBy(DepartmentEntry::canonical, Collectors.counting()));
        assertEquals(17L, joined.get("糖尿病・代謝内科"));
        assertEquals(29L, joined.get("糖尿病・内分泌内科"));
        assertEquals(8L, joined.get("肝臓・胆のう・膵臓外科"));
        assertEquals(3L, joined.get("頭頸部・耳鼻いんこう科"));
    }

    /**
     * Every unknown label left is one problem naming the file, the entry (row) and the departments column; they
     * are fragments whose partner helpmesearch dropped as a duplicate (糖尿病 after 糖尿病内科 …) or real names
     * the vocabulary lacks (乳腺科, 心臓リハビリテーション科 …).
     */
    @Test
    void unknownLabelsAreProblemsOfTheirEntry() throws Exception {
        RecordingSink sink = readReal();
        List<ImportProblem> unknown = sink.problems.stream()
                .filter(p -> p.message().endsWith("は辞書にありません（そのまま取り込みます）。")).toList();
        assertEquals(sink.problems.size() - 1, unknown.size(), "besides the one empty list");
        long unknownEntries = sink.departments.values().stream().flatMap(List::stream)
                .filter(d -> !d.known()).count();
        assertEquals(unknownEntries, unknown.size());
        assertEquals(54, unknown.size());
        assertTrue(unknown.stream().allMatch(p -> p.file().equals(JSON) && p.column().equals("departments")
                && p.row() >= 1 && p.row() <= 583));
        Set<String> labels = sink.departments.values().stream().flatMap(List::stream)
                .filter(d -> !d.known()).map(DepartmentEntry::label).collect(Collectors.toSet());
        assertTrue(labels.containsAll(Set.of("大腸", "糖尿病", "乳腺科", "胃外科", "骨軟部腫瘍科")), labels.toString());
        assertFalse(labels.contains("代謝内科"));
        assertFalse(labels.contains("膵臓外科"), "（改行） separates labels");
    }

    /** The DERIVED CSV holds the same lists joined with |: both readers give every hospital the same departments. */
    @Test
    void agreesWithTheDerivedCsvOfTheSameHospitals() throws Exception {
        RecordingSink json = readReal();
        RecordingSink csv = new RecordingSink();
        DerivedHospitalReader.bundled().read(TestData.path(DerivedHospitalReaderTest.DERIVED), csv);
        Set<String> compared = new HashSet<>();
        for (FacilityRecord f : csv.facilities) {
            List<DepartmentEntry> fromJson = json.departments.get(KEY + f.sourceKey());
            if (fromJson == null) {
                assertTrue(f.departments().isEmpty(), f.sourceKey());
                continue;
            }
            assertEquals(f.departments(), fromJson, f.sourceKey());
            compared.add(f.sourceKey());
        }
        assertEquals(582, compared.size());
        assertEquals(csv.problems.size(), json.problems.size() - 1);
    }

    @Test
    void detectedByContentWhateverTheName() throws Exception {
        Path renamed = Files.copy(TestData.path(JSON), dir.resolve("download.txt"));
        FacilityFileReader r = FormatDetector.bundled().detect(renamed);
        assertInstanceOf(HospitalDepartmentsJsonReader.class, r);
        assertEquals("mhlw-hospital-departments-json", r.format());
        assertEquals("mhlw-navii", r.source());
        assertEquals(FacilityFileReader.Content.DEPARTMENTS, r.content());
        assertInstanceOf(HospitalDepartmentsJsonReader.class, FormatDetector.bundled().detect(
                write("one.json", "{\"departments\": [\"内科\"], \"id\": \"1311130100110\"}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"id\": \"1\", \"name\": \"x\"}]", "{\"profile\": {\"id\": 1}}", "[1, 2]", "not json"})
    void otherJsonIsNotThisFormat(String text) throws Exception {
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> FormatDetector.bundled().detect(write("other.json", text)));
        assertTrue(FormatDetector.isUnknownFormat(e.problem()), e.problem().message());
    }

    @Test
    void readsASingleEntryAndRestoresALostLeadingZero() throws Exception {
        RecordingSink sink = read("{\"id\": \"111010000010\", \"tel\": \"111010000010\", \"departments\": "
                + "[\"糖尿病\", \"代謝内科\", \"内科・消化器内科\", \"透析実施\", \"ふしぎ科\"], \"extra\": {\"a\": [1]}}");
        List<DepartmentEntry> d = sink.departments.get(KEY + "0111010000010");
        assertEquals(java.util.Arrays.asList("糖尿病・代謝内科", "内科", "消化器内科", null), canonical(d));
        assertEquals(List.of(new ImportProblem("d.json", "", 1, "departments",
                "診療科名「ふしぎ科」は辞書にありません（そのまま取り込みます）。")), sink.problems);
    }

    @Test
    void aDuplicateIdIsReportedAndIgnored() throws Exception {
        RecordingSink sink = read("[{\"id\": \"1311130100110\", \"departments\": [\"内科\"]},"
                + "{\"id\": \"1311130100110\", \"departments\": [\"眼科\"]}]");
        assertEquals(List.of("内科"), canonical(sink.departments.get(KEY + "1311130100110")));
        assertEquals(1, sink.problems.size());
        assertEquals(2, sink.problems.get(0).row());
        assertEquals("id", sink.problems.get(0).column());
    }

    @Test
    void badJsonIsRejectedNamingTheEntry() throws Exception {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> read(
                "[{\"id\": \"1311130100110\", \"departments\": [\"内科\"]},\n{\"id\": \"1311130100240\", "
                        + "\"departments\": [\"眼科\",]}]"));
        assertEquals("d.json", e.problem().file());
        assertEquals(2, e.problem().row());
        assertTrue(e.problem().message().startsWith("JSON として読めません（2 行目"), e.problem().message());
        assertTrue(e.problem().message().endsWith("2 件目の施設）。"), e.problem().message());

        // truncated: detection sees id and departments, the reader rejects
        Path cut = write("cut.json", "[{\"id\": \"1311130100110\", \"departments\": [\"内科\"");
        FacilityFileReader r = FormatDetector.bundled().detect(cut);
        assertThrows(ImportRejectedException.class, () -> r.read(cut, new RecordingSink()));
    }

    @Test
    void wrongShapesAreRejected() throws Exception {
        assertEquals("2 件目の施設に id がありません。", rejected(
                "[{\"id\": \"1311130100110\", \"departments\": []}, {\"departments\": [\"内科\"]}]").message());
        assertEquals("1 件目の施設（ID「1311130100110」）に departments がありません。",
                rejected("[{\"id\": \"1311130100110\"}]").message());
        assertEquals("1 件目の departments が配列ではありません。",
                rejected("[{\"id\": \"1311130100110\", \"departments\": \"内科\"}]").message());
        assertEquals("1 件目の departments に文字列でない値があります。",
                rejected("[{\"id\": \"1311130100110\", \"departments\": [1]}]").message());
        assertEquals("1 件目の id が文字列ではありません。",
                rejected("[{\"id\": [\"1\"], \"departments\": []}]").message());
        assertTrue(rejected("[\"内科\"]").message().startsWith("1 件目が施設のオブジェクト"));
        assertEquals("JSON の配列（施設ごとの id と departments）ではありません。", rejected("\"内科\"").message());
        assertTrue(rejected("[] []").message().startsWith("JSON の終わりの後に余分なデータがあります"));
        assertTrue(rejected("").message().startsWith("JSON の配列"));
    }

    private ImportProblem rejected(String json) {
        return assertThrows(ImportRejectedException.class, () -> read(json)).problem();
    }
}
