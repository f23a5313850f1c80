package org.renkei.app.cases;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.Facility;
import org.renkei.app.domain.GeoMath;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.match.MatchFacilities;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Geocoder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Creating, locating, editing and planning cases against the real bundled sample (583 Tokyo hospitals). */
class CaseServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final Path FUCHU = Path.of("src/test/resources/cases/case-fuchu.json");

    @TempDir
    Path tmp;
    Database db;
    CaseService service;

    static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant(), ZoneId.of("Asia/Tokyo"));
    }

    @BeforeEach
    void open() {
        db = Database.open(SampleStore.copyTo(tmp.resolve("db")), TestPassword.chars());
        service = new CaseService(db, Geocoder.bundled(), DepartmentVocabulary.bundled(),
                () -> MatchFacilities.index(new FacilityService(db).allActiveWithDepartments()), clockAt(TODAY));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static ReferralCase fuchu() {
        return CaseJson.read(FUCHU, TODAY);
    }

    @Test
    void createGeocodesTheAddressAndStoresEveryField() {
        ReferralCase draft = fuchu();
        assertFalse(draft.located(), "the example file gives an address, no coordinates");
        ReferralCase stored = service.create(draft);
        assertTrue(stored.id() > 0);
        GeocodeResult town = Geocoder.bundled().geocode("東京都府中市宮西町２丁目");
        assertEquals(town.lat(), stored.homeLat(), 0.002, "placed on the town of the address");
        assertEquals(town.lng(), stored.homeLng(), 0.002);
        assertEquals(draft.patient(), stored.patient());
        assertEquals(draft.details(), stored.details());
        assertEquals(draft.needs(), stored.needs());
        assertEquals(draft.referrer(), stored.referrer());
        assertEquals(TODAY, stored.createdOn());
        assertEquals(TODAY.atTime(10, 0), stored.updatedAt());
        assertEquals(stored, service.get(stored.id()).orElseThrow());
    }

    @Test
    void anAddressThatCannotBePlacedIsRefusedWithoutNamingItAndNothingIsStored() {
        ReferralCase draft = withAddress(fuchu(), "どこにもない町１－１");
        CaseRejectedException e = assertThrows(CaseRejectedException.class, () -> service.create(draft));
        assertTrue(e.getMessage().contains("位置を特定できません"), e.getMessage());
        assertFalse(e.getMessage().contains("どこにもない"), "no patient address in messages");
        assertEquals(List.of(), service.search(CaseQuery.all()));
    }

    @Test
    void givenCoordinatesAreKeptAndTheAddressIsNotGeocoded() {
        ReferralCase draft = withAddress(fuchu(), "どこにもない町１－１").withHome(35.6601, 139.4701);
        ReferralCase stored = service.create(draft);
        assertEquals(35.6601, stored.homeLat());
        assertEquals(139.4701, stored.homeLng());
    }

    @Test
    void blankNameUnknownDepartmentAndBadRequirementAreRefused() {
        ReferralCase c = fuchu();
        Patient nameless = new Patient("P-9", " ", "", null, null, "東京都府中市宮西町２丁目", "", "");
        assertEquals("患者氏名がありません。", assertThrows(CaseRejectedException.class, () -> service.create(
                new ReferralCase(0, nameless, c.referrer(), c.details(), c.needs(), null, null, null, TODAY, null)))
                .getMessage());
        var magic = new org.renkei.app.referral.MatchNeeds(List.of("内科", "魔法科"), List.of(), 5, List.of());
        assertTrue(assertThrows(CaseRejectedException.class, () -> service.create(new ReferralCase(0, c.patient(),
                c.referrer(), c.details(), magic, null, null, null, TODAY, null))).getMessage().contains("魔法科"));
        var flying = new org.renkei.app.referral.MatchNeeds(List.of("内科"), List.of(), 5, List.of("flying"));
        assertThrows(CaseRejectedException.class, () -> service.create(new ReferralCase(0, c.patient(), c.referrer(),
                c.details(), flying, null, null, null, TODAY, null)));
        assertEquals(List.of(), service.search(CaseQuery.all()));
    }

    @Test
    void updateRelocatesWhenTheAddressChangesAndKeepsTheCreationDay() {
        ReferralCase stored = service.create(fuchu());
        ReferralCase moved = withAddress(stored, "東京都調布市小島町２丁目");
        ReferralCase updated = service.update(moved);
        GeocodeResult chofu = Geocoder.bundled().geocode("東京都調布市小島町２丁目");
        assertEquals(chofu.lat(), updated.homeLat(), 1e-9);
        assertEquals(chofu.lng(), updated.homeLng(), 1e-9);
        assertEquals(TODAY, updated.createdOn());

        ReferralCase pinned = service.update(updated.withHome(35.70, 139.50));
        assertEquals(35.70, pinned.homeLat(), "a home set by the user is kept when the address stays");
        assertThrows(CaseRejectedException.class, () -> service.update(pinned.withId(pinned.id() + 1000)));
    }

    @Test
    void planRunsTheRealMatcherOverTheStoredFacilities() {
        ReferralCase stored = service.create(fuchu());
        MatchResult result = service.plan(stored.id(), 5);
        Plan best = result.best().orElseThrow();
        assertEquals(1, best.count(), "one hospital offers both 内科 and 皮膚科 within 5 km");
        PlanMember only = best.members().get(0);
        assertEquals("稲城市立病院", only.facility().name());
        assertEquals(List.of("内科", "皮膚科"), only.covers());
        assertEquals(2.64, only.km(), 0.01);
        assertTrue(result.uncovered().isEmpty());

        // independent check: the nearest stored facility offering both departments
        Facility nearest = new FacilityService(db).allActiveWithDepartments().stream()
                .filter(f -> f.hasLocation() && f.departmentNames().containsAll(List.of("内科", "皮膚科")))
                .min(Comparator.comparingDouble(f -> GeoMath.km(stored.homeLat(), stored.homeLng(), f.lat(), f.lng())))
                .orElseThrow();
        assertEquals(String.valueOf(nearest.id()), only.facility().id());
        assertEquals(GeoMath.km(stored.homeLat(), stored.homeLng(), nearest.lat(), nearest.lng()), only.km(), 1e-9);
        assertEquals(5, result.plans().size());
        assertTrue(service.get(stored.id()).orElseThrow().destinations().isEmpty(), "plan() stores nothing");
    }

    @Test
    void planRefusesABadTopAndAnUnknownCase() {
        ReferralCase stored = service.create(fuchu());
        assertThrows(CaseRejectedException.class, () -> service.plan(stored.id(), 0));
        assertEquals("ケース 999 は見つかりません。",
                assertThrows(CaseRejectedException.class, () -> service.plan(999, 3)).getMessage());
    }

    static ReferralCase withAddress(ReferralCase c, String address) {
        Patient p = c.patient();
        return new ReferralCase(c.id(), new Patient(p.id(), p.name(), p.kana(), p.sex(), p.birthDate(), address,
                p.phone(), p.occupation()), c.referrer(), c.details(), c.needs(), c.homeLat(), c.homeLng(),
                c.destinations(), c.createdOn(), c.updatedAt());
    }
}
