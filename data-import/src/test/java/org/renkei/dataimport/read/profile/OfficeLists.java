package org.renkei.dataimport.read.profile;

import org.renkei.dataimport.testutil.TestData;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The three hand-kept office lists under {@code data/} (34 real 多摩 hospitals offering 皮膚科 or 整形外科, from the
 * ナビイ 2025-06-01 data; see the README there) and the profiles that read them, as the JSON files beside them say.
 */
final class OfficeLists {
    static final String XLSX = "皮膚科・整形外科 逆紹介先リスト.xlsx";
    static final String CSV = "逆紹介先リスト_cp932.csv";
    static final String XLS = "逆紹介先リスト_診療科別.xls";
    static final int FACILITIES = 34;

    private OfficeLists() {
    }

    static Path path(String name) {
        return TestData.path(name);
    }

    /** Sheet 逆紹介先 (after a cover sheet), two title rows, header on row 4, departments joined with 、, no ID. */
    static ImportProfile xlsx() {
        return new ImportProfile("皮膚科・整形外科 逆紹介先リスト", FileType.XLSX, CsvEncoding.AUTO,
                SheetRef.named("逆紹介先"), 4, 5,
                Map.of(Field.NAME, ColumnRef.header("医療機関名"), Field.KANA, ColumnRef.header("フリガナ"),
                        Field.POSTAL_CODE, ColumnRef.header("郵便番号"), Field.ADDRESS, ColumnRef.header("所在地"),
                        Field.DEPARTMENTS, ColumnRef.header("診療科")),
                DepartmentSpec.list("、"), KeyPolicy.NAME_ADDRESS);
    }

    /** CP932, ナビイ ID as key, 厚生局 abbreviations separated by spaces, coordinates. */
    static ImportProfile csv() {
        return new ImportProfile("逆紹介先リスト（CSV）", FileType.CSV, CsvEncoding.CP932, null, 1, 2,
                Map.of(Field.KEY, ColumnRef.header("施設コード"), Field.NAME, ColumnRef.header("医療機関名"),
                        Field.ADDRESS, ColumnRef.header("所在地"), Field.DEPARTMENTS, ColumnRef.header("診療科（略称）"),
                        Field.LAT, ColumnRef.header("緯度"), Field.LNG, ColumnRef.header("経度")),
                DepartmentSpec.abbreviations(" "), KeyPolicy.COLUMN);
    }

    /** .xls, one ○ column per department (C–G, by letter), key from name + address. */
    static ImportProfile xls() {
        return new ImportProfile("逆紹介先リスト（診療科別）", FileType.XLS, CsvEncoding.AUTO, SheetRef.at(1), 1, 2,
                Map.of(Field.NAME, ColumnRef.letter("A"), Field.ADDRESS, ColumnRef.header("所在地")),
                DepartmentSpec.flags(List.of(ColumnRef.letter("C"), ColumnRef.letter("D"), ColumnRef.letter("E"),
                        ColumnRef.letter("F"), ColumnRef.letter("G"))), KeyPolicy.NAME_ADDRESS);
    }
}
