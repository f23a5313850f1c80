package org.renkei.dataimport.read.kouseikyoku;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real 2025-08 nationwide code list (tomoueh/collect_med_inst_cd_py, MIT; government open data). */
class MedInstCodeListReaderTest {
    static final String ZIP = "kouseikyoku_all_med_inst_cd_202508.zip";

    @TempDir
    Path dir;

    @Test
    void readsTheNationwideZipAndEveryCheckDigitValidates() throws Exception {
        MedInstCodeListReader reader = MedInstCodeListReader.forFile(TestData.path(ZIP));
        assertEquals("all", reader.scope());
        assertEquals("kouseikyoku", reader.source());
        RecordingSink sink = new RecordingSink();
        reader.read(TestData.path(ZIP), sink);
        // 97,024 rows; 536 of them repeat an earlier row exactly (the scraper listed some institutions twice)
        assertEquals(96_488, sink.facilities.size());
        assertEquals(List.of("kouseikyoku_all_med_inst_cd_202508.zip: まったく同じ内容の重複行が 536 行ありました"
                + "（2 回目以降は無視しました）。"), sink.problems.stream().map(ImportProblem::describe).toList());
        Set<String> keys = new HashSet<>();
        sink.facilities.forEach(f -> assertTrue(keys.add(f.sourceKey()), f.sourceKey()));

        FacilityRecord hamada = sink.facility("130110049");
        assertEquals("医療法人財団 小畑会 浜田病院", hamada.name());
        assertEquals("1010062", hamada.postalCode());
        assertEquals("東京都千代田区神田駿河台二丁目５番地", hamada.address());
        assertEquals(FacilityKind.HOSPITAL, hamada.kind());
        assertTrue(hamada.departments().isEmpty());
        assertEquals("北海道札幌市南区川沿１３条２丁目１番３８号", sink.facility("010112489").address());
        assertEquals(FacilityKind.CLINIC,
                MedInstCodeListReader.kindOf("国家公務員共済組合連合会東北公済病院 仙台合同庁舎診療所"));
        assertTrue(sink.facilities.stream().allMatch(f -> f.address().startsWith(
                Prefectures.name(f.sourceKey().substring(0, 2)))));
        assertEquals(97_024L, sink.progress.get(sink.progress.size() - 1));
    }

