package org.renkei.app.ui.records;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.settings.OfficeSettingsViewModel;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two office dialogs over the real services: 紹介集計表を出力 and 自院の情報. */
class SummaryAndSettingsViewModelTest {
    @TempDir
    Path tmp;
    RecordsFixture f;
    final List<String> done = new ArrayList<>();
    int closed;

    @BeforeEach
    void open() {
        f = new RecordsFixture(tmp);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSummaryWorkbookListsTheReferralsOfThePeriodAndOpens() throws Exception {
        ReferralCase c = f.create("P-0601", "府中 花子", "フチュウ ハナコ", "内科", "皮膚科", "眼科");
        SummaryExportViewModel vm = new SummaryExportViewModel(f.services.summary(), f.services.today(),
                new SameThreadTaskRunner(), f.dialogs, done::add, () -> closed++);
        assertEquals("2026/01", vm.fromProperty().get());
        assertEquals("2026/03", vm.toProperty().get());
        vm.toProperty().set("2025/12");
        assertEquals("期間の終わりが始まりより前です", vm.periodErrorProperty().get());
        assertFalse(vm.canExportProperty().get());
        vm.toProperty().set("2026-3");

        vm.export();
        assertEquals(0, closed, "no file chosen: the dialog stays");
        assertEquals(List.of("紹介集計表の保存先 / 紹介集計_2026-01_2026-03.xlsx"), f.dialogs.chooserTitles);

        Path out = tmp.resolve("summary.xlsx");
        f.dialogs.fileToSave = out;
        vm.export();
        assertEquals(1, closed);
        assertEquals(List.of(out), f.dialogs.opened);
        int n = c.destinations().size();
        assertEquals(List.of("紹介集計表を出力しました（紹介 " + n + " 件）: summary.xlsx"), done);
        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            Sheet list = wb.getSheet("紹介一覧");
            assertEquals(n, list.getLastRowNum(), "a header row and one row per referral");
            assertTrue(wb.getSheet("受入率") != null);
        }
    }

    @Test
    void aRefusedPeriodIsShownOnceAndNothingIsWritten() throws Exception {
        SummaryExportViewModel vm = new SummaryExportViewModel(f.services.summary(), f.services.today(),
                new SameThreadTaskRunner(), f.dialogs, done::add, () -> closed++);
        vm.fromProperty().set("1990/01");
        Path out = tmp.resolve("long.xlsx");
        f.dialogs.fileToSave = out;
        vm.export();
        assertEquals(1, f.dialogs.errors.size());
        assertTrue(f.dialogs.errors.get(0).startsWith("紹介集計表を出力できませんでした: 期間が長すぎます"), f.dialogs.errors.get(0));
        assertFalse(Files.exists(out));
        assertEquals(0, closed);
    }

    @Test
    void officeSettingsAreReadValidatedAndSaved() {
        OfficeSettingsViewModel vm = new OfficeSettingsViewModel(f.services.office(), new SameThreadTaskRunner(),
                f.dialogs, () -> closed++);
        assertFalse(vm.canSaveProperty().get(), "not before the stored settings are read");
        vm.load();
        assertTrue(vm.eraDatesProperty().get());
        assertEquals("14", vm.waitDaysProperty().get());
        vm.hospitalNameProperty().set(" 府中中央病院 ");
        vm.postalCodeProperty().set("183-0000");
        vm.addressProperty().set("東京都府中市宮西町１－１");
        vm.phoneProperty().set("042-000-1111");
        vm.faxProperty().set("042-000-2222");
        vm.eraDatesProperty().set(false);
        vm.waitDaysProperty().set("0");
        assertEquals("1〜365 の日数を入力してください", vm.waitDaysErrorProperty().get());
        assertFalse(vm.canSaveProperty().get());
        vm.waitDaysProperty().set("２１");
        assertEquals("", vm.waitDaysErrorProperty().get());
        Path logo = tmp.resolve("logo.png");
        f.dialogs.fileToOpen = logo;
        vm.chooseLogo();
        assertEquals(logo.toString(), vm.logoPathProperty().get());
        vm.save();

        assertEquals(1, closed);
        assertEquals(new OfficeSettings("府中中央病院", "183-0000", "東京都府中市宮西町１－１", "042-000-1111",
                "042-000-2222", logo.toString(), false, 21), f.settings.load());
        OfficeSettingsViewModel again = new OfficeSettingsViewModel(f.services.office(), new SameThreadTaskRunner(),
                f.dialogs, () -> closed++);
        again.load();
        assertEquals("府中中央病院", again.hospitalNameProperty().get());
        assertEquals("21", again.waitDaysProperty().get());
        assertFalse(again.eraDatesProperty().get());
    }
}
