package org.renkei.app.ui.records;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.ui.detail.DetailField;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 紹介記録 screen over the real services and the bundled sample: list, detail, status changes, letters. */
class RecordsViewModelTest {
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
    void theDetailSummarisesThePatientAndListsDestinationsWithHistory() {
        ReferralCase c = f.create("P-0201", "府中 花子", "フチュウ ハナコ", "内科", "皮膚科", "眼科");
        CaseDetailViewModel detail = f.vm.detail();
        assertEquals("府中 花子（フチュウ ハナコ）", detail.titleProperty().get());
        assertTrue(detail.fieldsProperty().contains(new DetailField("生年月日", "1948/04/02（77 歳）")));
        assertTrue(detail.fieldsProperty().contains(new DetailField("傷病名", "2型糖尿病、慢性湿疹")));
        CaseRow row = f.vm.list().rowsProperty().get(0);
        assertEquals(new CaseRow(c.id(), "2026/03/20", "P-0201", "府中 花子", "内科・皮膚科・眼科",
                c.destinations().size() + "か所", "下書き " + c.destinations().size(), c), row);
        Destination first = c.destinations().get(0);
        assertEquals(new DestinationRow(first.facilityId(), "1", first.name(), String.join("・", first.covers()),
                RecordFormat.km(first.km()), "下書き", "2026/03/20", ""), detail.destinationsProperty().get(0));
        assertEquals(detail.destinationsProperty().get(0), detail.selectedDestinationProperty().get());
        assertEquals(List.of("2026/03/20　下書き"), detail.historyProperty());
    }

    @Test
    void statusChangesAreRecordedWithTheirHistoryAndForwardingNeedsADestination() {
        ReferralCase c = f.create("P-0202", "府中 花子", "フチュウ ハナコ", "内科", "皮膚科");
        CaseDetailViewModel detail = f.vm.detail();
        f.clock.setDay(RecordsFixture.TODAY.plusDays(2));

        detail.changeStatus();
        StatusChangeViewModel change = f.vm.statusChangeProperty().get();
        assertEquals(c.destinations().get(0).name() + " の状態を変更", change.titleProperty().get());
        assertEquals("現在: 下書き（2026/03/20）", change.currentProperty().get());
        assertEquals("送付済", change.statusProperty().get(), "the usual next step");
        assertEquals("2026/03/22", change.dayProperty().get());
        change.dayProperty().set("2026/03/23");
        assertEquals("未来の日付は指定できません", change.dayErrorProperty().get());
        assertFalse(change.canSaveProperty().get());
        change.dayProperty().set("令和8年3月21日");
        change.noteProperty().set("FAXで送付");
        change.save();

        assertNull(f.vm.statusChangeProperty().get());
        assertEquals("送付済", detail.destinationsProperty().get(0).status());
        assertEquals("2026/03/21", detail.destinationsProperty().get(0).statusDate());
        assertEquals(List.of("2026/03/20　下書き", "2026/03/21　送付済　FAXで送付"), detail.historyProperty());
        assertTrue(f.vm.list().selectedProperty().get().status().contains("送付済 1"));

        detail.changeStatus();
        change = f.vm.statusChangeProperty().get();
        assertEquals("受入", change.statusProperty().get());
        change.statusProperty().set("転送");
        assertTrue(change.forwardingProperty().get());
        assertEquals("転送には転送先を入力してください", change.forwardedToErrorProperty().get());
        assertFalse(change.canSaveProperty().get());
        change.forwardedToProperty().set("けやき台クリニック");
        change.dayProperty().set("2026/03/19");
        change.save();
        assertEquals(1, f.dialogs.errors.size(), "the service refuses a day before the last change");
        assertTrue(f.dialogs.errors.get(0).startsWith("状態を変更できませんでした: 日付 2026-03-19 は"), f.dialogs.errors.get(0));
        assertSame(change, f.vm.statusChangeProperty().get(), "the dialog stays open");

        change.dayProperty().set("2026/03/22");
        change.save();
        assertEquals("転送先: けやき台クリニック", detail.destinationsProperty().get(0).note());
        assertEquals(ReferralStatus.FORWARDED, f.cases.get(c.id()).orElseThrow().destinations().get(0).status());
        assertEquals("2026/03/22　転送　転送先: けやき台クリニック", detail.historyProperty().get(2));
    }

