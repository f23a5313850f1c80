package org.renkei.dataimport.read.mhlw;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DerivedHospitalReaderTest {
    static final String DERIVED = "tokyo_hospitals_mhlw20250601_with_departments_DERIVED.csv";

    @TempDir
    Path dir;

    private RecordingSink read(String csv) throws Exception {
        RecordingSink sink = new RecordingSink();
        DerivedHospitalReader.bundled().read(Files.writeString(dir.resolve("h.csv"), csv, StandardCharsets.UTF_8), sink);
        return sink;
    }

    private static Set<String> canonical(FacilityRecord f) {
        return f.departments().stream().map(DepartmentEntry::canonical).collect(Collectors.toSet());
    }

    @Test
    void readsThe583TokyoHospitals() throws Exception {
        RecordingSink sink = new RecordingSink();
        DerivedHospitalReader.bundled().read(TestData.path(DERIVED), sink);
        assertEquals(583, sink.facilities.size());
        assertTrue(sink.facilities.stream().allMatch(f -> f.kind() == FacilityKind.HOSPITAL
                && f.source().equals("mhlw-navii") && f.sourceKey().length() == 13));

        FacilityRecord noDepts = sink.facility("1311136700001");
        assertTrue(noDepts.departments().isEmpty());
        FacilityRecord zero = sink.facility("1311314370078");
        assertFalse(zero.hasCoordinates());
        assertEquals(Precision.NONE, zero.precision());
        assertEquals(1, sink.facilities.stream().filter(f -> !f.hasCoordinates()).count());
        FacilityRecord hachijo = sink.facility("1311138500240");
        assertEquals("", hachijo.municipalityCode());
        FacilityRecord kunaicho = sink.facility("1311130100110");
        assertEquals("宮内庁病院", kunaicho.name());
        assertEquals("13101", kunaicho.municipalityCode());
        assertEquals(Precision.SOURCE, kunaicho.precision());
        assertEquals(204, sink.facilities.stream()
                .filter(f -> canonical(f).containsAll(Set.of("内科", "皮膚科", "整形外科"))).count());
        assertEquals(119, sink.facilities.stream().filter(f -> canonical(f).contains("神経内科")).count());
        assertEquals(List.of(583L), sink.progress);
    }

    @Test
    void splitFragmentsAreKeptAsLabelsAndReported() throws Exception {
        RecordingSink sink = new RecordingSink();
        DerivedHospitalReader.bundled().read(TestData.path(DERIVED), sink);
        Set<String> unknown = sink.facilities.stream().flatMap(f -> f.departments().stream())
                .filter(d -> !d.known()).map(DepartmentEntry::label).collect(Collectors.toSet());
        assertTrue(unknown.containsAll(Set.of("糖尿病", "代謝", "大腸", "胃外科", "骨軟部腫瘍科")), unknown.toString());
        assertFalse(unknown.contains("膵臓外科"), "（改行） separates labels");
        assertTrue(sink.problems.stream().allMatch(p -> p.column().equals("診療科目名_raw(helpmesearch split)")
                && p.message().endsWith("は辞書にありません（そのまま取り込みます）。") && p.row() > 1));
        long unknownEntries = sink.facilities.stream().flatMap(f -> f.departments().stream())
                .filter(d -> !d.known()).count();
        assertEquals(unknownEntries, sink.problems.size());
        ImportProblem daisha = sink.problems.stream().filter(p -> p.message().contains("「代謝」")).findFirst()
                .orElseThrow();
        assertEquals(DERIVED, daisha.file());
    }

    /** The department cell is read like every department list: 「・」 lists split, services left out, one per name. */
    @Test
    void departmentsAreReadLikeEveryOtherDepartmentList() throws Exception {
        RecordingSink sink = read("ID,正式名称,所在地,所在地座標（緯度）,所在地座標（経度）,"
                + "診療科目名_raw(helpmesearch split)\r\n"
                + "1311130100110,宮内庁病院,東京都千代田区千代田１－２,35.686782,139.759958,"
                + "内科・消化器内科|眼科|人間ドック|内\u3000科|透析実施|ふしぎ科\r\n");
        List<DepartmentEntry> d = sink.facility("1311130100110").departments();
        assertEquals(Arrays.asList("内科", "消化器内科", "眼科", null),
                d.stream().map(DepartmentEntry::canonical).toList());
        assertEquals(List.of("内科・消化器内科", "内科・消化器内科", "眼科", "ふしぎ科"),
                d.stream().map(DepartmentEntry::label).toList());
        assertEquals(List.of("診療科名「ふしぎ科」は辞書にありません（そのまま取り込みます）。"),
                sink.problems.stream().map(ImportProblem::message).toList());
    }

    @Test
    void restoresALostLeadingZero() throws Exception {
        RecordingSink sink = read("ID,正式名称,正式名称（フリガナ）,所在地,所在地座標（緯度）,"
                + "所在地座標（経度）,案内用ホームページアドレス\r\n"
                + "111010000010,札幌医科大学附属病院,サッポロ,北海道札幌市中央区南１条西１６丁目２９１番地,43.055405,"
                + "141.333497,\r\n");
        FacilityRecord r = sink.facility("0111010000010");
        assertTrue(r.departments().isEmpty());
        assertNull(r.beds());
    }
}
