package org.renkei.app.export.handout;

import org.renkei.app.domain.Facility;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.Referrer;
import org.renkei.app.referral.Sex;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A fictional patient and three fictional clinics (names and phone numbers invented; 0 after the area code is
 * never assigned) at real points around 府中市宮西町, with opening hours.
 */
final class FictionalCase {
    static final double HOME_LAT = 35.669764;
    static final double HOME_LNG = 139.477636;
    static final OfficeSettings OFFICE = new OfficeSettings("みらい総合病院（架空）", "183-0000", "東京都府中市寿町１丁目",
            "042-000-0100", "", "", true, 14);
    private static final LocalDateTime SEEN = LocalDateTime.of(2025, 6, 1, 9, 0);

    private FictionalCase() {
    }

    static Facility clinic(long id, String name, String phone, double lat, double lng, List<DepartmentEntry> depts) {
        return new Facility(id, "test", "T" + id, name, "", FacilityKind.CLINIC, "1830022", "東京都府中市宮西町２－" + id,
                "13206", lat, lng, Precision.SOURCE, phone, "", null, "日,祝", FacilityStatus.ACTIVE, null, null, null,
                SEEN, SEEN, depts);
    }

    /** 月火水金 9:00-12:00 / 15:00-18:00, 土 9:00-12:00. */
    static List<OpeningHours> usualHours() {
        List<OpeningHours> h = new ArrayList<>();
        for (ServiceDay d : List.of(ServiceDay.MON, ServiceDay.TUE, ServiceDay.WED, ServiceDay.FRI)) {
            h.add(new OpeningHours(d, 1, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            h.add(new OpeningHours(d, 2, LocalTime.of(15, 0), LocalTime.of(18, 0)));
        }
        h.add(new OpeningHours(ServiceDay.SAT, 1, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        return h;
    }

    static List<Facility> facilities() {
        return List.of(
                clinic(11, "医療法人社団みどり会　宮西内科クリニック", "042-000-1111", 35.6712, 139.4801, List.of(
                        new DepartmentEntry("内科", "内科", null, usualHours()),
                        new DepartmentEntry("皮膚科", "皮膚科", null, usualHours()))),
                clinic(12, "けやき整形外科", "042-000-2222", 35.6645, 139.4690, List.of(
                        new DepartmentEntry("整形外科", "整形外科", null, List.of(
                                new OpeningHours(ServiceDay.MON, 1, LocalTime.of(8, 30), LocalTime.of(12, 30)),
                                new OpeningHours(ServiceDay.THU, 1, LocalTime.of(8, 30), LocalTime.of(12, 30)))),
                        DepartmentEntry.of("リハビリテーション科", "リハビリテーション科"))),
                clinic(13, "府中あおば眼科", "042-000-3333", 35.6790, 139.4870, List.of(
                        DepartmentEntry.of("眼科", "眼科"))));
    }

    static ReferralCase referral(List<Facility> facilities) {
        List<Destination> ds = new ArrayList<>();
        List<List<String>> covers = List.of(List.of("内科", "皮膚科"), List.of("整形外科"), List.of("眼科"));
        for (int i = 0; i < facilities.size(); i++) {
            Facility f = facilities.get(i);
            ds.add(new Destination(i + 1, f.id(), f.name(), f.address(), f.phone(), f.lat(), f.lng(),
                    covers.get(i % covers.size()), org.renkei.app.domain.GeoMath.km(HOME_LAT, HOME_LNG, f.lat(), f.lng()),
                    ReferralStatus.DRAFT, null, "", ""));
        }
        Patient p = new Patient("P-0042", "府中 太郎", "フチュウ タロウ", Sex.MALE, LocalDate.of(1941, 3, 3),
                "東京都府中市宮西町２丁目", "042-000-0042", "");
        return new ReferralCase(42, p, new Referrer("佐藤 一郎", "総合診療科"), CaseDetails.empty(),
                new MatchNeeds(List.of("内科", "皮膚科", "整形外科", "眼科"), List.of(), 5, List.of()), HOME_LAT, HOME_LNG,
                ds, LocalDate.of(2026, 11, 20), null);
    }
}
