package org.renkei.app.ui.main;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.cases.CaseJson;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.casework.CaseViewModel;
import org.renkei.app.ui.casework.ClinicRow;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.records.CaseEditorViewModel;
import org.renkei.app.ui.records.RecordsViewModel;
import org.renkei.app.ui.records.StatusChangeViewModel;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.FakeMappingFiles;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The case screen ranks by acceptance history: a status recorded in the 紹介記録 tab is seen by the next search
 * (production services over a real copy of the sample, no toolkit).
 */
class RankingAfterStatusChangeTest {
    static final Path FUCHU = Path.of("src/test/resources/cases/case-fuchu.json");

    @TempDir
    Path tmp;

    @Test
    void anAcceptanceRecordedInTheRecordsTabShowsInTheNextPlan() throws Exception {
        try (Database db = Database.open(SampleStore.copyTo(tmp.resolve("db")), TestPassword.chars())) {
            FakeDialogs dialogs = new FakeDialogs();
            MainViewModel vm = new MainViewModel(AppServices.production(db), new SameThreadTaskRunner(), dialogs,
                    new FakeMappingFiles());
            CaseViewModel casework = vm.casework();
            RecordsViewModel records = vm.records();
            casework.form().departments().add("内科");
            casework.form().addressProperty().set("東京都府中市宮西町２丁目１５－３");
            casework.find();
            ClinicRow first = casework.plansProperty().get(0).clinics().get(0);
            assertEquals("", first.reasons(), "nothing sent to it yet");

            // the first plan becomes a case; its clinic is sent the letter, then accepts
            casework.choose(casework.plansProperty().get(0));
            casework.createRecord();
            CaseEditorViewModel editor = records.editorProperty().get();
            editor.fillFrom(CaseJson.read(FUCHU, LocalDate.now()));
            editor.save();
            assertNull(records.editorProperty().get(), dialogs.errors.toString());
            ReferralCase stored = records.detail().shownProperty().get();
            assertNotNull(stored);
            setStatus(records, stored, ReferralStatus.SENT);
            casework.find();
            assertEquals("", casework.plansProperty().get(0).clinics().get(0).reasons(), "sent, not answered");

            setStatus(records, records.detail().shownProperty().get(), ReferralStatus.ACCEPTED);
            casework.find();

            ClinicRow again = casework.plansProperty().get(0).clinics().get(0);
            assertEquals(first.facilityId(), again.facilityId());
            assertEquals("受入 1/1", again.reasons());
        }
    }

    private static void setStatus(RecordsViewModel records, ReferralCase c, ReferralStatus status) {
        Destination d = c.destinations().get(0);
        records.changeStatus(c, d);
        StatusChangeViewModel change = records.statusChangeProperty().get();
        change.statusProperty().set(status.label());
        change.save();
        assertNull(records.statusChangeProperty().get(), "saved and closed");
    }
}
