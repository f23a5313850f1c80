package org.renkei.dataimport.read.municipal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.detect.FormatDetector;
import org.renkei.dataimport.read.sheet.HeaderedRows;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;
import org.renkei.dataimport.testutil.TestWorkbooks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real municipal open data: 高松市 (CC BY 4.0) and 熊本市 (CC BY 4.0). */
class MunicipalReadersTest {
    @TempDir
    Path dir;

    static Map<FacilityKind, Long> kinds(RecordingSink sink) {
        return sink.facilities.stream().collect(Collectors.groupingBy(FacilityRecord::kind, TreeMap::new,
                Collectors.counting()));
    }

    static List<String> canonical(FacilityRecord f) {
        return f.departments().stream().map(DepartmentEntry::canonical).toList();
    }

    @Test
    void takamatsuXlsx() throws Exception {
        RecordingSink sink = new RecordingSink();
        TakamatsuReader.bundled().read(TestData.path("takamatsu_0062_hospital_data_20260812.xlsx"), sink);
        assertEquals(617, sink.facilities.size());
        assertEquals(List.of(617L), sink.progress);
        assertEquals(Map.of(FacilityKind.CLINIC, 363L, FacilityKind.DENTAL, 222L, FacilityKind.HOSPITAL, 32L),
                kinds(sink));
        FacilityRecord f = sink.facility("jp.takamatsu.smartcity.medical.Hospital.1");
        assertEquals("独立行政法人国立病院機構高松医療センター", f.name());
        assertEquals(34.319621, f.lat());
        assertEquals(Precision.SOURCE, f.precision());
        assertEquals("37201", f.municipalityCode());
        assertEquals(232, f.beds());
        assertTrue(canonical(f).contains("リハビリテーション科"), canonical(f).toString());
        assertTrue(sink.facilities.stream().flatMap(x -> x.departments().stream())
                .noneMatch(d -> d.label().endsWith("実施")));
    }

    @Test
    void takamatsuOlderCsv() throws Exception {
        RecordingSink sink = new RecordingSink();
        TakamatsuReader.bundled().read(TestData.path("takamatsu_0062_hospital_data_20250704.csv"), sink);
        // SOURCES.md says 627 rows: wc -l, but the last line has no line break, so there are 628 records
        assertEquals(628, sink.facilities.size());
        assertEquals("独立行政法人国立病院機構高松医療センター",
                sink.facility("jp.takamatsu.smartcity.medical.Hospital.1").name());
        assertTrue(sink.facilities.stream().anyMatch(f -> f.kind() == FacilityKind.DENTAL));
        assertTrue(sink.problems.stream().noneMatch(p -> p.message().contains("実施")));
    }

    @Test
    void kumamotoXlsxAndCsvAgree() throws Exception {
        RecordingSink xlsx = new RecordingSink();
        KumamotoReader.bundled().read(TestData.path("kumamoto_city_byouin_list_20250331.xlsx"), xlsx);
        RecordingSink csv = new RecordingSink();
        KumamotoReader.bundled().read(TestData.path("kumamoto_city_byouin_list_20250331.csv"), csv);
        assertEquals(90, xlsx.facilities.size());
        assertEquals(90, csv.facilities.size());
        FacilityRecord f = xlsx.facility("熊本整形外科病院");
        assertEquals(FacilityKind.HOSPITAL, f.kind());
        assertEquals("8620975", f.postalCode());
        assertEquals(204, f.beds());
        assertEquals(List.of("内科", "呼吸器内科", "循環器内科", "整形外科", "形成外科", "リウマチ科", "リハビリテーション科",
                "放射線科", "麻酔科", "血管外科"), canonical(f));
        for (FacilityRecord x : xlsx.facilities) {
            FacilityRecord c = csv.facility(x.sourceKey());
            assertEquals(canonical(x), canonical(c), x.name());
            assertEquals(x.beds(), c.beds(), x.name());
        }
        assertTrue(xlsx.facilities.stream().noneMatch(x -> x.name().contains("カンセンショウ")
                || x.address().contains("カンセンショウ")
                || x.departments().stream().anyMatch(d -> d.label().contains("カンセンショウ"))), "no ruby glued on");
        assertEquals(List.of(90L), xlsx.progress, "one final count, not one call per row");
        assertEquals(List.of(90L), csv.progress);
    }

