package org.renkei.dataimport.read.profile;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Validation of profiles (Japanese messages for the user) and the derived key. */
class ProfileModelTest {
    private static final Map<Field, ColumnRef> BASIC = Map.of(Field.NAME, ColumnRef.header("名称"),
            Field.ADDRESS, ColumnRef.header("住所"));

    private static String invalid(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @Test
    void profilesSayWhatIsMissing() {
        DepartmentSpec none = new DepartmentSpec(DepartmentStyle.NONE, "", List.of(), List.of());
        assertEquals("取込元の名前（例: 内科リスト）を入力してください。",
                invalid(() -> new ImportProfile(" ", FileType.CSV, null, null, 1, 2, BASIC, none, null)));
        assertEquals("「名称」と「住所」の列は必ず対応付けてください。", invalid(() -> new ImportProfile("a", FileType.CSV,
                null, null, 1, 2, Map.of(Field.NAME, ColumnRef.letter("A")), none, null)));
        assertEquals("データの開始行（2 行目）は見出し行（3 行目）より後にしてください。",
                invalid(() -> new ImportProfile("a", FileType.CSV, null, null, 3, 2, BASIC, none, null)));
        assertEquals("「診療科」の列を対応付けてください（診療科の書き方: 一覧または略称）。",
                invalid(() -> new ImportProfile("a", FileType.CSV, null, null, 1, 2, BASIC, DepartmentSpec.list(""), null)));
        assertEquals("キーの列を対応付けるか、キーを「名称＋住所」にしてください。",
                invalid(() -> new ImportProfile("a", FileType.CSV, null, null, 1, 2, BASIC, none, KeyPolicy.COLUMN)));
        assertEquals("診療科ごとの列（○印の列）を 1 つ以上指定してください。", invalid(() -> DepartmentSpec.flags(List.of())));
        assertEquals("列の記号「A1」は A〜ZZZ の形ではありません。", invalid(() -> ColumnRef.letter("A1")));
        assertTrue(invalid(() -> new ImportProfile("x".repeat(61), FileType.CSV, null, null, 1, 2, BASIC, none, null))
                .contains("60 文字"));
        ImportProfile ok = new ImportProfile(" 内科リスト ", FileType.XLSX, null, null, 2, 0, BASIC, none, null);
        assertEquals("own:内科リスト", ok.source());
        assertEquals(3, ok.firstDataRow());
        assertEquals(SheetRef.at(1), ok.sheet());
        assertEquals(KeyPolicy.NAME_ADDRESS, ok.keyPolicy());
    }

    @Test
    void columnReferencesFindHeadersByTextOrLetter() {
        List<String> header = List.of("No", "医療機関名", "", "住　所", "医療機関名");
        assertEquals(1, ColumnRef.header("医療機関名").indexIn(header));
        assertEquals(3, ColumnRef.header("住所").indexIn(header), "spaces are ignored");
        assertEquals(-1, ColumnRef.header("電話").indexIn(header));
        assertEquals(27, ColumnRef.letter("ab").indexIn(header));
        assertEquals(ColumnRef.header("住　所"), ColumnRef.forColumn(header, 3));
        assertEquals(ColumnRef.letter("E"), ColumnRef.forColumn(header, 4), "a repeated header is named by letter");
        assertEquals(ColumnRef.letter("C"), ColumnRef.forColumn(header, 2));
    }

    @Test
    void derivedKeysIgnoreWidthSpacesAndDashStyleButNotTheAddress() {
        String key = DerivedKey.of("調布東山病院", "東京都調布市小島町２－３２－１７");
        assertTrue(key.matches("na-[0-9a-f]{20}"), key);
        assertEquals(key, DerivedKey.of(" 調布東山病院　", "〒182-0026 東京都調布市小島町2-32-17"));
        assertEquals(key, DerivedKey.of("調布東山病院", "東京都 調布市 小島町2ー32ー17"));
        assertNotEquals(key, DerivedKey.of("調布東山病院", "東京都調布市小島町２－３２－１８"));
        assertNotEquals(key, DerivedKey.of("調布東山病院分院", "東京都調布市小島町２－３２－１７"));
    }
}
