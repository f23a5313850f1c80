package org.renkei.app.export.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.renkei.app.domain.GeoMath;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled Tokyo boundaries against their N03 source (a copy in test resources). */
class BoundaryRegistryTest {
    static final Path SOURCE = Path.of("src/test/resources/geo/N03-21_13_210101.geojson");
    private final BoundarySet tokyo = BoundaryRegistry.bundled().prefecture("13").orElseThrow();

    @Test
    void everyMunicipalityOfTheSourceIsThere() throws Exception {
        JsonNode source;
        try (InputStream in = Files.newInputStream(SOURCE)) {
            source = new ObjectMapper().readTree(in);
        }
        Set<String> names = new HashSet<>();
        for (JsonNode f : source.get("features")) {
            names.add(f.get("properties").get("N03_004").asText());
        }
        assertEquals(63, source.get("features").size());
        assertEquals(names.size(), tokyo.municipalities().size());
        assertEquals(names, new HashSet<>(tokyo.municipalities().stream().map(Municipality::name).toList()));
        assertEquals("13206", tokyo.byName("府中市").orElseThrow().code());
        assertFalse(tokyo.byName("所属未定地").orElseThrow().named(), "no code, so no label on maps");
    }

    @Test
    void fuchusCentroidLiesInFuchuAndNowhereElse() {
        Municipality fuchu = tokyo.byName("府中市").orElseThrow();
        LatLng c = fuchu.centroid();
        assertTrue(fuchu.contains(c.lat(), c.lng()), c.toString());
        assertEquals(List.of("府中市"), tokyo.municipalities().stream()
                .filter(m -> m.contains(c.lat(), c.lng())).map(Municipality::name).toList());
        assertEquals(35.67, c.lat(), 0.02);
        assertEquals(139.48, c.lng(), 0.03);
    }

    @Test
    void knownPlacesFallInTheirMunicipalities() {
        assertEquals("府中市", tokyo.at(35.669764, 139.477636).orElseThrow().name());   // 宮西町二丁目
        assertEquals("新宿区", tokyo.at(35.689634, 139.692101).orElseThrow().name());   // 東京都庁
        assertEquals("調布市", tokyo.at(35.652, 139.5415).orElseThrow().name());        // 調布駅
        assertTrue(tokyo.at(35.4437, 139.6380).isEmpty(), "横浜 is not in Tokyo");
    }

    @Test
    void prefecturesWithoutDataDrawNothing() {
        assertTrue(BoundaryRegistry.bundled().prefecture("27").isEmpty());
        assertEquals(List.of(), BoundaryRegistry.bundled().within(new GeoMath.Box(34.60, 34.75, 135.40, 135.60)));
        List<Municipality> west = BoundaryRegistry.bundled().within(GeoMath.box(35.669764, 139.477636, 3));
        assertTrue(west.stream().map(Municipality::name).toList().containsAll(List.of("府中市", "国分寺市", "国立市")),
                west.toString());
    }

    @Test
    void theIndexCoversEveryBundledMunicipality() {
        BoundaryRegistry.Entry e = BoundaryRegistry.bundled().entries().get(0);
        assertEquals("東京都", e.name());
        for (Municipality m : tokyo.municipalities()) {
            assertTrue(m.box().minLat() >= e.box().minLat() && m.box().maxLat() <= e.box().maxLat()
                    && m.box().minLng() >= e.box().minLng() && m.box().maxLng() <= e.box().maxLng(), m.toString());
        }
    }
}
