package org.renkei.app.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.profile.ColumnRef;
import org.renkei.dataimport.read.profile.CsvEncoding;
import org.renkei.dataimport.read.profile.DepartmentSpec;
import org.renkei.dataimport.read.profile.DepartmentStyle;
import org.renkei.dataimport.read.profile.Field;
import org.renkei.dataimport.read.profile.FileType;
import org.renkei.dataimport.read.profile.ImportProfile;
import org.renkei.dataimport.read.profile.KeyPolicy;
import org.renkei.dataimport.read.profile.SheetRef;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Profiles in JSON: the test profiles as written by hand, a round trip, and the reasons bad files give. */
class ImportProfilesTest {
    private static final Path PROFILES = Path.of("..", "data-import", "src", "test", "resources", "data", "profiles");

    @TempDir
    Path dir;

    @Test
    void theHandWrittenProfilesReadAsMeant() throws Exception {
        ImportProfile xlsx = ImportProfiles.load(PROFILES.resolve("皮膚科・整形外科 逆紹介先リスト.profile.json"));
        assertEquals(new ImportProfile("皮膚科・整形外科 逆紹介先リスト", FileType.XLSX, CsvEncoding.AUTO,
                SheetRef.named("逆紹介先"), 4, 5, Map.of(Field.NAME, ColumnRef.header("医療機関名"),
                Field.KANA, ColumnRef.header("フリガナ"), Field.POSTAL_CODE, ColumnRef.header("郵便番号"),
                Field.ADDRESS, ColumnRef.header("所在地"), Field.DEPARTMENTS, ColumnRef.header("診療科")),
                DepartmentSpec.list("、"), KeyPolicy.NAME_ADDRESS), xlsx);
        ImportProfile csv = ImportProfiles.load(PROFILES.resolve("逆紹介先リスト_cp932.profile.json"));
        assertEquals(CsvEncoding.CP932, csv.encoding());
        assertEquals(KeyPolicy.COLUMN, csv.keyPolicy());
        assertEquals(ColumnRef.header("施設コード"), csv.column(Field.KEY).orElseThrow());
        assertEquals(DepartmentStyle.ABBREVIATIONS, csv.departments().style());
        ImportProfile xls = ImportProfiles.load(PROFILES.resolve("逆紹介先リスト_診療科別.profile.json"));
        assertEquals(SheetRef.at(1), xls.sheet());
        assertEquals(2, xls.firstDataRow());
        assertEquals(ColumnRef.letter("A"), xls.column(Field.NAME).orElseThrow());
        assertEquals(ColumnRef.header("所在地"), xls.column(Field.ADDRESS).orElseThrow(), "a plain string is a header");
        assertEquals(DepartmentSpec.flags(List.of(ColumnRef.letter("C"), ColumnRef.letter("D"), ColumnRef.letter("E"),
                ColumnRef.letter("F"), ColumnRef.letter("G"))), xls.departments());
    }

    @Test
    void savedProfilesReadBackEqualAndNoTemporaryFileStays() throws Exception {
        for (String name : List.of("皮膚科・整形外科 逆紹介先リスト", "逆紹介先リスト_cp932", "逆紹介先リスト_診療科別")) {
            ImportProfile p = ImportProfiles.load(PROFILES.resolve(name + ".profile.json"));
            Path saved = dir.resolve(name + ".json");
            ImportProfiles.save(p, saved);
            ImportProfiles.save(p, saved);
            assertEquals(p, ImportProfiles.load(saved));
        }
        ImportProfile perDepartment = new ImportProfile("内科リスト", FileType.CSV, CsvEncoding.UTF_8, null, 2, 4,
                Map.of(Field.NAME, ColumnRef.letter("B"), Field.ADDRESS, ColumnRef.letter("C")),
                new DepartmentSpec(DepartmentStyle.NONE, "", List.of(), List.of("内科")), null);
        ImportProfiles.save(perDepartment, dir.resolve("内科.json"));
        assertEquals(perDepartment, ImportProfiles.load(dir.resolve("内科.json")));
        String text = Files.readString(dir.resolve("内科.json"), StandardCharsets.UTF_8);
        assertEquals(true, text.contains("\"encoding\" : \"utf-8\"") && text.contains("\"every_row\" : [ \"内科\" ]"), text);
        try (var files = Files.list(dir)) {
            assertEquals(4, files.count());
        }
    }

    @Test
    void badFilesAreRejectedWithAReason() throws Exception {
        assertEquals("インポート設定が正しくありません: 診療科の書き方（style）「circles」は使えません"
                + "（list・abbreviations・flag_columns・none のどれか）。", reason("{\"name\":\"a\",\"file\":{\"type\":\"csv\"},"
                + "\"columns\":{\"name\":\"n\",\"address\":\"a\"},\"departments\":{\"style\":\"circles\"}}"));
        assertEquals("インポート設定が正しくありません: 列の項目名「notes」は使えません（name・address・kana など のどれか）。",
                reason("{\"name\":\"a\",\"file\":{\"type\":\"csv\"},\"columns\":{\"notes\":\"備考\"}}"));
        assertEquals("インポート設定が正しくありません: 新しい版の連携デスクで作られたインポート設定です（版 2）。この版では読めません。",
                reason("{\"version\":2}"));
        assertEquals("インポート設定ファイルの項目の形が正しくありません（1 行目 1 文字目付近）。", reason("[1, 2]"));
        assertEquals("インポート設定ファイルが空です。", reason(""));
    }

    private String reason(String json) throws Exception {
        Path f = Files.writeString(dir.resolve("p.json"), json, StandardCharsets.UTF_8);
        return assertThrows(ImportRejectedException.class, () -> ImportProfiles.load(f)).problem().message();
    }
}
