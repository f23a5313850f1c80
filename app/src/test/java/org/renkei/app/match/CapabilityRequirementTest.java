package org.renkei.app.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.renkei.app.match.MatcherTest.f;
import static org.renkei.app.match.MatcherTest.ids;
import static org.renkei.app.match.MatcherTest.match;
import static org.renkei.app.match.MatcherTest.need;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Requirements by any capability tag: on the whole facility, on the covered department, or an imported column. */
class CapabilityRequirementTest {

    static MatchFacility tagged(MatchFacility f, Set<String> tags, Map<String, Set<String>> byDept) {
        return f.withAttributes(null, null, null).withProfile(new FacilityProfile(tags, byDept, null, 0, 0, 0, 0));
    }

    @Test
    void aDepartmentScopedTagCoversOnlyThatDepartment() {
        MatchFacility x = tagged(f("X", 1, "内科", "皮膚科"), Set.of(), Map.of("内科", Set.of("在宅酸素")));
        MatchFacility y = tagged(f("Y", 3, "皮膚科"), Set.of("在宅酸素"), Map.of());
        MatchResult r = match(List.of(x, y), need("内科", "皮膚科").requireTags(Set.of("在宅酸素")));
        Plan p = r.plans().get(0);
        assertEquals(List.of("X", "Y"), ids(p), "X cannot take 皮膚科 with 在宅酸素, so Y joins");
        assertEquals(List.of("内科"), p.members().get(0).covers());
        assertEquals(List.of("皮膚科"), p.members().get(1).covers());
        MatchResult without = match(List.of(x, y), need("内科", "皮膚科"));
        assertEquals(List.of("X"), ids(without.plans().get(0)));
    }

    @Test
    void everyRequiredTagMustHoldAndAMissingOneLeavesTheDepartmentUncovered() {
        MatchFacility x = tagged(f("X", 1, "内科"), Set.of("在宅酸素"), Map.of("内科", Set.of("訪問診療")));
        MatchFacility far = tagged(f("W", 9, "内科"), Set.of("在宅酸素", "訪問診療"), Map.of());
        MatchResult both = match(List.of(x, far), need("内科").requireTags(Set.of("在宅酸素", "訪問診療")));
        assertEquals(List.of("X"), ids(both.plans().get(0)), "one tag on the facility, one on the department");
        MatchResult three = match(List.of(x, far), need("内科").requireTags(Set.of("在宅酸素", "訪問診療", "胃ろう")));
        assertTrue(three.plans().isEmpty());
        assertEquals("内科", three.uncovered().get(0).dept());
        assertEquals(null, three.uncovered().get(0).nearest());
        MatchResult beyond = match(List.of(x, far), need("内科").requireTags(Set.of("在宅酸素", "訪問診療")).maxKm(0.5));
        assertEquals("X", beyond.uncovered().get(0).nearest().id(), "X is the nearest eligible beyond the limit");
        MatchResult oxygenBeyond = match(List.of(x, far), need("内科").requireTags(Set.of("訪問診療")).maxKm(0.5));
        assertEquals("X", oxygenBeyond.uncovered().get(0).nearest().id(), "its department tag counts beyond too");
        MatchResult skinOnly = match(List.of(tagged(f("S", 1, "皮膚科", "内科"), Set.of(), Map.of("皮膚科",
                Set.of("訪問診療"))), far), need("内科").requireTags(Set.of("訪問診療")).maxKm(0.5));
        assertEquals("W", skinOnly.uncovered().get(0).nearest().id(), "a 皮膚科 tag does not qualify its 内科");
    }

    @Test
    void theImportedColumnsAndTheirTagsAreInterchangeable() {
        MatchFacility column = f("C", 1, "内科").withAttributes(true, true, true);
        MatchFacility tag = tagged(f("T", 2, "内科"), Set.of("訪問診療", "バリアフリー", "新患受付中"), Map.of());
        MatchFacility none = tagged(f("N", 0.5, "内科"), Set.of("在宅酸素"), Map.of());
        List<MatchFacility> fs = List.of(column, tag, none);
        for (Requirement req : Requirement.values()) {
            MatchResult byCode = match(fs, need("内科").require(Set.of(req)).top(5));
            MatchResult byTag = match(fs, need("内科").requireTags(Set.of(req.tag())).top(5));
            assertEquals(List.of("C", "T"), byCode.plans().stream().map(p -> ids(p).get(0)).toList(), req.code());
            assertEquals(List.of("C", "T"), byTag.plans().stream().map(p -> ids(p).get(0)).toList(), req.tag());
        }
    }

    @Test
    void requireSpecSplitsOldCodesFromTagNames() {
        RequireSpec s = RequireSpec.parse(List.of("home-visit", " 在宅酸素 ", "accepting_new", "", "ＣＯＶＩＤ対応"));
        assertEquals(Set.of(Requirement.HOME_VISIT, Requirement.ACCEPTING), s.codes());
        assertEquals(Set.of("在宅酸素", "COVID対応"), s.tags());
        assertEquals(Set.of("訪問診療", "新患受付中", "在宅酸素", "COVID対応"), s.allTags());
        assertEquals(Requirement.BARRIER_FREE, Requirement.forTag("バリアフリー").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> need("内科").requireTags(Set.of(" ")).build());
    }
}
