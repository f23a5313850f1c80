package org.renkei.dataimport.read.detect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.testutil.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private ImportProblem rejected(Path p) {
        return assertThrows(ImportRejectedException.class, () -> detector.detect(p)).problem();
    }

    @Test
    void unknownFormatsAreRejectedPointingToTheColumnMapping() throws IOException {
        Path other = Files.writeString(dir.resolve("mine.csv"), "名前,住所,科\nA医院,東京都,内科\n");
        ImportProblem p = rejected(other);
        assertEquals("形式を判別できません。列の対応付け（インポート設定）を使って取り込んでください。", p.message());
        assertEquals("mine.csv", p.file());
        Path xlsx = Files.write(dir.resolve("list.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertEquals(FormatDetector.UNKNOWN_FORMAT, rejected(xlsx).message());
        assertEquals(FormatDetector.UNKNOWN_FORMAT, rejected(TestData.path("kouseikyoku_layout_sample.truth.jsonl"))
                .message());
    }

    @Test
    void emptyFilesAreRejected() throws IOException {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertTrue(rejected(empty).message().contains("空"));
    }
}
