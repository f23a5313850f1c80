package org.renkei.app.ui.casework;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renkei.app.domain.Facility;
import org.renkei.app.match.MatchFacility;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Opening;
import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.app.match.Requirement;
import org.renkei.app.match.Uncovered;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.fields.GeocodeFeedback;
import org.renkei.app.ui.exports.GeoExport;
import org.renkei.app.ui.exports.GeoWriter;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.FakeMatcher;
import org.renkei.app.ui.testing.FakeSuggester;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.renkei.app.ui.testing.Facilities.facility;

/** The case screen's view model without the toolkit: a fake matcher, a fake locator, same-thread tasks. */
class CaseViewModelTest {
    private static final GeocodeResult FUCHU = new GeocodeResult(35.6700, 139.4780, Precision.TOWN,
            "東京都府中市宮西町二丁目", "東京都", "府中市", "宮西町二丁目", "13206");

    private final FakeMatcher matcher = new FakeMatcher();
    private final List<String> located = new ArrayList<>();
    private final List<Long> looked = new ArrayList<>();
    private GeocodeResult geocode = FUCHU;
    private CaseViewModel vm;
    private final FakeDialogs dialogs = new FakeDialogs();
    private CaseForm form;

    @BeforeEach
    void setUp() {
        vm = new CaseViewModel(matcher, new FakeSuggester(), a -> {
            located.add(a);
            return geocode;
        }, id -> {
            looked.add(id);
            return Optional.empty();
        }, new SameThreadTaskRunner(), new GeoExport(GeoWriter.standard(), new SameThreadTaskRunner(), dialogs));
        form = vm.form();
    }

    @Test
    void requestCarriesKeepConstraintsSubDepartmentsAndTop() {
        form.departments().add("内科");
        form.departments().add("皮膚科");
        form.departments().inputProperty().set("がんか");
        form.addressProperty().set("３５．６８, 139.50");
        form.kmProperty().set(3);
        form.requireProperty(Requirement.ACCEPTING).set(true);
        form.requireProperty(Requirement.BARRIER_FREE).set(true);
        form.openProperty(Opening.SAT).set(true);
        form.openProperty(Opening.EVENING).set(true);
        form.subDepartmentsProperty().set(true);
        form.topProperty().set(2);
        vm.find();
        assertEquals(List.of("内科", "皮膚科", "眼科"), form.departments().departmentsProperty(), "typed text is added");
        form.setKeep("眼科", true);
        vm.find();

        MatchRequest r = matcher.requests.get(1);
        assertEquals(35.68, r.lat());
        assertEquals(139.50, r.lng());
        assertEquals(List.of("内科", "皮膚科", "眼科"), r.departments());
        assertEquals(Set.of("眼科"), r.keep());
        assertEquals(List.of("内科", "皮膚科"), r.needed());
        assertEquals(3.0, r.maxKm());
        assertEquals(Set.of(Requirement.ACCEPTING, Requirement.BARRIER_FREE), r.require());
        assertEquals(Set.of(Opening.SAT, Opening.EVENING), r.open());
        assertEquals(2, r.top());
        assertTrue(r.allowSubDepartment());
        assertTrue(r.covers("循環器内科", "内科"));
        assertTrue(located.isEmpty(), "coordinates need no geocoding");
        assertEquals("位置: 緯度 35.68000、経度 139.50000", vm.geocodeFeedbackProperty().get().text());
    }

    @Test
    void defaultsAreFiveKmThreePlansNoConstraintsAndTheAddressIsGeocoded() {
        assertEquals("5 km 以内", form.kmTextProperty().get());
        form.departments().add("内科");
        form.addressProperty().set("東京都府中市宮西町２丁目");
        vm.find();
        MatchRequest r = matcher.requests.get(0);
        assertEquals(5.0, r.maxKm());
        assertEquals(3, r.top());
        assertTrue(r.keep().isEmpty() && r.require().isEmpty() && r.open().isEmpty());
        assertFalse(r.allowSubDepartment());
        assertFalse(r.covers("循環器内科", "内科"));
        assertEquals(35.67, r.lat());
        assertEquals(List.of("東京都府中市宮西町２丁目"), located);
        assertEquals("位置: 東京都府中市宮西町二丁目（町丁目レベル）", vm.geocodeFeedbackProperty().get().text());
        form.kmProperty().set(12);
        assertEquals("12 km 以内", form.kmTextProperty().get());
    }

    @Test
    void keepTogglesFollowTheChosenDepartments() {
        form.departments().add("内科");
        form.departments().add("皮膚科");
        form.setKeep("皮膚科", true);
        form.departments().add("眼科");
        form.departments().remove("内科");
        assertEquals(List.of("皮膚科", "眼科"), form.keepTogglesProperty().stream().map(KeepToggle::department).toList());
        assertTrue(form.keepTogglesProperty().get(0).keepProperty().get(), "the switch survives other changes");
        assertFalse(form.keepTogglesProperty().get(1).keepProperty().get());
    }

