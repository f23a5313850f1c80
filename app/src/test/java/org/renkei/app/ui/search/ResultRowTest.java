package org.renkei.app.ui.search;

import org.junit.jupiter.api.Test;
import org.renkei.app.domain.Facility;
import org.renkei.app.search.SearchHit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.renkei.app.ui.testing.Facilities.facility;

class ResultRowTest {
    @Test
    void aFacilityWithoutPhoneSaysSoInsteadOfAnEmptyCell() {
        Facility f = facility(1, "稲城市立病院", 35.64, 139.48, "皮膚科");
        Facility noPhone = new Facility(f.id(), f.source(), f.sourceKey(), f.name(), f.kana(), f.kind(),
                f.postalCode(), f.address(), f.municipalityCode(), f.lat(), f.lng(), f.precision(), "", f.url(),
                f.beds(), f.closedDays(), f.status(), f.homeVisit(), f.acceptingNew(), f.barrierFree(), f.firstSeen(),
                f.lastSeen(), f.departments());
        assertEquals("（未登録）", ResultRow.of(new SearchHit(noPhone, 2.641)).phone());
        assertEquals("2.64", ResultRow.of(new SearchHit(noPhone, 2.641)).distance().text());
    }
}