    @Test
    void theListSearchesByPatientIdKanaDateAndStatus() {
        ReferralCase a = f.create("P-0301", "府中 花子", "フチュウ ハナコ", "内科");
        f.clock.setDay(RecordsFixture.TODAY.plusDays(10));
        ReferralCase b = f.create("P-0302", "調布 太郎", "チョウフ タロウ", "皮膚科");
        f.cases.setStatus(b.id(), b.destinations().get(0).facilityId(), ReferralStatus.SENT, null, "", "");
        CaseListViewModel list = f.vm.list();

        list.search();
        assertEquals(List.of(b.id(), a.id()), ids(list), "newest first");
        assertEquals("2 件", list.countProperty().get());
        list.patientIdProperty().set("P-0301");
        list.search();
        assertEquals(List.of(a.id()), ids(list));
        list.patientIdProperty().set("");
        list.kanaProperty().set("ちょうふ");
        list.search();
        assertEquals(List.of(b.id()), ids(list));
        list.kanaProperty().set("");
        list.fromProperty().set("2026/03/25");
        list.search();
        assertEquals(List.of(b.id()), ids(list));
        list.fromProperty().set("");
        list.toProperty().set("2026/03/25");
        list.statusProperty().set("送付済");
        list.search();
        assertEquals(List.of(), ids(list));
        assertNull(list.selectedProperty().get());
        assertNull(f.vm.detail().shownProperty().get(), "nothing selected, nothing shown");
        list.toProperty().set("3月25日");
        list.search();
        assertEquals("日付は 2026/11/20 の形（和暦は 令和8年11月20日）で入力してください。", list.messageProperty().get());

        list.showCase(a.id());
        assertEquals("すべて", list.statusProperty().get());
        assertEquals("", list.toProperty().get());
        assertEquals(List.of(b.id(), a.id()), ids(list));
        assertEquals(a.id(), list.selectedProperty().get().caseId());
    }

    @Test
    void awaitingRepliesListsReferralsSentLongerAgoThanTheOfficeWaits() {
        ReferralCase a = f.create("P-0401", "府中 花子", "フチュウ ハナコ", "内科");
        f.cases.setStatus(a.id(), a.destinations().get(0).facilityId(), ReferralStatus.SENT, null, "", "");
        f.settings.save(new OfficeSettings("府中中央病院", "", "", "", "", "", true, 7));
        CaseListViewModel list = f.vm.list();

        f.clock.setDay(RecordsFixture.TODAY.plusDays(7));
        list.awaitingOnlyProperty().set(true);
        assertEquals(List.of(), ids(list), "7 days is not more than 7");
        f.clock.setDay(RecordsFixture.TODAY.plusDays(9));
        list.search();
        assertEquals(List.of(a.id()), ids(list));
        assertEquals("返事待ち 9 日（1 か所）", list.rowsProperty().get(0).status());
        assertTrue(list.messageProperty().get().startsWith("送付から 7 日を過ぎても返事のない紹介です"));

        f.vm.detail().changeStatus();
        f.vm.statusChangeProperty().get().save();     // 受入
        assertEquals(List.of(), ids(list), "answered: no longer waiting");
        list.awaitingOnlyProperty().set(false);
        assertEquals(List.of(a.id()), ids(list));
        assertEquals("受入 1", list.rowsProperty().get(0).status());
    }

    @Test
    void lettersAreWrittenToTheChosenFolderAndTheFirstPdfIsOpened() throws Exception {
        f.settings.save(new OfficeSettings("府中中央病院", "183-0000", "東京都府中市宮西町１－１", "042-000-1111",
                "042-000-2222", "", true, 14));
        ReferralCase c = f.create("P-0501", "府中 花子", "フチュウ ハナコ", "内科", "皮膚科", "眼科");
        CaseDetailViewModel detail = f.vm.detail();
        assertTrue(detail.canExportProperty().get());

        detail.exportLetters();
        assertEquals(List.of(), f.dialogs.opened, "cancelled: nothing written, nothing opened");

        Path folder = tmp.resolve("letters");
        f.dialogs.folderToChoose = folder;
        detail.exportLetters();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        assertEquals(c.destinations().size() * 2, files.size());
        Path firstPdf = folder.resolve(org.renkei.app.export.letter.Letters.baseName(c, c.destinations().get(0)) + ".pdf");
        assertEquals(List.of(firstPdf), f.dialogs.opened);
        String text = RecordsFixture.pdfText(firstPdf);
        assertTrue(text.contains("府中 花子"), text);
        assertTrue(text.contains("府中中央病院"), text);
        assertTrue(text.contains(c.destinations().get(0).name()), text);
        assertEquals("紹介状 " + c.destinations().size() + " 通（Word と PDF）を出力しました: " + folder,
                detail.messageProperty().get());
        assertEquals(List.of(), f.dialogs.errors);
    }

    @Test
    void anUnusableLogoRefusesTheLettersOnceAndWritesNothing() throws Exception {
        f.settings.save(new OfficeSettings("府中中央病院", "", "", "", "", tmp.resolve("no-logo.png").toString(), true, 14));
        f.create("P-0502", "府中 花子", "フチュウ ハナコ", "内科");
        Path folder = Files.createDirectories(tmp.resolve("letters"));
        f.dialogs.folderToChoose = folder;
        f.vm.detail().exportLetters();
        assertEquals(1, f.dialogs.errors.size());
        assertTrue(f.dialogs.errors.get(0).startsWith("紹介状を出力できませんでした: ロゴ画像が見つからないか"), f.dialogs.errors.get(0));
        try (Stream<Path> s = Files.list(folder)) {
            assertEquals(0, s.count());
        }
        assertEquals(List.of(), f.dialogs.opened);
        assertFalse(f.vm.detail().exportingProperty().get());
    }

    private static List<Long> ids(CaseListViewModel list) {
        return list.rowsProperty().stream().map(CaseRow::caseId).toList();
    }
}
