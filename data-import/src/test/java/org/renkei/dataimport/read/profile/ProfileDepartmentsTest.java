package org.renkei.dataimport.read.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestWorkbooks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Department styles on small lists written for the case at hand. */
class ProfileDepartmentsTest {
    @TempDir
    Path dir;

    private RecordingSink read(List<List<String>> rows, DepartmentSpec departments, Map<Field, ColumnRef> extra)
            throws Exception {
        Path xlsx = TestWorkbooks.write(dir.resolve("list.xlsx"), Map.of("一覧", rows));
        java.util.Map<Field, ColumnRef> columns = new java.util.EnumMap<>(Field.class);
        columns.put(Field.NAME, ColumnRef.header("名称"));
        columns.put(Field.ADDRESS, ColumnRef.header("住所"));
        columns.putAll(extra);
        ImportProfile p = new ImportProfile("一覧", FileType.XLSX, null, null, 1, 2, columns, departments, null);
        RecordingSink sink = new RecordingSink();
        ProfileReader.bundled(p).read(xlsx, sink);
        return sink;
    }

    private static List<String> canonical(FacilityRecord f) {
        return f.departments().stream().map(d -> d.known() ? d.canonical() : "?" + d.label()).toList();
    }

    @Test
    void abbreviationsWrittenTogetherAreSplitWhenEveryPartIsKnown() throws Exception {
        RecordingSink sink = read(List.of(List.of("名称", "住所", "科"),
                        List.of("A医院", "東京都府中市", "内 皮"),
                        List.of("B医院", "東京都府中市", "内皮　整外リハ"),
                        List.of("C医院", "東京都府中市", "小外、耳い"),
                        List.of("D医院", "東京都府中市", "内科 ほげ")),
                DepartmentSpec.abbreviations(""), Map.of(Field.DEPARTMENTS, ColumnRef.header("科")));
        assertEquals(List.of("内科", "皮膚科"), canonical(sink.facilities.get(0)));
        assertEquals(List.of("内科", "皮膚科", "整形外科", "リハビリテーション科"), canonical(sink.facilities.get(1)));
        assertEquals(List.of("内", "皮", "整外", "リハ"),
                sink.facilities.get(1).departments().stream().map(DepartmentEntry::label).toList());
        assertEquals(List.of("小児外科", "耳鼻いんこう科"), canonical(sink.facilities.get(2)), "whole abbreviations first");
        assertEquals(List.of("内科", "?ほげ"), canonical(sink.facilities.get(3)));
        assertEquals(List.of(new ImportProblem("list.xlsx", "一覧", 5, "科", "診療科名「ほげ」は辞書にありません（そのまま取り込みます）。")),
                sink.problems);
    }

    @Test
    void flagColumnsReadMarksAndReportWhatIsNoMark() throws Exception {
        RecordingSink sink = read(List.of(List.of("名称", "住所", "内科", "皮膚科", "整形", "その他"),
                        Arrays.asList("A医院", "東京都", "○", "◯", null, "リハ・アレルギー科"),
                        Arrays.asList("B医院", "東京都", "✓", "×", "●", null),
                        Arrays.asList("C医院", "東京都", "１", "△", "-", "ほげ")),
                new DepartmentSpec(DepartmentStyle.FLAG_COLUMNS, "、・", List.of(ColumnRef.header("内科"),
                        ColumnRef.header("皮膚科"), ColumnRef.letter("E")), List.of()),
                Map.of(Field.DEPARTMENTS, ColumnRef.header("その他")));
        assertEquals(List.of("内科", "皮膚科", "リハビリテーション科", "アレルギー科"), canonical(sink.facilities.get(0)));
        assertEquals(List.of("内科", "整形外科"), canonical(sink.facilities.get(1)), "header 整形 is an alias of 整形外科");
        assertEquals(List.of("内科", "?ほげ"), canonical(sink.facilities.get(2)));
        assertEquals(List.of("list.xlsx シート「一覧」 4行目 列「皮膚科」: 「△」は印（○）として読めません（この診療科は無いものとします）。",
                        "list.xlsx シート「一覧」 4行目 列「その他」: 診療科名「ほげ」は辞書にありません（そのまま取り込みます）。"),
                sink.problems.stream().map(ImportProblem::describe).toList());
    }

    @Test
    void everyRowDepartmentsOfAPerDepartmentListAreAddedOnceAndUnknownOnesReportedOnce() throws Exception {
        RecordingSink sink = read(List.of(List.of("名称", "住所"),
                        List.of("A医院", "東京都"), List.of("B医院", "東京都")),
                new DepartmentSpec(DepartmentStyle.NONE, "", List.of(), List.of("内科", "ふしぎ科")), Map.of());
        assertEquals(List.of("内科", "?ふしぎ科"), canonical(sink.facilities.get(0)));
        assertEquals(List.of("内科", "?ふしぎ科"), canonical(sink.facilities.get(1)));
        assertEquals(List.of("list.xlsx シート「一覧」: すべての行に付ける診療科名「ふしぎ科」は辞書にありません（そのまま取り込みます）。"),
                sink.problems.stream().map(ImportProblem::describe).toList());
    }

    @Test
    void listSeparatorsMatchTheirFullWidthForms() throws Exception {
        RecordingSink sink = read(List.of(List.of("名称", "住所", "診療科"),
                        List.of("A医院", "東京都", "内科，皮膚科／整形外科"), List.of("B医院", "東京都", "内科・消化器内科")),
                DepartmentSpec.list(",/"), Map.of(Field.DEPARTMENTS, ColumnRef.header("診療科")));
        assertEquals(List.of("内科", "皮膚科", "整形外科"), canonical(sink.facilities.get(0)));
        assertEquals(List.of("内科", "消化器内科"), canonical(sink.facilities.get(1)), "・ joins known names");
        assertEquals(List.of(), sink.problems);
    }
}
