package org.renkei.app.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.renkei.dataimport.geo.Precision;

/** The {@code match --json} document and batch case lines. */
class MatchJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesTheProductDocument() throws Exception {
        List<MatchFacility> fs = List.of(MatcherTest.f("A", 0.8234567, "内科", "皮膚科"), MatcherTest.f("B", 2, "内科"));
        MatchResult r = MatcherTest.match(fs, MatcherTest.need("内科", "皮膚科", "眼科"));
        JsonNode doc = JSON.readTree(MatchJson.write(r, 35.0, 139.0, Precision.TOWN));

        assertEquals(List.of("origin", "plans", "uncovered", "explanation", "elapsed_ms"), names(doc));
        assertEquals("town", doc.get("origin").get("precision").asText());
        JsonNode plan = doc.get("plans").get(0);
        assertEquals(List.of("facilities", "count", "total_km"), names(plan));
        JsonNode a = plan.get("facilities").get(0);
        assertEquals(List.of("id", "name", "address", "covers", "km", "preference", "reasons"), names(a));
        assertEquals(0.0, a.get("preference").asDouble(), 0, "given directly, no profile");
        assertEquals("[]", a.get("reasons").toString());
        assertEquals("A", a.get("id").asText());
        assertEquals(0.823, a.get("km").asDouble(), 0);
        assertEquals("[\"内科\",\"皮膚科\"]", a.get("covers").toString());
        assertEquals(1, plan.get("count").asInt());
        assertEquals(0.823, plan.get("total_km").asDouble(), 0);
        JsonNode u = doc.get("uncovered").get(0);
        assertEquals("眼科", u.get("dept").asText());
        assertTrue(u.get("nearest_km").isNull());
        assertTrue(u.get("nearest_id").isNull());
        assertTrue(doc.get("elapsed_ms").isNumber());
    }

    @Test
    void batchLineStartsWithTheId() throws Exception {
        MatchResult r = MatcherTest.match(List.of(MatcherTest.f("A", 1, "内科")), MatcherTest.need("内科"));
        JsonNode doc = JSON.readTree(MatchJson.writeBatchLine("c1", r, 35.0, 139.0, Precision.SOURCE));
        assertEquals("id", doc.fieldNames().next());
        assertEquals("c1", doc.get("id").asText());
        assertFalse(MatchJson.writeBatchLine("c1", r, 35, 139, null).contains("\n"));
    }

    @Test
    void parsesACaseLine() {
        BatchCase c = MatchJson.parseCase("{\"id\":\"c1\",\"lat\":35.66,\"lng\":139.48,\"dept\":[\"内科\",\"皮膚科\"],"
                + "\"keep\":[],\"km\":5,\"require\":[\"accepting\"],\"open\":[\"sat\"],\"top\":3}");
        assertEquals("c1", c.id());
        assertTrue(c.hasCoordinates());
        assertEquals(List.of("内科", "皮膚科"), c.dept());
        assertEquals(Set.of(Requirement.ACCEPTING), c.require());
        assertEquals(Set.of(Opening.SAT), c.open());
        MatchRequest req = c.toRequest(c.lat(), c.lng());
        assertEquals(5, req.maxKm());
        assertEquals(3, req.top());
        assertFalse(req.allowSubDepartment());
    }

    @Test
    void parsesAnAddressCaseWithDefaults() {
        BatchCase c = MatchJson.parseCase("{\"id\":\"c2\",\"address\":\"東京都調布市小島町二丁目\",\"dept\":[\"眼科\"],"
                + "\"require\":[\"home-visit\",\"barrier_free\"]}");
        assertFalse(c.hasCoordinates());
        assertEquals("東京都調布市小島町二丁目", c.address());
        assertNull(c.km());
        MatchRequest req = c.toRequest(35.65, 139.54, (a, n) -> false);
        assertEquals(MatchRequest.DEFAULT_KM, req.maxKm());
        assertEquals(MatchRequest.DEFAULT_TOP, req.top());
        assertTrue(req.allowSubDepartment());
        assertEquals(Set.of(Requirement.HOME_VISIT, Requirement.BARRIER_FREE), req.require());
    }

    @Test
    void rejectsBadLines() {
        assertThrows(IllegalArgumentException.class, () -> MatchJson.parseCase("{not json"));
        assertThrows(IllegalArgumentException.class, () -> MatchJson.parseCase("[1]"));
        assertThrows(IllegalArgumentException.class, () -> MatchJson.parseCase("{\"dept\":[\"内科\"]}"));
        assertThrows(IllegalArgumentException.class, () -> MatchJson.parseCase("{\"lat\":35,\"lng\":139}"));
        assertThrows(IllegalArgumentException.class,
                () -> MatchJson.parseCase("{\"lat\":35,\"lng\":139,\"dept\":[\"内科\"],\"open\":[\"mon\"]}"));
        assertThrows(IllegalArgumentException.class,
                () -> MatchJson.parseCase("{\"lat\":\"x\",\"lng\":139,\"dept\":[\"内科\"]}"));
        assertThrows(IllegalArgumentException.class,
                () -> MatchJson.parseCase("{\"lat\":35,\"lng\":139,\"dept\":[\"内科\",null]}"));
        assertThrows(IllegalArgumentException.class,
                () -> MatchJson.parseCase("{\"lat\":35,\"lng\":139,\"dept\":[\"内科\"],\"top\":2.9}"));
        assertEquals(List.of("内科"),
                MatchJson.parseCase("{\"lat\":35,\"lng\":139,\"dept\":[\"内科\",\" \"]}").dept());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
