package org.renkei.app.ui.casework;

import org.junit.jupiter.api.Test;
import org.renkei.app.domain.Facility;
import org.renkei.app.match.MatchRequest;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.renkei.app.ui.testing.Facilities.facility;

/** The index is built on demand, once, and again only after an invalidation. */
class IndexedCaseMatcherTest {
    private final List<Facility> stored = new ArrayList<>(List.of(facility(1, "宮西内科", 35.671, 139.479, "内科")));
    private int loads;
    private final IndexedCaseMatcher matcher = new IndexedCaseMatcher(() -> {
        loads++;
        return List.copyOf(stored);
    }, java.util.Map::of, () -> null);

    @Test
    void nothingIsLoadedUntilNeededAndThenOnlyOnce() {
        assertEquals(0, loads, "creating the matcher loads nothing");
        matcher.prepare();
        matcher.prepare();
        assertEquals(1, loads);
        assertEquals(1, matcher.match(request()).result().plans().size());
        assertEquals(1, loads, "matching uses the prepared index");
    }

    @Test
    void theFirstMatchBuildsTheIndexItself() {
        assertEquals(1, matcher.match(request()).result().plans().size());
        assertEquals(1, loads);
    }

    @Test
    void anInvalidatedIndexIsRebuiltFromTheStoreWhenNextNeeded() {
        matcher.prepare();
        stored.add(facility(2, "府中内科", 35.672, 139.480, "内科"));
        matcher.invalidate();
        assertEquals(1, loads, "invalidating does not load");
        assertEquals(2, matcher.match(request()).result().plans().size());
        assertEquals(2, loads);
        matcher.prepare();
        assertEquals(2, loads);
    }

    private static MatchRequest request() {
        return MatchRequest.builder(35.67, 139.478, List.of("内科")).build();
    }
}
