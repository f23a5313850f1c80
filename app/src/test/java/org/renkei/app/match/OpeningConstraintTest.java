package org.renkei.app.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

/** Opening constraints (sat, sun, evening) per department, with known and unknown hours. */
class OpeningConstraintTest {

    static OpeningHours h(ServiceDay d, String start, String end) {
        return new OpeningHours(d, 1, LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void flagsComeFromStoredHours() {
        DeptOpening weekdays = DeptOpening.fromHours(List.of(h(ServiceDay.MON, "09:00", "12:00"),
                h(ServiceDay.TUE, "14:00", "18:00")));
        assertEquals(new DeptOpening(true, false, false, false), weekdays);
        DeptOpening rich = DeptOpening.fromHours(List.of(h(ServiceDay.WED, "15:00", "19:30"),
                h(ServiceDay.SAT, "09:00", "13:00"), h(ServiceDay.SUN, "10:00", "12:00")));
        assertEquals(new DeptOpening(true, true, true, true), rich);
        DeptOpening satEvening = DeptOpening.fromHours(List.of(h(ServiceDay.SAT, "15:00", "20:00")));
        assertFalse(satEvening.evening(), "evening means a weekday");
        assertEquals(DeptOpening.UNKNOWN, DeptOpening.fromHours(List.of()));
        assertTrue(DeptOpening.fromHours(List.of(h(ServiceDay.FRI, "20:00", "02:00"))).evening());
    }

    @Test
    void unknownHoursSatisfyOnlyNoConstraint() {
        assertTrue(DeptOpening.UNKNOWN.satisfies(Set.of()));
        for (Opening o : Opening.values()) {
            assertFalse(DeptOpening.UNKNOWN.satisfies(Set.of(o)), o.code());
        }
    }

    @Test
    void eachOpeningConstraintFiltersPerDepartment() {
        DeptOpening none = new DeptOpening(true, false, false, false);
        Map<Opening, DeptOpening> ok = Map.of(Opening.SAT, new DeptOpening(true, true, false, false),
                Opening.SUN, new DeptOpening(true, false, true, false),
                Opening.EVENING, new DeptOpening(true, false, false, true));
        for (Opening o : Opening.values()) {
            MatchFacility near = facility("NEAR", 1, Map.of("内科", none, "眼科", ok.get(o)));
            MatchFacility unknown = facility("UNK", 0.5, MatchFacility.unknownHours(List.of("内科")));
            MatchFacility far = facility("FAR", 3, Map.of("内科", ok.get(o)));
            MatchIndex index = MatchIndex.build(List.of(near, unknown, far));
            MatchRequest req = MatcherTest.need("内科", "眼科").open(Set.of(o)).build();
            Plan p = Matcher.match(index, req).plans().get(0);
            assertEquals(List.of("NEAR", "FAR"), MatcherTest.ids(p), o.code());
            assertEquals(List.of("眼科"), p.members().get(0).covers(), "NEAR's 内科 is closed then");
            MatchRequest free = MatcherTest.need("内科", "眼科").build();
            assertEquals(List.of("NEAR"), MatcherTest.ids(Matcher.match(index, free).plans().get(0)));
        }
    }

    private static MatchFacility facility(String id, double km, Map<String, DeptOpening> depts) {
        return new MatchFacility(id, id, "", "", MatcherTest.north(km), MatcherTest.LNG, depts, true, true, true, 0);
    }
}