    @Test
    void everyRealCodeValidatesAndACorruptedOneDoesNot() throws Exception {
        int rows = 0;
        try (ZipFile zip = new ZipFile(TestData.path(ZIP).toFile());
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     zip.getInputStream(zip.entries().nextElement()), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split(",");
                assertTrue(InstitutionCode.valid(c[0].substring(0, 2), c[1]), line);
                String wrong = c[1].substring(0, 6) + (char) ('0' + (c[1].charAt(6) - '0' + 5) % 10);
                assertFalse(InstitutionCode.valid(c[0].substring(0, 2), wrong) && c[0].startsWith("13"), line);
                rows++;
            }
        }
        assertEquals(97_024, rows);
        assertEquals("0110049", InstitutionCode.normalise("01,1004,9"));
        assertEquals("0118575", InstitutionCode.normalise("01-1857-5"));
        assertEquals("", InstitutionCode.normalise("01-1857"));
    }

    /** The Tokyo extract of SOURCES.md is the rows starting with 13; it gets scope 13 and keeps Tokyo only. */
    @Test
    void aSinglePrefectureListHasThePrefectureAsScope() throws Exception {
        Path tokyo = dir.resolve("kouseikyoku_med_inst_codes_tokyo_202508.csv");
        try (ZipFile zip = new ZipFile(TestData.path(ZIP).toFile());
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     zip.getInputStream(zip.entries().nextElement()), StandardCharsets.UTF_8));
             OutputStream out = Files.newOutputStream(tokyo)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("13")) {
                    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        MedInstCodeListReader reader = MedInstCodeListReader.forFile(tokyo);
        assertEquals("13", reader.scope());
        RecordingSink sink = new RecordingSink();
        reader.read(tokyo, sink);
        assertEquals(13_760, sink.facilities.size());
        assertTrue(sink.problems.isEmpty());
        Files.writeString(dir.resolve("mixed.csv"), Files.readString(tokyo)
                + "010112489,0112489,医療法人 愛全病院,0050813,札幌市南区川沿１３条２丁目１番３８号\r\n");
        ImportProblem p = assertThrows(ImportRejectedException.class,
                () -> reader.read(dir.resolve("mixed.csv"), new RecordingSink())).problem();
        assertEquals(13_761, p.row());
    }

    @Test
    void aBadCheckDigitIsAProblemButTheRowIsImported() throws Exception {
        Path f = Files.writeString(dir.resolve("codes.csv"),
                "130110040,0110040,浜田病院,1010062,千代田区神田駿河台二丁目５番地\r\n", StandardCharsets.UTF_8);
        RecordingSink sink = new RecordingSink();
        new MedInstCodeListReader("13").read(f, sink);
        assertEquals(1, sink.facilities.size());
        assertEquals(1, sink.problems.size());
        assertEquals("医療機関コード(9桁)", sink.problems.get(0).column());
        assertTrue(sink.problems.get(0).message().contains("検査数字"));
    }

    @Test
    void onlyAnIdenticalRowCountsAsAnExactDuplicate() throws Exception {
        String hamada = "130110049,0110049,浜田病院";
        assertEquals("Aa".hashCode(), "BB".hashCode());
        Path f = Files.writeString(dir.resolve("dups.csv"),
                hamada + "Aa,1010062,千代田区神田駿河台\r\n"
                        + hamada + "BB,1010062,千代田区神田駿河台\r\n" // same hash as the row above
                        + "010112489,0112489,\"愛全,病院\",0050813,札幌市\r\n"
                        + "010112489,0112489,愛全,\"病院,0050813\",札幌市\r\n" // the same text when joined by commas
                        + hamada + "Aa,1010062,千代田区神田駿河台\r\n",
                StandardCharsets.UTF_8);
        RecordingSink sink = new RecordingSink();
        new MedInstCodeListReader("all").read(f, sink);
        assertEquals(List.of("浜田病院Aa", "愛全,病院"), sink.facilities.stream().map(FacilityRecord::name).toList());
        List<String> problems = sink.problems.stream().map(ImportProblem::describe).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("dups.csv 2行目") && problems.get(0).contains("1 行目にもあり、内容が違います"),
                problems.get(0));
        assertTrue(problems.get(1).startsWith("dups.csv 4行目") && problems.get(1).contains("3 行目にもあり、内容が違います"),
                problems.get(1));
        assertEquals("dups.csv: まったく同じ内容の重複行が 1 行ありました（2 回目以降は無視しました）。", problems.get(2));
    }

    /** Same last-line rule as every CSV: without a line break, only a closed quote with 5 columns is complete. */
    @Test
    void aLastLineCutInsideTheAddressIsRejected() throws Exception {
        String first = "130110049,0110049,浜田病院,1010062,千代田区神田駿河台二丁目５番地\r\n";
        Path cut = Files.writeString(dir.resolve("cut.csv"), first + "010112489,0112489,愛全病院,0050813,札幌市南区川沿",
                StandardCharsets.UTF_8);
        ImportProblem p = assertThrows(ImportRejectedException.class,
                () -> new MedInstCodeListReader("all").read(cut, new RecordingSink())).problem();
        assertEquals(2, p.row());
        assertTrue(p.message().contains("最終行が途中で切れています"), p.message());
        assertThrows(ImportRejectedException.class, () -> MedInstCodeListReader.forFile(cut));

        Path quoted = Files.writeString(dir.resolve("quoted.csv"),
                first + "010112489,0112489,愛全病院,0050813,\"札幌市南区川沿１３条２丁目１番３８号\"", StandardCharsets.UTF_8);
        RecordingSink sink = new RecordingSink();
        new MedInstCodeListReader("all").read(quoted, sink);
        assertEquals("北海道札幌市南区川沿１３条２丁目１番３８号", sink.facility("010112489").address());
    }

    @Test
    void aUtf8FileCutInsideACharacterSaysSo() throws Exception {
        byte[] full = "130110049,0110049,浜田病院,1010062,千代田区神田駿河台二丁目５番地\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Path cut = Files.write(dir.resolve("cutchar.csv"), java.util.Arrays.copyOf(full, full.length - 3));
        ImportProblem p = assertThrows(ImportRejectedException.class,
                () -> new MedInstCodeListReader("all").read(cut, new RecordingSink())).problem();
        assertTrue(p.message().contains("末尾が文字の途中で切れています"), p.message());
    }

    @Test
    void aZipBombIsRejectedInJapanese() throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("all_med_inst_cd.csv"));
            byte[] line = "130110049,0110049,浜田病院,1010062,千代田区神田駿河台二丁目５番地\r\n"
                    .getBytes(StandardCharsets.UTF_8);
            zip.write(line);
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros); // 200 MB of a very compressible filler
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1_000_000, "small on disk: " + Files.size(bomb));
        RecordingSink sink = new RecordingSink();
        ImportProblem p = assertThrows(ImportRejectedException.class,
                () -> new MedInstCodeListReader("all").read(bomb, sink)).problem();
        assertTrue(p.message().contains("圧縮爆弾"), p.message());
        assertEquals("bomb.zip", p.file());
    }

    @Test
    void aZipWithSeveralMembersIsRejected() throws Exception {
        Path two = dir.resolve("two.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(two))) {
            zip.putNextEntry(new ZipEntry("a.csv"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("b.csv"));
            zip.closeEntry();
        }
        assertTrue(assertThrows(ImportRejectedException.class,
                () -> new MedInstCodeListReader("all").read(two, new RecordingSink())).problem().message()
                .contains("CSV ファイル 1 つではありません"));
    }
}
