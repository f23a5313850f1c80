package org.renkei.dataimport.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.testutil.TestData;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RowEstimateTest {
    @Test
    void csvCountsLines() throws Exception {
        assertEquals(584, RowEstimate.of(TestData.path("tokyo_hospitals_mhlw20250601_with_departments_DERIVED.csv")));
    }

    @Test
    void zippedCsvCountsLinesOfEveryMember() throws Exception {
        assertEquals(97_024, RowEstimate.of(TestData.path("kouseikyoku_all_med_inst_cd_202508.zip")));
    }

    @Test
    void xlsxReadsTheSheetDimension() throws Exception {
        assertEquals(618, RowEstimate.of(TestData.path("takamatsu_0062_hospital_data_20260812.xlsx")));
        assertEquals(91, RowEstimate.of(TestData.path("kumamoto_city_byouin_list_20250331.xlsx")));
    }

    @Test
    void lastLineWithoutBreakCounts(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "a,b\n1,2\n3,4");
        assertEquals(3, RowEstimate.of(f));
    }

    @Test
    void legacyXlsAndMissingFilesAreUnknown(@TempDir Path dir) throws Exception {
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, '\n', '\n'});
        assertEquals(RowEstimate.UNKNOWN, RowEstimate.of(xls));
        assertEquals(RowEstimate.UNKNOWN, RowEstimate.of(dir.resolve("missing.csv")));
    }

    @Test
    void zipPastTheScanCapIsUnknown(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("bomb.zip");
        byte[] block = new byte[1 << 20];
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(raw)) {
            z.putNextEntry(new ZipEntry("big.csv"));
            for (long written = 0; written <= RowEstimate.MAX_SCAN_BYTES; written += block.length) {
                z.write(block);
            }
            z.closeEntry();
        }
        assertEquals(RowEstimate.UNKNOWN, RowEstimate.of(zip));
    }
}
