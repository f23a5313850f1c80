package org.renkei.app.ui.detail;

import org.junit.jupiter.api.Test;
import org.renkei.app.domain.Facility;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.ui.common.QueuedTaskRunner;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.renkei.app.ui.testing.Facilities.facility;

class FacilityDetailViewModelTest {

    @Test
    void showsEveryFieldWithJapaneseLabels() {
        Facility f = facility(3, "宮西皮膚科クリニック", 35.6712, 139.4801, "皮膚科");
        FacilityDetailViewModel vm = new FacilityDetailViewModel(id -> Optional.of(f), new SameThreadTaskRunner());
        vm.open(3);
        assertTrue(vm.shownProperty().get());
        assertFalse(vm.loadingProperty().get());
        assertEquals("宮西皮膚科クリニック", vm.titleProperty().get());
        Map<String, String> fields = vm.fieldsProperty().stream()
                .collect(Collectors.toMap(DetailField::label, DetailField::value));
        assertEquals("宮西皮膚科クリニック", fields.get("名称"));
        assertEquals("診療所", fields.get("種別"));
        assertEquals("〒183-0022", fields.get("郵便番号"));
        assertEquals("35.67120, 139.48010（町丁目レベル）", fields.get("緯度・経度"));
        assertEquals("19 床", fields.get("病床数"));
        assertEquals("日,祝", fields.get("休診日"));
        assertEquals("運営中", fields.get("状態"));
        assertEquals("医療情報ネット（ナビイ）・K3", fields.get("取込元・ID"));
        assertEquals("2025/06/01 09:30", fields.get("初回取込日"));
        assertEquals("2025/06/01 09:30", fields.get("最終取込日"));
        assertEquals("はい", fields.get("訪問診療"));
        assertEquals("いいえ", fields.get("新患受付"));
        assertEquals("不明", fields.get("バリアフリー"));
        assertEquals("—", fields.get("URL"));
        assertEquals(17, vm.fieldsProperty().size());
        assertEquals("診療時間の情報はありません。", vm.hoursNoteProperty().get());
        vm.close();
        assertFalse(vm.shownProperty().get());
    }

    @Test
    void otherSourcesOfTheSameFacilityAreListedUnderTheSource() {
        Facility f = facility(3, "医療法人財団小畑会　浜田病院", 35.699947, 139.760957, "小児科");
        FacilityLookup lookup = FacilityLookup.of(id -> Optional.of(f), id -> List.of(new LinkedFacility(9,
                "kouseikyoku", "130110049", "医療法人財団 小畑会 浜田病院", "東京都千代田区神田駿河台二丁目５番地",
                FacilityStatus.ACTIVE)));
        FacilityDetailViewModel vm = new FacilityDetailViewModel(lookup, new SameThreadTaskRunner());
        vm.open(3);
        List<String> labels = vm.fieldsProperty().stream().map(DetailField::label).toList();
        assertEquals(18, labels.size());
        assertEquals("他の出典", labels.get(labels.indexOf("取込元・ID") + 1));
        assertEquals("厚生局 医療機関一覧・130110049", vm.fieldsProperty().get(labels.indexOf("他の出典")).value());
    }

    @Test
    void hoursAreAGridOfDaysWithSlots() {
        DepartmentEntry derm = new DepartmentEntry("皮膚科", "皮膚科", "01080", List.of(
                new OpeningHours(ServiceDay.MON, 2, LocalTime.of(14, 0), LocalTime.of(18, 0)),
                new OpeningHours(ServiceDay.MON, 1, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                new OpeningHours(ServiceDay.SAT, 1, LocalTime.of(9, 0), LocalTime.of(13, 0))));
        DepartmentEntry unknown = new DepartmentEntry(null, "美容外来", null, List.of());
        Facility f = facility(5, "x", 35.0, 139.0).withDepartments(List.of(derm, unknown));
        FacilityDetailViewModel vm = new FacilityDetailViewModel(id -> Optional.of(f), new SameThreadTaskRunner());
        vm.open(5);
        HoursRow row = vm.departmentsProperty().get(0);
        assertEquals("皮膚科", row.department());
        assertEquals("09:00–12:30 / 14:00–18:00", row.hours(ServiceDay.MON));
        assertEquals("", row.hours(ServiceDay.TUE));
        assertEquals("09:00–13:00", row.hours(ServiceDay.SAT));
        assertEquals(8, row.hoursByDay().size());
        assertEquals("美容外来", vm.departmentsProperty().get(1).department());
        assertEquals("", vm.hoursNoteProperty().get());
    }

    @Test
    void missingOrFailingFacilityIsExplained() {
        FacilityDetailViewModel missing = new FacilityDetailViewModel(id -> Optional.empty(), new SameThreadTaskRunner());
        missing.open(9);
        assertEquals("この施設は見つかりません。", missing.messageProperty().get());
        assertTrue(missing.fieldsProperty().isEmpty());

        FacilityDetailViewModel failing = new FacilityDetailViewModel(id -> {
            throw new IllegalStateException("db");
        }, new SameThreadTaskRunner());
        failing.open(9);
        assertEquals("施設情報を読み込めませんでした。", failing.messageProperty().get());
        assertFalse(failing.loadingProperty().get());
    }

    @Test
    void aLateFailureOfAnEarlierRequestLeavesTheNewerFacilityAlone() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        FacilityDetailViewModel vm = new FacilityDetailViewModel(id -> {
            if (id == 1) {
                throw new IllegalStateException("db");
            }
            return Optional.of(facility(id, "施設" + id, 35.0, 139.0, "内科"));
        }, runner);
        vm.open(1);
        vm.open(2);
        runner.complete(1);
        assertEquals("施設2", vm.titleProperty().get());
        assertFalse(vm.loadingProperty().get());

        runner.complete(0);
        assertEquals("施設2", vm.titleProperty().get(), "the stale failure does not clear the newer facility");
        assertEquals(17, vm.fieldsProperty().size());
        assertEquals("", vm.messageProperty().get());
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void aLateAnswerOfAnEarlierRequestIsIgnoredAndLoadingLastsUntilTheLatest() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        FacilityDetailViewModel vm = new FacilityDetailViewModel(
                id -> Optional.of(facility(id, "施設" + id, 35.0, 139.0, "内科")), runner);
        vm.open(1);
        vm.open(2);
        runner.complete(0);
        assertEquals("", vm.titleProperty().get(), "the answer for 1 comes after 2 was asked for");
        assertTrue(vm.loadingProperty().get(), "still loading 2");
        runner.complete(0);
        assertEquals("施設2", vm.titleProperty().get());
        assertFalse(vm.loadingProperty().get());

        vm.open(3);
        vm.close();
        assertFalse(vm.loadingProperty().get());
        runner.complete(0);
        assertEquals("施設2", vm.titleProperty().get(), "a load that ends after closing is ignored");
        assertFalse(vm.shownProperty().get());
    }

    @Test
    void aSuccessfulLoadClearsAnEarlierMessage() {
        boolean[] fail = {true};
        FacilityDetailViewModel vm = new FacilityDetailViewModel(id -> {
            if (fail[0]) {
                throw new IllegalStateException("db");
            }
            return Optional.of(facility(id, "施設" + id, 35.0, 139.0, "内科"));
        }, new SameThreadTaskRunner());
        vm.open(4);
        assertEquals("施設情報を読み込めませんでした。", vm.messageProperty().get());
        fail[0] = false;
        vm.open(4);
        assertEquals("", vm.messageProperty().get());
        assertEquals("施設4", vm.titleProperty().get());
    }
}
