package org.renkei.app.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The 30 public SYNTHETIC Tokyo cases against the independent oracle's answers. */
class PublicCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static MatchIndex index;

    @BeforeAll
    static void buildIndex() {
        index = MatchIndex.build(Fixtures.tokyoFacilities());
    }

    static Stream<String> cases() {
        return Fixtures.lines("cases.jsonl").stream();
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("cases")
    void matchesOracle(String line) throws Exception {
        JsonNode c = JSON.readTree(line);
        JsonNode in = c.get("case");
        JsonNode expected = c.get("expected");
        Set<Requirement> req = EnumSet.noneOf(Requirement.class);
        in.get("require").forEach(r -> req.add(Requirement.fromCode(r.asText())));
        MatchRequest request = MatchRequest.builder(in.get("lat").asDouble(), in.get("lng").asDouble(),
                texts(in.get("dept"))).keep(texts(in.get("keep"))).maxKm(in.get("km").asDouble())
                .require(req).top(1).build();

        MatchResult r = Matcher.match(index, request);

        String id = c.get("case_id").asText();
        int count = expected.get("count").asInt();
        assertEquals(count, r.best().map(Plan::count).orElse(0), id + " count");
        double total = r.best().map(Plan::totalKm).orElse(0.0);
        assertEquals(expected.get("total_km_exact").asDouble(), total, 0.002, id + " total km");
        assertEquals(uncoveredDepts(expected.get("uncovered")), new TreeSet<>(r.uncovered().stream()
                .map(Uncovered::dept).toList()), id + " uncovered");
        for (JsonNode u : expected.get("uncovered")) {
            Uncovered mine = r.uncovered().stream().filter(x -> x.dept().equals(u.get("dept").asText()))
                    .findFirst().orElseThrow();
            if (u.get("nearest_km").isNull()) {
                assertNull(mine.nearestKm(), id);
            } else {
                assertEquals(u.get("nearest_km").asDouble(), mine.nearestKm(), 0.002, id + " nearest km");
                assertEquals(u.get("nearest_id").asText(), mine.nearest().id(), id + " nearest id");
            }
        }
    }

    @Test
    void batchLinesGiveTheSameAnswers() throws Exception {
        List<String> batch = Fixtures.lines("cases_batch.jsonl");
        List<String> full = Fixtures.lines("cases.jsonl");
        assertEquals(30, batch.size());
        for (int i = 0; i < batch.size(); i++) {
            BatchCase bc = MatchJson.parseCase(batch.get(i));
            assertTrue(bc.hasCoordinates());
            MatchResult r = Matcher.match(index, bc.toRequest(bc.lat(), bc.lng()));
            JsonNode out = JSON.readTree(MatchJson.writeBatchLine(bc.id(), r, bc.lat(), bc.lng(), null));
            JsonNode expected = JSON.readTree(full.get(i)).get("expected");
            assertEquals(bc.id(), out.fieldNames().next().equals("id") ? out.get("id").asText() : null);
            int count = out.get("plans").isEmpty() ? 0 : out.get("plans").get(0).get("count").asInt();
            assertEquals(expected.get("count").asInt(), count, bc.id());
            double total = out.get("plans").isEmpty() ? 0 : out.get("plans").get(0).get("total_km").asDouble();
            assertEquals(expected.get("total_km_exact").asDouble(), total, 0.002, bc.id());
        }
    }

    private static List<String> texts(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> uncoveredDepts(JsonNode arr) {
        Set<String> out = new TreeSet<>();
        arr.forEach(n -> out.add(n.get("dept").asText()));
        return out;
    }
}
