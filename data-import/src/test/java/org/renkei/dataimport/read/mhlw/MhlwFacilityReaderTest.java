package org.renkei.dataimport.read.mhlw;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.csv.TextEncoding;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MhlwFacilityReaderTest {
    static final String SAMPLE = "mhlw_01-1_hospital_facility_info_20250601_SAMPLE.csv";
    static final String CLINICS = "02-1_clinic_facility_info_SYNTH.csv";

    @TempDir
    Path dir;

    static RecordingSink read(MhlwFacilityReader reader, Path file) throws ImportRejectedException {
        RecordingSink sink = new RecordingSink();
        reader.read(file, sink);
        return sink;
    }

    @Test
    void readsTheRealHospitalSample() throws Exception {
        RecordingSink sink = read(MhlwFacilityReader.hospitals(), TestData.path(SAMPLE));
        assertEquals(10, sink.facilities.size());
        assertEquals(List.of(), sink.problems);
        FacilityRecord sapmed = sink.facility("0111010000010");
        assertEquals("札幌医科大学附属病院", sapmed.name());
        assertEquals("サッポロイカダイガクフゾクビョウイン", sapmed.kana());
        assertEquals(FacilityKind.HOSPITAL, sapmed.kind());
        assertEquals("mhlw-navii", sapmed.source());
        assertEquals("01101", sapmed.municipalityCode());
        assertEquals("北海道札幌市中央区南１条西１６丁目２９１番地", sapmed.address());
        assertEquals(43.055405, sapmed.lat());
        assertEquals(141.333497, sapmed.lng());
        assertEquals(Precision.SOURCE, sapmed.precision());
        assertEquals("https://web.sapmed.ac.jp/hospital/", sapmed.url());
        assertEquals(848, sapmed.beds());
        assertEquals("土,日,祝", sapmed.closedDays(), "flags: 1 = open, 0 = closed");
        assertEquals("", sapmed.phone());
        assertTrue(sapmed.departments().isEmpty());

        FacilityRecord city = sink.facility("0111010000020");
        assertFalse(city.hasCoordinates(), "0.0,0.0 means no coordinates");
        assertEquals(Precision.NONE, city.precision());
        assertEquals(672, city.beds());
        assertEquals("日,祝", sink.facility("1311130201570").closedDays());
        assertEquals("13102", sink.facility("1311130300460").municipalityCode());
    }

    @Test
    void shiftJisCopyReadsIdentically() throws Exception {
        byte[] utf8 = Files.readAllBytes(TestData.path(SAMPLE));
        String text = new String(utf8, 3, utf8.length - 3, StandardCharsets.UTF_8);
        ByteBuffer sjis = TextEncoding.CP932.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(java.nio.CharBuffer.wrap(text));
        Path copy = dir.resolve(SAMPLE);
        Files.write(copy, Arrays.copyOf(sjis.array(), sjis.limit()));
        assertEquals(read(MhlwFacilityReader.hospitals(), TestData.path(SAMPLE)).facilities,
                read(MhlwFacilityReader.hospitals(), copy).facilities);
    }

    @Test
    void readsTheTwoThousandSyntheticClinics() throws Exception {
        RecordingSink sink = read(MhlwFacilityReader.clinics(), TestData.path(CLINICS));
        assertEquals(2000, sink.facilities.size());
        assertEquals(List.of(), sink.problems);
        Set<String> ids = new HashSet<>();
        sink.facilities.forEach(f -> assertTrue(ids.add(f.sourceKey())));
        assertTrue(sink.facilities.stream().allMatch(f -> f.kind() == FacilityKind.CLINIC && f.hasCoordinates()));
        FacilityRecord first = sink.facility("1391010114978");
        assertEquals("医療法人社団　博愛会　霞が関クリニック", first.name());
        assertEquals("13101", first.municipalityCode());
        assertEquals("日,祝", first.closedDays());
        assertEquals(0, first.beds());
        assertEquals(1093, sink.facilities.stream().filter(f -> f.closedDays().equals("日,祝")).count());
        assertEquals(928, sink.facilities.stream().filter(f -> f.beds() == null).count());
        assertEquals(List.of(1000L, 2000L, 2000L), sink.progress);
        assertEquals("mhlw-clinic-facility", MhlwFacilityReader.clinics().format());
        assertEquals("clinic", MhlwFacilityReader.clinics().scope());
    }

    private ImportProblem rejected(MhlwFacilityReader reader, Path file) {
        return assertThrows(ImportRejectedException.class, () -> read(reader, file)).problem();
    }

    /** A cut inside a field or record is rejected; the file ends {@code …,"0","0"\r\n}. */
    @ParameterizedTest(name = "cut {0} bytes from the end")
    @ValueSource(ints = {3, 4, 5, 6, 10, 57, 300, 5000})
    void truncatedCopyIsRejected(int cut) throws IOException {
        byte[] full = Files.readAllBytes(TestData.path(CLINICS));
        Path copy = dir.resolve(CLINICS);
        Files.write(copy, Arrays.copyOf(full, full.length - cut));
        ImportProblem p = rejected(MhlwFacilityReader.clinics(), copy);
        assertEquals(CLINICS, p.file());
        assertTrue(p.row() >= 1990, p.describe());
        assertTrue(p.message().contains("切れて") || p.message().contains("列の数"), p.message());
    }

    /** Only the final line break is missing: every record is complete (closed quote, 62 columns), so it imports. */
    @Test
    void aCopyWithoutItsFinalLineBreakIsComplete() throws Exception {
        byte[] full = Files.readAllBytes(TestData.path(CLINICS));
        Path copy = dir.resolve(CLINICS);
        Files.write(copy, Arrays.copyOf(full, full.length - 2));
        RecordingSink sink = read(MhlwFacilityReader.clinics(), copy);
        assertEquals(read(MhlwFacilityReader.clinics(), TestData.path(CLINICS)).facilities, sink.facilities);
        assertEquals(List.of(), sink.problems);
    }

    @Test
    void wrongColumnCountIsRejectedWithRow() throws IOException {
        List<String> lines = Files.readAllLines(TestData.path(SAMPLE), StandardCharsets.UTF_8);
        lines.set(4, lines.get(4) + ",\"extra\"");
        Path copy = dir.resolve("cols.csv");
        Files.write(copy, (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        ImportProblem p = rejected(MhlwFacilityReader.hospitals(), copy);
        assertEquals(5, p.row());
        assertTrue(p.message().contains("見出し 65 列、この行 66 列"), p.message());
        assertTrue(p.describe().startsWith("cols.csv 5行目"), p.describe());
    }

    @Test
    void missingRequiredColumnIsRejected() throws IOException {
        String text = Files.readString(TestData.path(SAMPLE)).replace("\"所在地\"", "\"住所\"");
        Path copy = dir.resolve("nocol.csv");
        Files.writeString(copy, text);
        ImportProblem p = rejected(MhlwFacilityReader.hospitals(), copy);
        assertEquals("所在地", p.column());
        assertEquals(1, p.row());
    }

    @Test
    void emptyAndHeaderOnlyAreRejected() throws IOException {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertTrue(rejected(MhlwFacilityReader.hospitals(), empty).message().contains("空"));
        String header = Files.readAllLines(TestData.path(SAMPLE), StandardCharsets.UTF_8).get(0);
        Path headerOnly = Files.writeString(dir.resolve("header.csv"), header + "\r\n");
        assertTrue(rejected(MhlwFacilityReader.hospitals(), headerOnly).message().contains("見出し行だけ"));
    }

    @Test
    void negativeBedsAreAProblemLikeInTheMunicipalReaders() throws Exception {
        List<String> lines = Files.readAllLines(TestData.path(SAMPLE), StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("\"848\"", "\"-848\""));
        Path copy = dir.resolve("negative.csv");
        Files.write(copy, (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        RecordingSink sink = read(MhlwFacilityReader.hospitals(), copy);
        assertNull(sink.facility("0111010000010").beds());
        assertEquals(List.of("合計病床数「-848」を数値として読めません（空欄として取り込みます）。"),
                sink.problems.stream().map(ImportProblem::message).toList());
    }

    @Test
    void badValuesAreProblemsAndTheRowIsStillImported() throws Exception {
        List<String> lines = Files.readAllLines(TestData.path(SAMPLE), StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("43.055405", "北緯43").replace("\"848\"", "\"八四八\"")
                .replaceFirst("\"1\",\"01\",\"101\"", "\"7\",\"01\",\"1O1\""));
        lines.set(3, lines.get(3).replace("35.686782,139.759958", "139.759958,35.686782"));
        Path copy = dir.resolve("values.csv");
        Files.write(copy, (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        RecordingSink sink = read(MhlwFacilityReader.hospitals(), copy);
        assertEquals(10, sink.facilities.size());
        FacilityRecord f = sink.facility("0111010000010");
        assertNull(f.lat());
        assertNull(f.beds());
        assertEquals("", f.municipalityCode());
        assertEquals(FacilityKind.HOSPITAL, f.kind());
        assertNull(sink.facility("1311130100110").lat(), "swapped coordinates are outside Japan");
        List<String> columns = sink.problems.stream().map(ImportProblem::column).toList();
        assertEquals(List.of("所在地座標（緯度）", "機関区分", "市区町村コード", "合計病床数", "所在地座標（緯度）"),
                columns, sink.problems.toString());
        assertTrue(sink.problems.stream().allMatch(p -> p.file().equals("values.csv") && p.row() > 1));
        assertEquals(2, sink.problems.get(0).row());
        assertEquals(4, sink.problems.get(4).row());
    }
}
