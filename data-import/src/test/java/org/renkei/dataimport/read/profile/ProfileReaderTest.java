package org.renkei.dataimport.read.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestWorkbooks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three real office lists through their profiles, and the rejections and problems of broken lists. */
class ProfileReaderTest {
    /** Labels of the ナビイ lists (as split by helpmesearch) the vocabulary does not know, by data row (1 = first). */
    private static final Map<Integer, List<String>> UNKNOWN = Map.of(1, List.of("血液", "代謝"),
            2, List.of("リウマチ外科", "ゲノム診断科"), 5, List.of("乳腺科"), 6, List.of("糖尿病"),
            16, List.of("糖尿病"), 17, List.of("糖尿病", "大腸"), 28, List.of("糖尿病", "乳腺", "内分泌外科", "頭頸部"));

    @TempDir
    Path dir;

    private static RecordingSink read(ImportProfile profile, Path file) throws ImportRejectedException {
        RecordingSink sink = new RecordingSink();
        ProfileReader.bundled(profile).read(file, sink);
        return sink;
    }

    private static List<String> canonical(FacilityRecord f) {
        return f.departments().stream().map(DepartmentEntry::canonical).filter(Objects::nonNull).toList();
    }

    /** The problems expected for the unknown labels, data rows starting at {@code firstRow}. */
    private static List<String> unknownProblems(String file, String sheet, int firstRow, String column) {
        return UNKNOWN.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(label -> new ImportProblem(file, sheet,
                        firstRow + e.getKey() - 1, column, "診療科名「" + label + "」は辞書にありません（そのまま取り込みます）。")
                        .describe()))
                .toList();
    }

    @Test
    void xlsxListWithTitleRowsCoverSheetAndNoIdentifier() throws Exception {
        RecordingSink sink = read(OfficeLists.xlsx(), OfficeLists.path(OfficeLists.XLSX));
        assertEquals(OfficeLists.FACILITIES, sink.facilities.size());
        assertEquals(List.of(34L), sink.progress);
        FacilityRecord first = sink.facilities.get(0);
        assertEquals("own:皮膚科・整形外科 逆紹介先リスト", first.source());
        assertEquals(DerivedKey.of("東京都立小児総合医療センター", "東京都府中市武蔵台２－８－２９"), first.sourceKey());
        assertEquals("東京都立小児総合医療センター", first.name());
        assertEquals("トウキョウトリツショウニソウゴウイリョウセンター", first.kana());
        assertEquals("1838561", first.postalCode());
        assertEquals(FacilityKind.HOSPITAL, first.kind());
        assertEquals(Precision.NONE, first.precision());
        assertEquals(32, first.departments().size());
        FacilityRecord ikou = sink.facilities.get(8);
        assertEquals("府中医王病院", ikou.name());
        assertEquals(List.of("内科", "糖尿病内科", "循環器内科", "消化器内科", "神経内科", "外科", "消化器外科", "整形外科"),
                canonical(ikou));
        assertEquals("", sink.facilities.get(4).postalCode(), "日本医科大学多摩永山病院 has no postcode in the list");
        assertEquals(unknownProblems(OfficeLists.XLSX, "逆紹介先", 5, "診療科"),
                sink.problems.stream().map(ImportProblem::describe).toList());
        assertEquals(OfficeLists.FACILITIES, sink.facilities.stream().map(FacilityRecord::sourceKey).distinct().count());
    }

    @Test
    void cp932CsvWithAbbreviationsCoordinatesAndIdColumn() throws Exception {
        RecordingSink sink = read(OfficeLists.csv(), OfficeLists.path(OfficeLists.CSV));
        assertEquals(OfficeLists.FACILITIES, sink.facilities.size());
        FacilityRecord hino = sink.facility("1311137400460");
        assertEquals("日野駅前病院", hino.name());
        assertEquals("東京都日野市日野本町３－１４－１５", hino.address());
        assertEquals(List.of("内科", "糖尿病内科", "循環器内科", "消化器内科", "外科", "整形外科", "泌尿器科"), canonical(hino));
        assertEquals(List.of("内", "糖内", "循内", "消内", "外", "整外", "ひ"),
                hino.departments().stream().map(DepartmentEntry::label).toList());
        assertEquals(35.679137, hino.lat());
        assertEquals(139.395488, hino.lng());
        assertEquals(Precision.SOURCE, hino.precision());
        assertEquals(unknownProblems(OfficeLists.CSV, "", 2, "診療科（略称）"),
                sink.problems.stream().map(ImportProblem::describe).toList());

        RecordingSink auto = read(withEncoding(OfficeLists.csv(), CsvEncoding.AUTO), OfficeLists.path(OfficeLists.CSV));
        assertEquals(sink.facilities, auto.facilities, "CP932 is detected as well");
        ImportProblem utf8 = assertThrows(ImportRejectedException.class,
                () -> read(withEncoding(OfficeLists.csv(), CsvEncoding.UTF_8), OfficeLists.path(OfficeLists.CSV)))
                .problem();
        assertEquals("文字コード（UTF-8）として読めない文字があります。インポート設定の文字コードを確かめてください。",
                utf8.message());
        assertEquals(1, utf8.row());
    }

    @Test
    void xlsFlagColumnsGiveTheListsDepartmentsAmongThoseColumnsAndTheSameKeys() throws Exception {
        RecordingSink flags = read(OfficeLists.xls(), OfficeLists.path(OfficeLists.XLS));
        RecordingSink list = read(OfficeLists.xlsx(), OfficeLists.path(OfficeLists.XLSX));
        assertEquals(List.of(), flags.problems);
        Set<String> columns = Set.of("内科", "皮膚科", "整形外科", "形成外科", "リハビリテーション科");
        Map<String, FacilityRecord> byKey = list.facilities.stream()
                .collect(Collectors.toMap(FacilityRecord::sourceKey, Function.identity()));
        assertEquals(OfficeLists.FACILITIES, flags.facilities.size());
        for (FacilityRecord f : flags.facilities) {
            FacilityRecord same = byKey.get(f.sourceKey());
            assertEquals(same.name(), f.name());
            assertEquals(Set.copyOf(canonical(same).stream().filter(columns::contains).toList()),
                    Set.copyOf(canonical(f)), f.name());
        }
        assertEquals(18, flags.facilities.stream().filter(f -> canonical(f).contains("皮膚科")).count());
        assertEquals(List.of("内科", "整形外科"), canonical(flags.facilities.get(2)));
    }

    @Test
    void missingHeaderColumnsRejectTheFileNamingThem() {
        Map<Field, ColumnRef> columns = new LinkedHashMap<>(OfficeLists.xlsx().columns());
        columns.put(Field.NAME, ColumnRef.header("施設名"));
        columns.put(Field.PHONE, ColumnRef.header("電話番号"));
        ImportProfile p = new ImportProfile("逆紹介先", FileType.XLSX, null, SheetRef.named("逆紹介先"), 4, 5, columns,
                DepartmentSpec.list("、"), null);
        ImportProblem problem = assertThrows(ImportRejectedException.class,
                () -> ProfileReader.bundled(p).checkHeader(OfficeLists.path(OfficeLists.XLSX))).problem();
        assertEquals("逆紹介先", problem.sheet());
        assertEquals(4, problem.row());
        assertEquals("インポート設定の列 「施設名」（名称）、「電話番号」（電話番号） が見出し行（4 行目）にありません。"
                + "見出し行の番号と列の名前を確かめてください（この行の見出し: No、医療機関名、フリガナ、郵便番号、所在地、診療科、備考）。",
                problem.message());
        RecordingSink sink = new RecordingSink();
        assertThrows(ImportRejectedException.class, () -> ProfileReader.bundled(p).read(OfficeLists.path(OfficeLists.XLSX), sink));
        assertEquals(List.of(), sink.facilities);
    }

    @Test
    void wrongSheetHeaderRowOrFileKindIsRejected() throws Exception {
        ImportProfile good = OfficeLists.xlsx();
        ImportProfile sheet = new ImportProfile(good.name(), good.fileType(), null, SheetRef.named("一覧"), 4, 5,
                good.columns(), good.departments(), null);
        assertEquals("シート「一覧」がありません（このブックのシート: 表紙、逆紹介先）。", rejected(sheet, OfficeLists.XLSX).message());
        ImportProfile second = new ImportProfile(good.name(), good.fileType(), null, SheetRef.at(2), 4, 5,
                good.columns(), good.departments(), null);
        ProfileReader.bundled(second).checkHeader(OfficeLists.path(OfficeLists.XLSX));
        ImportProfile row3 = new ImportProfile(good.name(), good.fileType(), null, good.sheet(), 3, 5,
                good.columns(), good.departments(), null);
        assertEquals("見出し行（3 行目）が空です。インポート設定の見出し行の番号を確かめてください。",
                rejected(row3, OfficeLists.XLSX).message());
        ImportProfile beyond = new ImportProfile(good.name(), good.fileType(), null, good.sheet(), 60, 61,
                good.columns(), good.departments(), null);
        assertEquals("見出し行（60 行目）がありません（最後の行は 38 行目です）。", rejected(beyond, OfficeLists.XLSX).message());
        assertEquals("インポート設定「皮膚科・整形外科 逆紹介先リスト」は Excel のブック用ですが、このファイルは CSV ファイルです。",
                rejected(good, OfficeLists.CSV).message());
    }

    private static ImportProfile withEncoding(ImportProfile p, CsvEncoding encoding) {
        return new ImportProfile(p.name(), p.fileType(), encoding, p.sheet(), p.headerRow(), p.firstDataRow(),
                p.columns(), p.departments(), p.keyPolicy());
    }

    private static ImportProblem rejected(ImportProfile p, String file) {
        return assertThrows(ImportRejectedException.class,
                () -> ProfileReader.bundled(p).read(OfficeLists.path(file), new RecordingSink())).problem();
    }

    @Test
    void rowsWithoutNameOrAddressAndBadValuesAreProblemsAtTheirCell() throws Exception {
        Path csv = Files.writeString(dir.resolve("list.csv"), String.join("\r\n",
                "連携先一覧（2025年6月）,,,,,",
                "コード,名称,住所,電話,種別,診療科",
                "A1,調布東山病院,〒182-0026 東京都調布市小島町２－３２－１７,042-481-5511,病院,内科・皮膚科",
                "A2,,東京都府中市,,,内科",
                "A3,府中医王病院,,,,整形外科",
                "A1,府中病院,東京都府中市美好町１－２２,,病院,ほげ科",
                ",名称だけ,東京都,,,",
                "A5,武蔵野赤十字病院,東京都武蔵野市境南町１－２６－１,,有床,内科", ""), StandardCharsets.UTF_8);
        ImportProfile p = new ImportProfile("連携先", FileType.CSV, CsvEncoding.AUTO, null, 2, 3,
                Map.of(Field.KEY, ColumnRef.header("コード"), Field.NAME, ColumnRef.header("名称"),
                        Field.ADDRESS, ColumnRef.header("住所"), Field.PHONE, ColumnRef.letter("D"),
                        Field.KIND, ColumnRef.header("種別"), Field.DEPARTMENTS, ColumnRef.header("診療科")),
                DepartmentSpec.list("、"), KeyPolicy.COLUMN);
        RecordingSink sink = read(p, csv);
        assertEquals(List.of("A1", "A3", "A5"), sink.facilities.stream().map(FacilityRecord::sourceKey).toList());
        FacilityRecord east = sink.facilities.get(0);
        assertEquals("1820026", east.postalCode());
        assertEquals("東京都調布市小島町2-32-17", east.address(), "the postcode is taken out of the address cell");
        assertEquals("042-481-5511", east.phone());
        assertEquals(List.of("内科", "皮膚科"), canonical(east));
        assertEquals(FacilityKind.HOSPITAL, sink.facilities.get(2).kind(), "有床 is unreadable: kind from the name");
        assertEquals(List.of(
                "list.csv 4行目 列「名称」: 名称が空欄のため、この行は取り込みません。",
                "list.csv 5行目 列「住所」: 住所が空欄です（地図や距離の検索には出ません）。",
                "list.csv 6行目 列「コード」: 同じ医療機関が 3 行目にもあります（キー「A1」）。この行は取り込みません。",
                "list.csv 7行目 列「コード」: キーが空欄のため、この行は取り込みません。",
                "list.csv 8行目 列「種別」: 種別「有床」を読めません（病院として取り込みます）。"),
                sink.problems.stream().map(ImportProblem::describe).toList());
    }

    @Test
    void headerOnlyAndEmptyListsAreRejected() throws Exception {
        Path xlsx = TestWorkbooks.write(dir.resolve("empty.xlsx"), Map.of("名簿",
                Arrays.asList(List.of("医療機関名", "住所", "診療科"))));
        ImportProfile p = new ImportProfile("名簿", FileType.XLSX, null, null, 1, 2,
                Map.of(Field.NAME, ColumnRef.header("医療機関名"), Field.ADDRESS, ColumnRef.header("住所"),
                        Field.DEPARTMENTS, ColumnRef.header("診療科")), DepartmentSpec.list(""), null);
        ImportProblem problem = assertThrows(ImportRejectedException.class,
                () -> read(p, xlsx)).problem();
        assertEquals("データ行がありません（2 行目以降が空です）。", problem.message());
        assertEquals("名簿", problem.sheet());
        assertTrue(p.keyPolicy() == KeyPolicy.NAME_ADDRESS, "no key column: name + address");
    }
}