    @Test
    void planCardsShowCountTotalDistanceDepartmentsPhoneAndHours() {
        List<OpeningHours> hours = new ArrayList<>();
        for (ServiceDay d : List.of(ServiceDay.MON, ServiceDay.TUE, ServiceDay.WED, ServiceDay.THU, ServiceDay.FRI,
                ServiceDay.SAT)) {
            hours.add(new OpeningHours(d, 1, LocalTime.of(9, 0), LocalTime.of(12, 30)));
        }
        Facility a = facility(7, "宮西クリニック", 35.671, 139.479).withDepartments(List.of(
                new DepartmentEntry("内科", "内科", null, hours), DepartmentEntry.of("皮膚科", "皮膚科")));
        Facility b = facility(8, "府中眼科", 35.68, 139.49, "眼科");
        matcher.facilities = Map.of("7", a, "8", b);
        Plan plan = new Plan(List.of(member(a, 0.2849, "内科", "皮膚科"), member(b, 2.8333, "眼科")), 3.1182, 0);
        Plan alt = new Plan(List.of(member(b, 2.8333, "眼科", "内科"), member(a, 0.2849, "皮膚科")), 3.1182, 0);
        matcher.result = new MatchResult(List.of(plan, alt), List.of(), "2位の案と同条件のため、施設番号の順で選びました。", 2, 1);
        runWith("内科", "皮膚科", "眼科");

        assertEquals("2位の案と同条件のため、施設番号の順で選びました。", vm.explanationProperty().get());
        assertEquals(2, vm.plansProperty().size());
        PlanCard card = vm.plansProperty().get(0);
        assertEquals("案1", card.title());
        assertEquals("2か所", card.count());
        assertEquals("合計距離 3.12 km", card.totalKm());
        ClinicRow first = card.clinics().get(0);
        assertEquals(new ClinicRow(7, "宮西クリニック", "内科・皮膚科", "0.28 km", "042-000-0007",
                List.of("内科: 月〜土 09:00–12:30", "皮膚科: 診療時間の情報なし")), first);
        assertEquals("案2", vm.plansProperty().get(1).title());
        assertTrue(vm.warningsProperty().isEmpty());
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void clinicsWithStaleKnowledgeAreMarkedOnThePlanCards() {
        Facility a = facility(7, "宮西クリニック", 35.671, 139.479, "内科");
        Facility b = facility(8, "府中眼科", 35.68, 139.49, "眼科");
        matcher.facilities = Map.of("7", a, "8", b);
        PlanMember fresh = member(a, 0.3, "内科");
        PlanMember old = member(b, 2.8, "眼科");
        old = new PlanMember(old.facility().withProfile(new org.renkei.app.match.FacilityProfile(java.util.Set.of(),
                Map.of(), null, 0, 0, 1, 2)), old.covers(), old.km());
        matcher.result = new MatchResult(List.of(new Plan(List.of(fresh, old), 3.1, 0)), List.of(), "", 2, 1);
        runWith("内科", "眼科");
        List<ClinicRow> rows = vm.plansProperty().get(0).clinics();
        assertFalse(rows.get(0).stale());
        assertTrue(rows.get(1).stale(), "two of 府中眼科's facts are stale");
        assertTrue(rows.get(1).reasons().contains("確認日が古い"), rows.get(1).reasons());
    }

    @Test
    void aSubDepartmentShowsItsOwnHours() {
        Facility c = facility(9, "けやき循環器クリニック", 35.671, 139.479).withDepartments(List.of(new DepartmentEntry(
                "循環器内科", "循環器内科", null, List.of(new OpeningHours(ServiceDay.MON, 1, LocalTime.of(9, 0),
                LocalTime.of(12, 0))))));
        matcher.facilities = Map.of("9", c);
        matcher.result = new MatchResult(List.of(new Plan(List.of(member(c, 1.0, "内科")), 1.0, 0)), List.of(),
                "1か所で全科を受診できます。", 1, 1);
        form.subDepartmentsProperty().set(true);
        runWith("内科");
        assertEquals(List.of("内科（循環器内科）: 月 09:00–12:00"), vm.plansProperty().get(0).clinics().get(0).hours());
    }

    @Test
    void uncoveredDepartmentsAreWarnedWithTheNearestBeyondTheLimit() {
        MatchFacility far = MatchFacility.of("12", "さくら眼科", 35.7, 139.5, List.of("眼科"));
        matcher.result = new MatchResult(List.of(), List.of(new Uncovered("眼科", far, 7.4449),
                new Uncovered("婦人科", null, null)), "条件を満たす施設が範囲内にありません。", 0, 1);
        form.kmProperty().set(5);
        assertEquals("条件を入力して「候補を探す」を押してください", vm.placeholderProperty().get());
        runWith("眼科", "婦人科");
        assertEquals("条件に合う組み合わせはありません。距離や条件を見直してください。", vm.placeholderProperty().get());
        assertEquals(List.of("5 km 以内に 眼科 の施設がありません（最寄り: さくら眼科 7.4 km）",
                "5 km 以内に 婦人科 の施設がありません（条件に合う施設はほかにもありません）"), vm.warningsProperty());
        assertTrue(vm.plansProperty().isEmpty());
        assertEquals("条件を満たす施設が範囲内にありません。", vm.explanationProperty().get());
        matcher.failure = new IllegalStateException("boom");
        vm.find();
        assertEquals("条件を入力して「候補を探す」を押してください", vm.placeholderProperty().get(), "a failure matched nothing");
    }

    @Test
    void choosingAPlanMarksItUntilTheNextSearch() {
        Facility a = facility(7, "宮西クリニック", 35.671, 139.479, "内科");
        Facility b = facility(8, "府中内科", 35.68, 139.49, "内科");
        matcher.facilities = Map.of("7", a, "8", b);
        matcher.result = new MatchResult(List.of(new Plan(List.of(member(a, 0.3, "内科")), 0.3, 0),
                new Plan(List.of(member(b, 1.5, "内科")), 1.5, 0)), List.of(), "", 2, 1);
        runWith("内科");
        assertNull(vm.chosenPlanProperty().get());
        PlanCard second = vm.plansProperty().get(1);
        vm.choose(second);
        assertSame(second, vm.chosenPlanProperty().get());
        vm.choose(new PlanCard(9, "案9", "", "", List.of()));
        assertSame(second, vm.chosenPlanProperty().get(), "a card not shown cannot be chosen");
        vm.find();
        assertNull(vm.chosenPlanProperty().get());
    }

    @Test
    void createRecordHandsTheChosenPlanWithTheNeedsAsSearchedToTheEditor() {
        Facility a = facility(7, "宮西クリニック", 35.671, 139.479, "内科", "皮膚科");
        Facility b = facility(8, "府中内科", 35.68, 139.49, "内科", "皮膚科");
        Plan first = new Plan(List.of(member(a, 0.3, "内科", "皮膚科")), 0.3, 0);
        Plan second = new Plan(List.of(member(b, 1.5, "内科", "皮膚科")), 1.5, 0);
        matcher.facilities = Map.of("7", a, "8", b);
        matcher.result = new MatchResult(List.of(first, second), List.of(), "", 2, 1);
        List<ChosenPlan> opened = new ArrayList<>();
        vm.setRecordOpener(opened::add);
        form.departments().add("内科");
        form.departments().add("皮膚科");
        form.departments().add("眼科");
        form.setKeep("眼科", true);
        form.kmProperty().set(3);
        form.requireProperty(Requirement.HOME_VISIT).set(true);
        form.requireProperty(Requirement.ACCEPTING).set(true);
        form.addressProperty().set("東京都府中市宮西町２丁目１５－３");
        vm.find();
        assertFalse(vm.canCreateRecordProperty().get(), "no plan chosen yet");
        vm.createRecord();
        assertTrue(opened.isEmpty());

        vm.choose(vm.plansProperty().get(1));
        assertTrue(vm.canCreateRecordProperty().get());
        form.departments().add("小児科");     // changed after the search: the record keeps what was searched
        form.addressProperty().set("別の住所");
        vm.createRecord();
        ChosenPlan chosen = opened.get(0);
        assertSame(second, chosen.plan());
        assertEquals(List.of("内科", "皮膚科", "眼科"), chosen.needs().departments());
        assertEquals(List.of("眼科"), chosen.needs().keep());
        assertEquals(3.0, chosen.needs().km());
        assertEquals(List.of("accepting", "home-visit"), chosen.needs().require());
        assertEquals("東京都府中市宮西町２丁目１５－３", chosen.address());
        assertEquals(FUCHU.lat(), chosen.homeLat());
        assertEquals(FUCHU.lng(), chosen.homeLng());

        form.addressProperty().set("35.68, 139.50");
        vm.find();
        vm.choose(vm.plansProperty().get(0));
        vm.createRecord();
        assertEquals("", opened.get(1).address(), "typed coordinates are no address for the letter");
        assertEquals(35.68, opened.get(1).homeLat());
    }

    @Test
    void anyCapabilityTagIsPickedByTypingAndGoesIntoTheRequestAndTheRecord() {
        Facility a = facility(7, "宮西クリニック", 35.671, 139.479, "内科");
        matcher.facilities = Map.of("7", a);
        matcher.result = new MatchResult(List.of(new Plan(List.of(member(a, 0.3, "内科")), 0.3, 0)), List.of(), "",
                1, 1);
        List<String> reads = new ArrayList<>();
        form.setTagVocabulary(() -> {
            reads.add("read");
            return List.of("訪問診療", "在宅酸素", "酸素濃縮器", "認知症", "新患受付中");
        });
        form.tags().inputProperty().set("酸素");
        assertEquals(List.of(), form.tags().suggestionsProperty(), "nothing before the vocabulary is read");
        vm.prepareMatching();
        assertEquals(1, reads.size(), "read when the screen is shown");
        assertEquals(List.of("酸素濃縮器", "在宅酸素"), form.tags().suggestionsProperty(), "what was typed while loading is suggested, starting with it first");
        form.tags().moveHighlight(1);
        assertTrue(form.tags().addHighlighted(), "Down, Enter");
        form.tags().inputProperty().set("ほうもん");
        assertFalse(form.tags().addHighlighted());
        assertEquals("「ほうもん」に当たる能力タグがありません", form.tags().errorProperty().get());
        form.tags().inputProperty().set("訪問");
        assertTrue(form.tags().addHighlighted());
        form.tags().inputProperty().set("ｎｏｎｅ");
        assertEquals(List.of("在宅酸素", "訪問診療"), form.tags().departmentsProperty());

        form.departments().add("内科");
        form.addressProperty().set("35.68, 139.50");
        vm.find();
        assertTrue(matcher.requests.isEmpty(), "typed text that is no tag stops the search");
        form.tags().inputProperty().set("認知");
        vm.find();
        MatchRequest r = matcher.requests.get(0);
        assertEquals(Set.of("在宅酸素", "認知症"), r.requireTags(), "typed text is added on 候補を探す");
        assertEquals(Set.of(Requirement.HOME_VISIT), r.require(), "訪問診療 is the check box's requirement");
        assertEquals(Set.of("在宅酸素", "認知症", "訪問診療"), r.requiredTags());

        List<ChosenPlan> opened = new ArrayList<>();
        vm.setRecordOpener(opened::add);
        vm.choose(vm.plansProperty().get(0));
        vm.createRecord();
        assertEquals(List.of("home-visit", "在宅酸素", "認知症"), opened.get(0).needs().require());
        form.tags().removeLast();
        assertEquals(List.of("在宅酸素", "訪問診療"), form.tags().departmentsProperty(), "Backspace removes the last");
    }

    @Test
    void missingInputsAndUnknownAddressesAreExplained() {
        vm.find();
        assertEquals("必要な診療科を 1 つ以上追加してください。", vm.messageProperty().get());
        form.departments().add("内科");
        vm.find();
        assertEquals("患者住所（または 緯度,経度）を入力してください。", vm.messageProperty().get());
        geocode = GeocodeResult.none();
        form.addressProperty().set("存在しない住所");
        vm.find();
        assertEquals("住所が見つからないため探せませんでした。住所を確かめてください。", vm.messageProperty().get());
        assertEquals("条件を入力して「候補を探す」を押してください", vm.placeholderProperty().get(), "nothing was matched");
        assertEquals(GeocodeFeedback.Kind.NOT_FOUND, vm.geocodeFeedbackProperty().get().kind());
        assertTrue(matcher.requests.isEmpty());
        form.addressProperty().set("東京都府中市");
        assertEquals(GeocodeFeedback.Kind.NONE, vm.geocodeFeedbackProperty().get().kind());
    }

    @Test
    void failuresAreShownAndClinicsOpenInTheDetail() {
        matcher.failure = new IllegalStateException("boom");
        runWith("内科");
        assertEquals("候補を探せませんでした。もう一度お試しください。", vm.messageProperty().get());
        assertEquals("条件を入力して「候補を探す」を押してください", vm.placeholderProperty().get());
        assertFalse(vm.busyProperty().get());
        assertEquals(1, vm.completedSearchesProperty().get());

        vm.openFacility(new ClinicRow(42, "x", "内科", "1.00 km", "", List.of()));
        assertEquals(List.of(42L), looked);
        assertTrue(vm.detail().shownProperty().get());
        vm.prepareMatching();
        assertEquals(1, matcher.prepares);
        vm.facilitiesChanged();
        assertEquals(1, matcher.invalidations);
        assertEquals(1, matcher.prepares, "dropping the index does not build a new one");
    }

    private void runWith(String... departments) {
        for (String d : departments) {
            form.departments().add(d);
        }
        form.addressProperty().set("東京都府中市宮西町２丁目");
        vm.find();
    }

    private static PlanMember member(Facility f, double km, String... covers) {
        MatchFacility m = new MatchFacility(String.valueOf(f.id()), f.name(), f.address(), f.phone(), f.lat(), f.lng(),
                MatchFacility.unknownHours(f.departmentNames()), null, null, null, 0);
        return new PlanMember(m, List.of(covers), km);
    }
}
