package org.renkei.dataimport.link;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.kouseikyoku.MedInstCodeListReader;
import org.renkei.dataimport.read.mhlw.DerivedHospitalReader;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scorer over the real lists: the 583 Tokyo hospitals of ナビイ (DERIVED sample) against the 13,760 Tokyo rows of
 * the 厚生局 code list (2025-08). Every pair it does not call certain was looked at by hand (docs/decisions/0011):
 * the 566 certain pairs, the 9 for a person and the 8 without any candidate are pinned here.
 */
class LinkScorerRealDataTest {
    private record Keyed(FacilityRecord record, LinkKey key) {
    }

    private static final List<Keyed> NAVII = new ArrayList<>();
    private static final Map<String, List<Keyed>> BUREAU_BY_MUNICIPALITY = new HashMap<>();

    @BeforeAll
    static void read() throws Exception {
        Geocoder g = Geocoder.bundled();
        RecordingSink navii = new RecordingSink();
        DerivedHospitalReader.bundled().read(TestData.path("tokyo_hospitals_mhlw20250601_with_departments_DERIVED.csv"),
                navii);
        navii.facilities.forEach(r -> NAVII.add(new Keyed(r, LinkKey.of(r.name(), r.address(), r.phone(), g))));
        RecordingSink bureau = new RecordingSink();
        new MedInstCodeListReader("all").read(TestData.path("kouseikyoku_all_med_inst_cd_202508.zip"), bureau);
        for (FacilityRecord r : bureau.facilities) {
            if (r.sourceKey().startsWith("13")) {
                LinkKey k = LinkKey.of(r.name(), r.address(), r.phone(), g);
                BUREAU_BY_MUNICIPALITY.computeIfAbsent(k.place().municipalityCode(), c -> new ArrayList<>())
                        .add(new Keyed(r, k));
            }
        }
    }

    @Test
    void measuredOnTheTokyoLists() {
        assertEquals(13_760, BUREAU_BY_MUNICIPALITY.values().stream().mapToInt(List::size).sum());
        int certain = 0;
        List<String> forAPerson = new ArrayList<>();
        List<String> noCandidate = new ArrayList<>();
        Map<String, Integer> bureauCertain = new HashMap<>();
        for (Keyed n : NAVII) {
            List<String> autos = new ArrayList<>();
            List<String> pending = new ArrayList<>();
            for (Keyed b : BUREAU_BY_MUNICIPALITY.getOrDefault(n.key().place().municipalityCode(), List.of())) {
                LinkVerdict v = LinkScorer.compare(n.key(), b.key());
                if (v.decision() == LinkVerdict.Decision.AUTO) {
                    autos.add(b.record().sourceKey());
                    bureauCertain.merge(b.record().sourceKey(), 1, Integer::sum);
                } else if (v.decision() == LinkVerdict.Decision.PENDING) {
                    pending.add(b.record().name());
                }
            }
            assertTrue(autos.size() <= 1, n.record().name() + " " + autos);
            if (autos.size() == 1) {
                certain++;
            } else if (!pending.isEmpty()) {
                forAPerson.add(n.record().name() + " / " + String.join(" / ", pending));
            } else {
                noCandidate.add(n.record().name());
            }
        }
        assertEquals(566, certain);
        assertEquals(566, bureauCertain.size(), "no bureau row is certain for two hospitals");
        assertEquals(List.of(
                "昭和大学病院 / 昭和医科大学病院",
                "医療法人社団秀輝会　目蒲病院 / 医療法人社団 秀輝会 メカマクリニック本院",
                "昭和大学附属烏山病院 / 昭和医科大学烏山病院",
                "河北総合病院 / 社会医療法人河北医療財団 河北総合病院",
                "医療法人社団杏和会　寺田病院介護医療院 / 医療法人社団 杏和会 寺田クリニック",
                "医療法人社団千秋会　田中脳神経外科病院 / 医療法人社団 千秋会 田中吉祥寺病院",
                "医療法人社団恵和会　八王子恵愛病院 / 八王子恵愛医院",
                "医療法人社団豊徳会　介護医療院東京多摩病院 / 医療法人社団 豊徳会 東京多摩クリニック",
                "医療法人社団晃悠会　むさしの病院 / 医療法人社団晃悠会 むさしの救急病院"), forAPerson);
        // Not in the 医科 list: two dental hospitals, a branch listed under its main hospital, five not listed at all.
        assertEquals(List.of("日本大学歯学部付属歯科病院", "昭和医科大学歯科病院", "医療法人社団君真光　寺田病院", "岡本病院",
                "医療法人社団豊迪会　大同病院", "河北総合病院分院", "医療法人相生会　墨田病院", "医療法人社団孝山会　滝山病院"),
                noCandidate);
    }
}
