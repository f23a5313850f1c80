package org.renkei.app.ui.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.renkei.app.search.SearchHit;
import org.renkei.app.domain.SearchQuery;
import org.renkei.app.ui.common.QueuedTaskRunner;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.fields.GeocodeFeedback;
import org.renkei.app.ui.exports.GeoExport;
import org.renkei.app.ui.exports.GeoWriter;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.FakeSuggester;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Precision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.renkei.app.ui.testing.Facilities.facility;

class SearchViewModelTest {
    private static final GeocodeResult FUCHU = new GeocodeResult(35.6700, 139.4780, Precision.TOWN,
            "東京都府中市宮西町二丁目", "東京都", "府中市", "宮西町二丁目", "13206");

    private final List<SearchQuery> queries = new ArrayList<>();
    private final List<String> located = new ArrayList<>();
    private List<SearchHit> hits = List.of();
    private GeocodeResult geocode = FUCHU;
    private SearchViewModel vm;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final GeoExport exports = new GeoExport(GeoWriter.standard(), new SameThreadTaskRunner(), dialogs);

    @BeforeEach
    void setUp() {
        vm = new SearchViewModel(q -> {
            queries.add(q);
            return hits;
        }, new FakeSuggester(), a -> {
            located.add(a);
            return geocode;
        }, new SameThreadTaskRunner(), exports);
    }

    @Test
    void distanceIsValidated() {
        assertEquals("5", vm.kmTextProperty().get());
        vm.nameTextProperty().set("さくら");
        vm.kmTextProperty().set("abc");
        assertFalse(vm.kmErrorProperty().get().isEmpty());
        assertTrue(vm.searchDisabledProperty().get());
        vm.search();
        assertTrue(queries.isEmpty());
        vm.kmTextProperty().set("0");
        assertTrue(vm.searchDisabledProperty().get());
        vm.kmTextProperty().set("１０");
        assertEquals("", vm.kmErrorProperty().get());
        assertFalse(vm.searchDisabledProperty().get());
        assertEquals(10.0, DistanceLimit.parse("10km").km());
        assertNull(DistanceLimit.parse("制限なし").km());
        assertTrue(DistanceLimit.parse("").valid());
        assertFalse(DistanceLimit.parse("5000").valid());
        assertEquals(List.of("1", "2", "3", "5", "10", "20", "制限なし"), vm.kmChoices());
    }

    @Test
    void queryCarriesDepartmentsNameCentreAndDistance() {
        vm.departmentPicker().add("内科");
        vm.departmentPicker().add("皮膚科");
        vm.nameTextProperty().set("さくら");
        vm.addressProperty().set("東京都府中市宮西町２丁目");
        vm.kmTextProperty().set("3");
        vm.search();
        SearchQuery q = queries.get(0);
        assertEquals(List.of("内科", "皮膚科"), q.departments());
        assertEquals("さくら", q.text());
        assertEquals(35.67, q.lat());
        assertEquals(139.478, q.lng());
        assertEquals(3.0, q.maxKm());
        assertEquals(List.of("東京都府中市宮西町２丁目"), located);
    }

    @Test
    void withoutAddressThereIsNoCentreNorLimitAndTypedDepartmentIsAdded() {
        vm.departmentPicker().inputProperty().set("ないか");
        vm.search();
        SearchQuery q = queries.get(0);
        assertEquals(List.of("内科"), q.departments());
        assertFalse(q.hasCentre());
        assertNull(q.maxKm());
        assertTrue(located.isEmpty());
        assertEquals(GeocodeFeedback.Kind.NONE, vm.geocodeFeedbackProperty().get().kind());
    }

    @Test
    void coordinatesAreUsedWithoutGeocoding() {
        vm.addressProperty().set("35.68, 139.50");
        vm.kmTextProperty().set("制限なし");
        vm.search();
        assertEquals(35.68, queries.get(0).lat());
        assertNull(queries.get(0).maxKm());
        assertTrue(located.isEmpty());
        assertEquals("位置: 緯度 35.68000、経度 139.50000", vm.geocodeFeedbackProperty().get().text());
    }

