package org.renkei.app.export.handout;

import org.renkei.app.domain.Facility;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.Readers;
import org.renkei.app.importing.SampleData;
import org.renkei.app.match.MatchFacilities;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Matcher;
import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.Referrer;
import org.renkei.app.referral.Sex;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Geocoder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A fictional patient living in 東京都府中市宮西町２丁目 (located by the bundled geocoder), referred for 内科・整形外科・
 * 産婦人科 to the real hospitals the real matcher picks from the bundled MHLW sample (imported into a real H2 store).
 */
record SampleCase(ReferralCase referral, List<Facility> facilities) {
    static final String ADDRESS = "東京都府中市宮西町２丁目１５－３";
    /** With a 2 km limit the matcher needs two hospitals: 府中病院 (内科・整形外科) and 東府中病院 (産婦人科). */
    static final List<String> DEPARTMENTS = List.of("内科", "整形外科", "産婦人科");
    static final double KM = 2;
    static final OfficeSettings OFFICE = new OfficeSettings("連携デスク記念病院（架空）", "183-0000",
            "東京都府中市寿町１丁目（架空）", "042-000-0000", "042-000-0001", "", true, 14);

    static SampleCase load(Path dbDir) throws Exception {
        try (Database db = Database.open(dbDir, TestPassword.chars())) {
            new ImportService(db, Readers.standard(), Geocoder.bundled())
                    .importAll(List.of(SampleData.extract()), ImportListener.NONE);
            FacilityService service = new FacilityService(db);
            GeocodeResult home = Geocoder.bundled().geocode(ADDRESS);
            MatchResult result = Matcher.match(MatchFacilities.index(service.allActiveWithDepartments()),
                    MatchRequest.builder(home.lat(), home.lng(), DEPARTMENTS).maxKm(KM).top(1).build());
            Plan plan = result.best().orElseThrow();
            List<Destination> destinations = new ArrayList<>();
            List<Facility> facilities = new ArrayList<>();
            int order = 1;
            for (PlanMember m : plan.members()) {
                Facility f = service.byId(Long.parseLong(m.facility().id())).orElseThrow();
                facilities.add(f);
                destinations.add(new Destination(order++, f.id(), f.name(), f.address(), f.phone(), f.lat(), f.lng(),
                        m.covers(), m.km(), ReferralStatus.DRAFT, null, "", ""));
            }
            Patient patient = new Patient("P-0001", "山田 花子", "ヤマダ ハナコ", Sex.FEMALE, LocalDate.of(1948, 4, 2),
                    ADDRESS, "042-000-0002", "");
            ReferralCase c = new ReferralCase(1, patient, new Referrer("佐藤 一郎", "総合診療科"), CaseDetails.empty(),
                    new MatchNeeds(DEPARTMENTS, List.of(), KM, List.of()), home.lat(), home.lng(), destinations,
                    LocalDate.of(2026, 11, 20), null);
            return new SampleCase(c, facilities);
        }
    }
}
