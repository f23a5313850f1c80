package org.renkei.app.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The grid index: candidate boxes never miss, nearest search finds the true nearest. */
class MatchIndexTest {

    @Test
    void rejectsDuplicateIds() {
        List<MatchFacility> fs = List.of(Fixtures.at("A", 35, 139, "内科"), Fixtures.at("A", 36, 139, "眼科"));
        assertThrows(IllegalArgumentException.class, () -> MatchIndex.build(fs));
    }

    @Test
    void rangeAndNearestAgreeWithAScan() {
        Random rnd = new Random(7);
        List<MatchFacility> fs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            double lat = 24 + rnd.nextDouble() * 22;
            double lng = 123 + rnd.nextDouble() * 23;
            fs.add(Fixtures.at("F" + i, lat, lng, i % 3 == 0 ? "眼科" : "内科"));
        }
        MatchIndex index = MatchIndex.build(fs);
        for (int q = 0; q < 200; q++) {
            double lat = 24 + rnd.nextDouble() * 22;
            double lng = 123 + rnd.nextDouble() * 23;
            double km = 1 + rnd.nextDouble() * 80;
            Set<Integer> got = new java.util.HashSet<>();
            index.forEachNear("眼科", lat, lng, km, i -> got.add(i));
            int nearest = -1;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < fs.size(); i++) {
                MatchFacility f = fs.get(i);
                if (!f.departments().containsKey("眼科")) {
                    continue;
                }
                double d = BruteForceMatcher.km(lat, lng, f.lat(), f.lng());
                if (d <= km && !got.contains(i)) {
                    throw new AssertionError("missed " + f.id() + " at " + d + " km");
                }
                if (d < best) {
                    best = d;
                    nearest = i;
                }
            }
            assertEquals(nearest, index.nearest("眼科", lat, lng, 10, i -> true));
        }
        assertEquals(-1, index.nearest("放射線科", 35, 139, 10, i -> true));
        assertEquals(-1, index.nearest("内科", 35, 139, 10, i -> false));
    }
}
