package org.renkei.dataimport.read.profile;

import org.junit.jupiter.api.Test;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.read.ImportRejectedException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The first rows and the guesses the mapping dialog starts from, on the real office lists. */
class GuessTest {
    private static final DepartmentVocabulary VOCABULARY = DepartmentVocabulary.bundled();

    @Test
    void headerTextsSuggestFields() {
        assertEquals(Field.NAME, ColumnGuess.field("医療機関名"));
        assertEquals(Field.NAME, ColumnGuess.field("名称"));
        assertEquals(Field.KANA, ColumnGuess.field("名称（カナ）"));
        assertEquals(Field.ADDRESS, ColumnGuess.field("所在地"));
        assertEquals(Field.PHONE, ColumnGuess.field("TEL"));
        assertEquals(Field.PHONE, ColumnGuess.field("電話番号"));
        assertEquals(Field.POSTAL_CODE, ColumnGuess.field("〒"));
        assertEquals(Field.DEPARTMENTS, ColumnGuess.field("診療科目"));
        assertEquals(Field.KEY, ColumnGuess.field("医療機関コード"));
        assertEquals(Field.KIND, ColumnGuess.field("医療機関の種類"));
        assertNull(ColumnGuess.field("No"));
        assertNull(ColumnGuess.field("備考"));
    }

    @Test
    void xlsxListPreviewFindsTheHeaderBelowTheTitleAndAListOfDepartments() throws Exception {
        Preview p = Preview.load(OfficeLists.path(OfficeLists.XLSX), CsvEncoding.AUTO, SheetRef.named("逆紹介先"));
        assertEquals(FileType.XLSX, p.type());
        assertEquals(List.of("表紙", "逆紹介先"), p.sheets());
        assertEquals("逆紹介先", p.sheet());
        assertEquals(List.of(1L, 2L, 4L, 5L), p.rows().stream().limit(4).map(r -> r.number()).toList(),
                "the blank row 3 is not in the file");
        assertEquals(20, p.rows().get(p.rows().size() - 1).number());
        long header = ColumnGuess.headerRow(p.rows(), VOCABULARY);
        assertEquals(4, header);
        Map<Field, Integer> fields = ColumnGuess.fields(p.cells(header));
        assertEquals(Map.of(Field.NAME, 1, Field.KANA, 2, Field.POSTAL_CODE, 3, Field.ADDRESS, 4, Field.DEPARTMENTS, 5),
                fields);
        assertEquals(DepartmentSpec.list("、"), ColumnGuess.departments(p.cells(header), p.rowsAfter(header), fields,
                VOCABULARY));
        Preview cover = Preview.load(OfficeLists.path(OfficeLists.XLSX), CsvEncoding.AUTO, SheetRef.at(1));
        assertEquals("表紙", cover.sheet());
        assertThrows(ImportRejectedException.class,
                () -> Preview.load(OfficeLists.path(OfficeLists.XLSX), CsvEncoding.AUTO, SheetRef.at(3)));
    }

    @Test
    void csvPreviewGuessesTheKeyColumnAndAbbreviations() throws Exception {
        Preview p = Preview.load(OfficeLists.path(OfficeLists.CSV), CsvEncoding.AUTO, SheetRef.at(1));
        assertEquals(FileType.CSV, p.type());
        assertEquals(List.of(), p.sheets());
        assertEquals(20, p.rows().size());
        assertEquals(6, p.width());
        long header = ColumnGuess.headerRow(p.rows(), VOCABULARY);
        assertEquals(1, header);
        Map<Field, Integer> fields = ColumnGuess.fields(p.cells(header));
        assertEquals(Map.of(Field.KEY, 0, Field.NAME, 1, Field.ADDRESS, 2, Field.DEPARTMENTS, 3, Field.LAT, 4,
                Field.LNG, 5), fields);
        assertEquals(DepartmentSpec.abbreviations(""),
                ColumnGuess.departments(p.cells(header), p.rowsAfter(header), fields, VOCABULARY));
    }

    @Test
    void xlsPreviewGuessesOneColumnPerDepartment() throws Exception {
        Preview p = Preview.load(OfficeLists.path(OfficeLists.XLS), CsvEncoding.AUTO, SheetRef.at(1));
        assertEquals(FileType.XLS, p.type());
        Map<Field, Integer> fields = ColumnGuess.fields(p.cells(1));
        assertEquals(Map.of(Field.NAME, 0, Field.ADDRESS, 1), fields);
        assertEquals(DepartmentSpec.flags(List.of(ColumnRef.header("内科"), ColumnRef.header("皮膚科"),
                        ColumnRef.header("整形外科"), ColumnRef.header("形成外科"), ColumnRef.header("リハビリテーション科"))),
                ColumnGuess.departments(p.cells(1), p.rowsAfter(1), fields, VOCABULARY));
    }
}
