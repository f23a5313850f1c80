package org.renkei.app.ui.records;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.renkei.app.cases.CaseService;
import org.renkei.app.cases.MutableClock;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.cases.SettingsService;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.match.MatchFacilities;
import org.renkei.app.match.MatchIndex;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.Matcher;
import org.renkei.app.match.Plan;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.casework.ChosenPlan;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Geocoder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The 紹介記録 view models over the real services: the bundled sample (583 Tokyo hospitals) in an H2 file, the real
 * matcher for plans, a clock the test moves, same-thread tasks and recorded dialogs.
 */
final class RecordsFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final String ADDRESS = "東京都府中市宮西町２丁目１５－３";

    final Database db;
    final MutableClock clock = new MutableClock(TODAY);
    final CaseService cases;
    final SettingsService settings;
    final RecordServices services;
    final FakeDialogs dialogs = new FakeDialogs();
    final RecordsViewModel vm;
    final MatchIndex index;
    int showRequests;

    RecordsFixture(Path folder) {
        db = Database.open(SampleStore.copyTo(folder.resolve("db")), TestPassword.chars());
        index = MatchFacilities.index(new FacilityService(db).allActiveWithDepartments());
        cases = new CaseService(db, Geocoder.bundled(), DepartmentVocabulary.bundled(), () -> index, clock);
        settings = new SettingsService(db);
        services = RecordServices.over(() -> cases, settings, new FacilityService(db)::byId, clock);
        vm = new RecordsViewModel(services, new SameThreadTaskRunner(), dialogs);
        vm.setOnShowRequested(() -> showRequests++);
    }

    /** The best plan of the real matcher for {@code departments} within 5 km of the patient's town. */
    ChosenPlan chosen(String... departments) {
        GeocodeResult home = Geocoder.bundled().geocode(ADDRESS);
        Plan plan = Matcher.match(index, MatchRequest.builder(home.lat(), home.lng(), List.of(departments)).maxKm(5)
                .build()).plans().get(0);
        return new ChosenPlan(new MatchNeeds(List.of(departments), List.of(), 5, List.of()), ADDRESS, home.lat(),
                home.lng(), plan);
    }

    /** A case created through the editor with a fictional patient; returns it as stored. */
    ReferralCase create(String patientId, String name, String kana, String... departments) {
        vm.newCase(chosen(departments));
        CaseEditorViewModel editor = vm.editorProperty().get();
        editor.patient().patientIdProperty().set(patientId);
        editor.patient().nameProperty().set(name);
        editor.patient().kanaProperty().set(kana);
        editor.patient().birthDateProperty().set("昭和23年4月2日");
        editor.letter().diagnosesProperty().set("2型糖尿病\n\n 慢性湿疹 ");
        editor.save();
        return vm.list().selectedProperty().get().source();
    }

    static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