    @Test
    void resultsAreMappedAndFormatted() {
        hits = List.of(new SearchHit(facility(7, "宮西皮膚科クリニック", 35.67, 139.48, "皮膚科", "内科"), 0.2849),
                new SearchHit(facility(8, "府中総合病院", null, null, "内科"), null));
        vm.addressProperty().set("東京都府中市宮西町２丁目");
        vm.search();
        assertEquals(2, vm.resultsProperty().size());
        ResultRow first = vm.resultsProperty().get(0);
        assertEquals(7, first.facilityId());
        assertEquals("宮西皮膚科クリニック", first.name());
        assertEquals("皮膚科・内科", first.departments());
        assertEquals("0.28", first.distance().text());
        assertEquals("042-000-0007", first.phone());
        assertEquals("", vm.resultsProperty().get(1).distance().text());
        assertTrue(first.distance().compareTo(vm.resultsProperty().get(1).distance()) < 0);
        assertEquals("2 件", vm.countTextProperty().get());
        assertEquals("位置: 東京都府中市宮西町二丁目（町丁目レベル）", vm.geocodeFeedbackProperty().get().text());
        assertEquals(1, vm.completedSearchesProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void municipalityLevelAndNotFoundAreExplained() {
        geocode = new GeocodeResult(35.66, 139.47, Precision.MUNICIPALITY, "東京都府中市", "", "", "", "");
        vm.addressProperty().set("東京都府中市どこか");
        vm.search();
        assertEquals("位置: 東京都府中市（市区町村レベル）", vm.geocodeFeedbackProperty().get().text());
        assertEquals(GeocodeFeedback.Kind.APPROXIMATE, vm.geocodeFeedbackProperty().get().kind());

        geocode = GeocodeResult.none();
        hits = List.of(new SearchHit(facility(1, "x", 35.0, 139.0), 1.0));
        vm.addressProperty().set("存在しない住所");
        assertEquals(GeocodeFeedback.Kind.NONE, vm.geocodeFeedbackProperty().get().kind());
        vm.search();
        assertEquals("見つかりません", vm.geocodeFeedbackProperty().get().text());
        assertTrue(vm.resultsProperty().isEmpty());
        assertEquals(1, queries.size());
        assertTrue(vm.messageProperty().get().contains("住所が見つからない"));
        assertEquals("", vm.countTextProperty().get(), "nothing was searched, so no count");
    }

    @Test
    void failuresAreShownAndOpeningARowGoesToTheDetail() {
        SearchViewModel failing = new SearchViewModel(q -> {
            throw new IllegalStateException("boom");
        }, new FakeSuggester(), a -> geocode, new SameThreadTaskRunner(), exports);
        failing.nameTextProperty().set("さくら");
        failing.search();
        assertEquals("検索できませんでした。もう一度お試しください。", failing.messageProperty().get());
        assertFalse(failing.busyProperty().get());

        assertEquals("条件を入力して「検索」を押してください", failing.placeholderProperty().get());

        List<Long> opened = new ArrayList<>();
        vm.setDetailOpener(opened::add);
        hits = List.of(new SearchHit(facility(42, "x", 35.0, 139.0), 1.0));
        vm.nameTextProperty().set("x");
        vm.search();
        vm.open(vm.resultsProperty().get(0));
        assertEquals(List.of(42L), opened);
    }

    @Test
    void withoutAnyCriterionNothingIsSearchedAndTheUserIsAsked() {
        vm.nameTextProperty().set("  ");
        vm.addressProperty().set(" ");
        vm.search();
        assertTrue(queries.isEmpty());
        assertEquals("診療科・名称・住所のうち 1 つ以上を入力してください。", vm.messageProperty().get());
        assertEquals(0, vm.completedSearchesProperty().get());
        assertTrue(vm.resultsProperty().isEmpty());
        vm.rerunLastSearch();
        assertTrue(queries.isEmpty(), "an empty search is not remembered");

        vm.departmentPicker().inputProperty().set("ひふ");
        vm.search();
        assertEquals(List.of("皮膚科"), queries.get(0).departments(), "a typed department is a criterion");
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void theEmptyTableSaysWhetherToSearchThatNothingMatchedOrThatThereIsNoData() {
        assertEquals("条件を入力して「検索」を押してください", vm.placeholderProperty().get());
        vm.nameTextProperty().set("さくら");
        vm.search();
        assertEquals("0 件", vm.countTextProperty().get());
        assertEquals("該当する施設はありません", vm.placeholderProperty().get());
        assertEquals("", vm.messageProperty().get(), "the table says it; no second message");

        geocode = GeocodeResult.none();
        vm.addressProperty().set("存在しない住所");
        vm.search();
        assertEquals("条件を入力して「検索」を押してください", vm.placeholderProperty().get(),
                "an unknown address searched nothing");
        assertTrue(vm.messageProperty().get().contains("住所が見つからない"));

        vm.setStoreEmpty(true);
        assertEquals("施設データがありません。ファイル → 施設データを取り込む（Ctrl+I）で取り込んでください",
                vm.placeholderProperty().get());
        vm.addressProperty().set("");
        vm.search();
        assertEquals("施設データがありません。ファイル → 施設データを取り込む（Ctrl+I）で取り込んでください",
                vm.placeholderProperty().get());
        vm.setStoreEmpty(false);
        assertEquals("該当する施設はありません", vm.placeholderProperty().get());
    }

    @Test
    void rerunRepeatsTheLastSearchWithoutTouchingTheFields() {
        vm.rerunLastSearch();
        assertTrue(queries.isEmpty(), "nothing to repeat before the first search");

        vm.departmentPicker().add("内科");
        vm.nameTextProperty().set("さくら");
        vm.addressProperty().set("東京都府中市宮西町２丁目");
        vm.kmTextProperty().set("3");
        vm.search();
        vm.departmentPicker().inputProperty().set("ひふ");
        vm.nameTextProperty().set("けやき");
        vm.addressProperty().set("");
        vm.kmTextProperty().set("abc");

        hits = List.of(new SearchHit(facility(7, "さくら内科", 35.67, 139.48, "内科"), 0.5));
        vm.rerunLastSearch();
        assertEquals(2, queries.size());
        assertEquals(queries.get(0), queries.get(1));
        assertEquals(List.of("東京都府中市宮西町２丁目", "東京都府中市宮西町２丁目"), located);
        assertEquals(1, vm.resultsProperty().size());
        assertEquals(2, vm.completedSearchesProperty().get());
        assertEquals("ひふ", vm.departmentPicker().inputProperty().get(), "typed text is not committed");
        assertEquals(List.of("内科"), vm.departmentPicker().departmentsProperty());
        assertEquals("けやき", vm.nameTextProperty().get());
        assertEquals("", vm.addressProperty().get());
        assertEquals("abc", vm.kmTextProperty().get());
    }

    @Test
    void theResultsAreWrittenToExcelAsShownAndOpened(@TempDir Path tmp) throws Exception {
        assertFalse(vm.canExportProperty().get(), "nothing to write before a search");
        hits = List.of(new SearchHit(facility(1, "宮西内科", 35.671, 139.479, "内科"), 0.2149),
                new SearchHit(facility(2, "府中皮膚科", null, null, "皮膚科", "アレルギー科"), 1.5));
        vm.nameTextProperty().set("府中");
        vm.search();
        assertTrue(vm.canExportProperty().get());
        Path xlsx = tmp.resolve("list.xlsx");
        dialogs.fileToSave = xlsx;
        vm.exportResults();

        assertEquals(List.of("地図データを書き出す（Excel / GeoJSON / KML） / 施設一覧.xlsx"), dialogs.chooserTitles);
        assertEquals(List.of(xlsx), dialogs.opened);
        assertEquals("検索結果を書き出しました: " + xlsx, vm.messageProperty().get());
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            Sheet sheet = wb.getSheet("施設一覧");
            assertEquals(2, sheet.getLastRowNum());
            Row first = sheet.getRow(1);
            assertEquals("宮西内科", first.getCell(1).getStringCellValue());
            assertEquals(0.2149, first.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(35.671, first.getCell(6).getNumericCellValue(), 1e-9);
            Row second = sheet.getRow(2);
            assertEquals(2, (int) second.getCell(0).getNumericCellValue());
            assertEquals("皮膚科・アレルギー科", second.getCell(2).getStringCellValue());
            assertEquals(CellType.BLANK, second.getCell(6).getCellType(), "no coordinates, no latitude");
        }
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aRerunAskedForWhileSearchingFollowsTheRunningSearch() {
        QueuedTaskRunner queued = new QueuedTaskRunner();
        SearchViewModel slow = new SearchViewModel(q -> {
            queries.add(q);
            return hits;
        }, new FakeSuggester(), a -> geocode, queued, exports);
        slow.nameTextProperty().set("さくら");
        slow.search();
        slow.rerunLastSearch();
        assertEquals(1, queued.pending(), "not two searches at once");
        assertTrue(slow.searchDisabledProperty().get());
        queued.complete(0);
        assertEquals(1, queued.pending(), "the repeat starts when the first ends");
        assertTrue(slow.busyProperty().get());
        queued.complete(0);
        assertEquals(2, queries.size());
        assertEquals(queries.get(0), queries.get(1));
        assertFalse(slow.busyProperty().get());
        assertEquals(2, slow.completedSearchesProperty().get());
    }

    @Test
    void knowledgeFiltersGoIntoTheQueryAndAloneAreEnoughToSearch() {
        vm.filters().setVocabulary(() -> List.of("訪問診療", "在宅酸素", "外国語"));
        vm.filters().reload();
        assertEquals(List.of("訪問診療", "在宅酸素", "外国語"), vm.filters().choicesProperty());
        vm.filters().add("在宅酸素");
        vm.filters().add("訪問診療");
        vm.filters().add("透析");
        assertEquals(List.of("在宅酸素", "訪問診療"), vm.filters().tagsProperty());
        assertEquals(List.of("外国語"), vm.filters().choicesProperty());
        vm.search();
        assertEquals(1, queries.size(), "tags alone are a criterion");
        assertEquals(List.of("在宅酸素", "訪問診療"), queries.get(0).capabilities());
        assertFalse(queries.get(0).staleOnly());

        vm.filters().remove("在宅酸素");
        assertEquals(List.of("在宅酸素", "外国語"), vm.filters().choicesProperty(), "back in vocabulary order");
        vm.filters().remove("訪問診療");
        vm.filters().staleOnlyProperty().set(true);
        hits = List.of(new SearchHit(facility(7, "宮西クリニック", 35.67, 139.48, "内科"), null, true, true));
        vm.search();
        assertEquals(List.of(), queries.get(1).capabilities());
        assertTrue(queries.get(1).staleOnly());
        ResultRow row = vm.resultsProperty().get(0);
        assertEquals("登録医", row.registered());
        assertEquals("要確認", row.stale());
    }
}
