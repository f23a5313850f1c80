package org.renkei.app.ui.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renkei.app.search.SearchHit;
import org.renkei.app.domain.SearchQuery;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.fields.GeocodeFeedback;
import org.renkei.app.ui.testing.FakeSuggester;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Precision;

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

    @BeforeEach
    void setUp() {
        vm = new SearchViewModel(q -> {
            queries.add(q);
            return hits;
        }, new FakeSuggester(), a -> {
            located.add(a);
            return geocode;
        }, new SameThreadTaskRunner());
    }

    @Test
    void typingKanaOrKanjiSuggestsAndEnterAddsTheTopSuggestion() {
        vm.departmentInputProperty().set("ひふ");
        assertEquals(List.of("皮膚科", "皮膚泌尿器科"), vm.suggestionsProperty());
        vm.departmentInputProperty().set("ヒフ");
        assertEquals("皮膚科", vm.suggestionsProperty().get(0));
        vm.departmentInputProperty().set("皮");
        assertTrue(vm.addHighlightedSuggestion());
        assertEquals(List.of("皮膚科"), vm.departmentsProperty());
        assertEquals("", vm.departmentInputProperty().get());
        assertTrue(vm.suggestionsProperty().isEmpty());
    }

    @Test
    void chosenDepartmentsAreNotSuggestedAgainAndHighlightMoves() {
        vm.addDepartment("皮膚科");
        vm.departmentInputProperty().set("ひふ");
        assertEquals(List.of("皮膚泌尿器科"), vm.suggestionsProperty());
        vm.departmentInputProperty().set("か");
        vm.moveHighlight(1);
        assertEquals(1, vm.highlightedSuggestionProperty().get());
        vm.moveHighlight(-2);
        assertEquals(vm.suggestionsProperty().size() - 1, vm.highlightedSuggestionProperty().get());
    }

    @Test
    void chipsAreRemovedByNameOrLastFirst() {
        vm.addDepartment("内科");
        vm.addDepartment("皮膚科");
        vm.addDepartment("皮膚科");
        vm.addDepartment("眼科");
        assertEquals(List.of("内科", "皮膚科", "眼科"), vm.departmentsProperty());
        vm.removeLastDepartment();
        vm.removeDepartment("内科");
        assertEquals(List.of("皮膚科"), vm.departmentsProperty());
    }

    @Test
    void unknownDepartmentIsReported() {
        vm.departmentInputProperty().set("ぞうげか");
        assertFalse(vm.addHighlightedSuggestion());
        assertEquals("「ぞうげか」に当たる診療科がありません", vm.departmentErrorProperty().get());
        assertTrue(vm.departmentsProperty().isEmpty());
    }

    @Test
    void distanceIsValidated() {
        assertEquals("5", vm.kmTextProperty().get());
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
        vm.addDepartment("内科");
        vm.addDepartment("皮膚科");
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
        vm.departmentInputProperty().set("ないか");
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
    }

    @Test
    void failuresAreShownAndOpeningARowGoesToTheDetail() {
        SearchViewModel failing = new SearchViewModel(q -> {
            throw new IllegalStateException("boom");
        }, new FakeSuggester(), a -> geocode, new SameThreadTaskRunner());
        failing.search();
        assertEquals("検索できませんでした。もう一度お試しください。", failing.messageProperty().get());
        assertFalse(failing.busyProperty().get());

        List<Long> opened = new ArrayList<>();
        vm.setDetailOpener(opened::add);
        hits = List.of(new SearchHit(facility(42, "x", 35.0, 139.0), 1.0));
        vm.search();
        vm.open(vm.resultsProperty().get(0));
        assertEquals(List.of(42L), opened);
    }
}
