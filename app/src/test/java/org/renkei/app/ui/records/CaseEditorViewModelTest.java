package org.renkei.app.ui.records;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.match.PlanMember;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.Sex;
import org.renkei.app.ui.casework.ChosenPlan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case editor over the real case service and the bundled sample: new cases with their plan, edits, refusals. */
class CaseEditorViewModelTest {
    @TempDir
    Path tmp;
    RecordsFixture f;

    @BeforeEach
    void open() {
        f = new RecordsFixture(tmp);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aNewCaseIsPrefilledMarkedWhereRequiredAndSavedWithItsPlan() {
        ChosenPlan chosen = f.chosen("内科", "皮膚科", "眼科");
        f.vm.newCase(chosen);
        CaseEditorViewModel editor = f.vm.editorProperty().get();
        PatientForm p = editor.patient();
        assertEquals("紹介記録を作成", editor.titleProperty().get());
        assertEquals("内科・皮膚科・眼科　病院で継続: なし　5 km 以内", editor.needsProperty().get());
        assertEquals(chosen.plan().count(), editor.planLinesProperty().size());
        PlanMember first = chosen.plan().members().get(0);
        assertTrue(editor.planLinesProperty().get(0).startsWith("1. " + first.facility().name() + "　"));
        assertEquals(RecordsFixture.ADDRESS, p.addressProperty().get(), "the case screen's address");
        assertEquals("必須です", p.patientIdErrorProperty().get());
        assertEquals("必須です", p.nameErrorProperty().get());
        assertFalse(editor.canSaveProperty().get());

        p.patientIdProperty().set("P-0101");
        p.nameProperty().set("府中 花子");
        assertTrue(editor.canSaveProperty().get());
        p.birthDateProperty().set("1948/4/31");
        assertEquals("2026/11/20 または 昭和23年4月2日 の形で入力してください", p.birthDateErrorProperty().get());
        p.birthDateProperty().set("2026/03/21");
        assertEquals("生年月日が今日より後です", p.birthDateErrorProperty().get());
        assertFalse(editor.canSaveProperty().get());
        p.birthDateProperty().set("S23.4.2");
        assertEquals("", p.birthDateErrorProperty().get());
        p.kanaProperty().set("フチュウ ハナコ");
        p.sexProperty().set("女");
        p.phoneProperty().set("042-000-0000");
        p.occupationProperty().set("無職");
        p.doctorProperty().set("佐藤 一郎");
        p.departmentProperty().set("総合診療科");
        editor.letter().diagnosesProperty().set("2型糖尿病\n\n  慢性湿疹  \n");
        editor.letter().purposeProperty().set("継続診療のお願い");
        editor.letter().prescriptionsProperty().set("メトホルミン塩酸塩錠 250mg\r\nヘパリン類似物質油性クリーム");
        editor.save();

        assertNull(f.vm.editorProperty().get(), "the editor closed");
        assertEquals(List.of(), f.dialogs.errors);
        assertEquals(1, f.showRequests, "the 紹介記録 tab is brought to the front");
        ReferralCase stored = f.vm.list().selectedProperty().get().source();
        assertEquals(stored, f.cases.get(stored.id()).orElseThrow());
        assertEquals(List.of(stored.id()), f.vm.list().rowsProperty().stream().map(CaseRow::caseId).toList());
        assertEquals(LocalDate.of(1948, 4, 2), stored.patient().birthDate());
        assertEquals(Sex.FEMALE, stored.patient().sex());
        assertEquals("総合診療科", stored.referrer().department());
        assertEquals(List.of("2型糖尿病", "慢性湿疹"), stored.details().diagnoses());
        assertEquals(List.of("メトホルミン塩酸塩錠 250mg", "ヘパリン類似物質油性クリーム"), stored.details().prescriptions());
        assertEquals(chosen.needs(), stored.needs());
        assertEquals(chosen.homeLat(), stored.homeLat());
        assertEquals(chosen.plan().members().stream().map(m -> Long.parseLong(m.facility().id())).toList(),
                stored.destinations().stream().map(Destination::facilityId).toList());
        assertTrue(stored.destinations().stream().allMatch(d -> d.status() == ReferralStatus.DRAFT));
        assertEquals(RecordsFixture.TODAY, stored.createdOn());
    }

    @Test
    void editingChangesThePatientAndLetterButKeepsThePlanAndStatuses() {
        ReferralCase created = f.create("P-0102", "府中 花子", "フチュウ ハナコ", "内科", "皮膚科");
        Destination d = created.destinations().get(0);
        f.cases.setStatus(created.id(), d.facilityId(), ReferralStatus.SENT, null, "", "");
        f.vm.list().search();

        f.vm.detail().edit();
        CaseEditorViewModel editor = f.vm.editorProperty().get();
        assertEquals("紹介記録を編集（患者ID P-0102）", editor.titleProperty().get());
        assertEquals("1948/04/02", editor.patient().birthDateProperty().get());
        assertEquals("2型糖尿病\n慢性湿疹", editor.letter().diagnosesProperty().get());
        editor.patient().nameProperty().set("府中 花代");
        editor.letter().notesProperty().set("家族の送迎あり");
        editor.save();

        ReferralCase updated = f.cases.get(created.id()).orElseThrow();
        assertEquals("府中 花代", updated.patient().name());
        assertEquals("家族の送迎あり", updated.details().notes());
        assertEquals(ReferralStatus.SENT, updated.destinations().get(0).status());
        assertEquals(created.destinations().size(), updated.destinations().size());
        assertEquals("府中 花代", f.vm.list().selectedProperty().get().name());
        assertEquals("府中 花代（フチュウ ハナコ）", f.vm.detail().titleProperty().get());
    }

    @Test
    void aRefusalIsShownOnceAndTheEditorStaysOpenWithNothingStored() {
        f.vm.newCase(f.chosen("内科"));
        CaseEditorViewModel editor = f.vm.editorProperty().get();
        editor.patient().patientIdProperty().set("P".repeat(65));
        editor.patient().nameProperty().set("府中 花子");
        editor.save();

        assertEquals(List.of("紹介記録を保存できませんでした: 患者IDが長すぎます（64 文字まで）。"), f.dialogs.errors);
        assertSame(editor, f.vm.editorProperty().get());
        assertFalse(editor.busyProperty().get());
        assertEquals(List.of(), f.cases.search(CaseQuery.all()));

        editor.cancel();
        assertNull(f.vm.editorProperty().get());
        assertEquals(0, f.showRequests);
    }

    @Test
    void onlyOneEditorAtATime() {
        f.vm.newCase(f.chosen("内科"));
        CaseEditorViewModel first = f.vm.editorProperty().get();
        assertNotNull(first);
        f.vm.newCase(f.chosen("皮膚科"));
        assertSame(first, f.vm.editorProperty().get());
    }
}
