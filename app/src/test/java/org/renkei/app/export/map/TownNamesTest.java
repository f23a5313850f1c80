package org.renkei.app.export.map;

import org.junit.jupiter.api.Test;
import org.renkei.app.domain.GeoMath;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TownNamesTest {
    @Test
    void chomeAreMergedIntoTheirTownAtTheMeanPoint() throws Exception {
        String csv = """
                都道府県名,市区町村名,大字町丁目名,小字・通称名,緯度,経度
                東京都,府中市,宮西町一丁目,,35.670,139.476
                東京都,府中市,宮西町二丁目,,35.668,139.478
                東京都,府中市,是政,,35.659,139.498
                東京都,府中市,未来町,,,
                """;
        TownNames towns = TownNames.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, towns.size());
        List<TownNames.Town> near = towns.within(new GeoMath.Box(35.66, 35.68, 139.47, 139.48));
        assertEquals(1, near.size());
        assertEquals("宮西町", near.get(0).name());
        assertEquals(35.669, near.get(0).lat(), 1e-9);
        assertEquals(139.477, near.get(0).lng(), 1e-9);
    }

    @Test
    void theBundledGazetteerNamesTheTownsAroundFuchu() {
        List<String> names = TownNames.bundled().within(GeoMath.box(35.669764, 139.477636, 1)).stream()
                .map(TownNames.Town::name).toList();
        assertTrue(names.containsAll(List.of("宮西町", "美好町", "寿町", "府中町")), names.toString());
        assertTrue(TownNames.bundled().size() > 100_000, "nationwide");
    }
}
