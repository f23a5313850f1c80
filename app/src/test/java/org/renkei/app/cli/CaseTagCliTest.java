package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.renkei.app.store.TableSnapshot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code case create --json} with capability tags in {@code require}, then {@code case plan}, on the real sample. */
class CaseTagCliTest extends SampleCli {
    static final ObjectMapper MAPPER = new ObjectMapper();

    Path variant(String name, Consumer<ObjectNode> change) throws Exception {
        ObjectNode n = (ObjectNode) MAPPER.readTree(Files.readString(FUCHU));
        n.putArray("dept").add("内科");
        change.accept(n);
        Path f = tmp.resolve(name);
        Files.writeString(f, MAPPER.writeValueAsString(n), StandardCharsets.UTF_8);
        return f;
    }

    static String firstFacility(JsonNode plan, int i) {
        return plan.get("plans").get(i).get("facilities").get(0).get("id").asText();
    }

    @Test
    void aCaseRequiringATagIsPlannedToTheClinicThatHasIt() throws Exception {
        JsonNode plain = ok("case", "plan", "--case", create(variant("plain.json", n -> { })), "--top", "2", "--json")
                .json();
        String nearest = firstFacility(plain, 0);
        String second = firstFacility(plain, 1);
        ok("facility", "set", "--id", second, "--tag", "在宅酸素", "--by", "連携室 田中");

        String id = create(variant("oxygen.json", n -> n.putArray("require").add("在宅酸素").add("accepting")));
        JsonNode shown = ok("case", "show", "--case", id, "--json").json();
        assertEquals(List.of("在宅酸素", "accepting"), strings(shown.get("require")), "the old code kept as a code");
        assertEquals(List.of("在宅酸素", "新患受付中"), strings(shown.get("require_tags")), "every one as a tag name");
        assertTrue(ok("case", "show", "--case", id).out().contains("条件: 在宅酸素、新患受付中"));

        // accepting needs the imported column or the 新患受付中 tag: only the tag of the oxygen clinic is certain
        ok("facility", "set", "--id", second, "--tag", "新患受付中", "--by", "連携室 田中");
        JsonNode plan = ok("case", "plan", "--case", id, "--json").json();
        assertEquals(second, firstFacility(plan, 0), "the 在宅酸素 clinic, not the nearer " + nearest);
        assertEquals(1, plan.get("plans").size());
        assertEquals(second, ok("case", "show", "--case", id, "--json").json().get("destinations").get(0)
                .get("facility_id").asText(), "chosen as the case's destination");

        String again = create(variant("again.json", n -> n.put("require", "在宅酸素")));
        assertEquals(second, firstFacility(ok("case", "plan", "--case", again, "--json").json(), 0),
                "a comma list in one string works too");
    }

    @Test
    void anUnknownTagIsRefusedWithExit3AndNothingIsWritten() throws Exception {
        Path typo = variant("typo.json", n -> n.putArray("require").add("在宅酸索"));
        List<String> before = TableSnapshot.of(db);
        CliRun r = CliRun.run(db, "case", "create", "--json", typo.toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("条件「在宅酸索」は能力タグの語彙にありません。近いタグ: 在宅酸素。使える条件は home-visit, barrier-free, "
                + "accepting と語彙のタグです（facility tags で一覧）。", r.err().strip());
        assertEquals("", r.out());
        assertEquals(before, TableSnapshot.of(db), "nothing written");
    }

    private static List<String> strings(JsonNode array) {
        return MAPPER.convertValue(array, MAPPER.getTypeFactory().constructCollectionType(List.class, String.class));
    }
}