    static final List<String> TAKAMATSU_HEADER = List.of("#property", "latitude", "longitude", "address",
            "alternativeName", "city", "name", "telephone\u3000number", "medicalSubjects", "numberOfBeds", "prefCode");

    /** The detector and the reader find the header by the same rule, so a title row above it is no problem. */
    @Test
    void aTitleRowAboveTheTakamatsuHeaderIsDetectedAndImported() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("takamatsu-titled.xlsx"), Map.of("Sheet1", Arrays.asList(
                List.of("高松市 医療機関一覧（令和8年8月12日現在）"),
                null,
                TAKAMATSU_HEADER,
                List.of("jp.takamatsu.smartcity.medical.Hospital.1", "34.319621", "134.110708", "香川県高松市新田町乙８番地",
                        "病院", "高松市", "高松医療センター", "087-841-2146", "内科、リハビリ科、分娩実施", "232", "372013"),
                List.of("jp.takamatsu.smartcity.medical.Hospital.9", "", "", "香川県高松市番町一丁目",
                        "診療所?", "高松市", "番町クリニック", "", "小児科", "", "372013"))));
        FacilityFileReader reader = FormatDetector.bundled().detect(file);
        assertEquals("takamatsu-city-medical", reader.format());
        RecordingSink sink = new RecordingSink();
        reader.read(file, sink);
        assertEquals(2, sink.facilities.size());
        FacilityRecord f = sink.facility("jp.takamatsu.smartcity.medical.Hospital.1");
        assertEquals(List.of("内科", "リハビリテーション科"), canonical(f));
        assertEquals(232, f.beds());
        ImportProblem p = sink.problems.get(0);
        assertEquals(1, sink.problems.size(), sink.problems.toString());
        assertEquals("Sheet1", p.sheet());
        assertEquals(5, p.row(), "the real row, not one counted from the title");
        assertEquals("alternativeName", p.column());
        assertEquals(List.of(2L), sink.progress);
    }

    @Test
    void aWorkbookWithoutTheHeaderNamesTheMissingColumns() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("other.xlsx"), Map.of("一覧", List.of(List.of("#property", "name", "address"),
                List.of("jp.takamatsu.smartcity.medical.Hospital.1", "高松医療センター", "香川県高松市"))));
        ImportProblem p = assertThrows(ImportRejectedException.class,
                () -> TakamatsuReader.bundled().read(file, new RecordingSink())).problem();
        assertEquals("必要な列 「alternativeName」「medicalSubjects」 が見出し行にありません。", p.message());
        assertEquals("一覧", p.sheet());
        assertEquals(1, p.row());
    }

    @Test
    void kumamotoSharedStringsLoseTheirRuby() throws Exception {
        List<String> header = new java.util.ArrayList<>();
        HeaderedRows.read(TestData.path("kumamoto_city_byouin_list_20250331.xlsx"), new RecordingSink(), KumamotoReader::matches,
                new HeaderedRows.Visitor() {
                    @Override
                    public void header(org.renkei.dataimport.read.sheet.SheetRow h) {
                        header.addAll(h.cells());
                    }

                    @Override
                    public void row(org.renkei.dataimport.read.sheet.SheetRow r) {
                    }
                });
        assertTrue(header.contains("感染症病床数"), header.toString());
        assertTrue(header.contains("診療科目その他"));
        assertFalse(header.stream().anyMatch(h -> h.contains("カンセンショウ") || h.contains("シンリョウ")));
    }
}
