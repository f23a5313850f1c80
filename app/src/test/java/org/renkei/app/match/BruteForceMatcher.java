package org.renkei.app.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Test oracle: every subset of the eligible candidates, no index, no pruning. */
final class BruteForceMatcher {
    record Answer(List<List<String>> plans, List<Long> units, List<Double> totalKm, List<Long> pref,
                  Map<String, Double> uncovered) {
    }

    private record Cand(MatchFacility f, double km, int mask) {
    }

    private record Scored(List<String> ids, int count, long units, long pref, double km) {
    }

    private BruteForceMatcher() {
    }

    static double km(double lat1, double lng1, double lat2, double lng2) {
        double r = 6371.0088;
        double a = Math.pow(Math.sin(Math.toRadians(lat2 - lat1) / 2), 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(Math.toRadians(lng2 - lng1) / 2), 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    static boolean eligible(MatchFacility f, String dept, MatchRequest req) {
        for (Map.Entry<String, DeptOpening> e : f.departments().entrySet()) {
            boolean covers = e.getKey().equals(dept)
                    || req.allowSubDepartment() && req.isAncestor().test(dept, e.getKey());
            if (covers && e.getValue().satisfies(req.open()) && capable(f, e.getKey(), dept, req)) {
                return true;
            }
        }
        return false;
    }

    /** Every required tag (old codes as their tags) on the facility, on the offered or needed department, or a column. */
    private static boolean capable(MatchFacility f, String offered, String needed, MatchRequest req) {
        Set<String> all = new HashSet<>(req.requireTags());
        req.require().forEach(r -> all.add(r.tag()));
        for (String t : all) {
            FacilityProfile p = f.profile();
            boolean ok = p.tags().contains(t)
                    || p.departmentTags().getOrDefault(offered, Set.of()).contains(t)
                    || p.departmentTags().getOrDefault(needed, Set.of()).contains(t)
                    || t.equals("訪問診療") && Boolean.TRUE.equals(f.homeVisit())
                    || t.equals("バリアフリー") && Boolean.TRUE.equals(f.barrierFree())
                    || t.equals("新患受付中") && Boolean.TRUE.equals(f.acceptingNew());
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static Answer solve(List<MatchFacility> all, MatchRequest req) {
        List<String> needed = req.needed();
        List<Cand> cands = new ArrayList<>();
        Map<String, Double> uncovered = new TreeMap<>();
        int union = 0;
        for (MatchFacility f : all) {
            double d = km(req.lat(), req.lng(), f.lat(), f.lng());
            int mask = 0;
            for (int i = 0; i < needed.size(); i++) {
                mask |= eligible(f, needed.get(i), req) ? 1 << i : 0;
            }
            if (mask != 0 && d <= req.maxKm()) {
                cands.add(new Cand(f, d, mask));
                union |= mask;
            }
        }
        for (int i = 0; i < needed.size(); i++) {
            if ((union & (1 << i)) == 0) {
                double best = Double.NaN;
                for (MatchFacility f : all) {
                    if (eligible(f, needed.get(i), req)) {
                        double d = km(req.lat(), req.lng(), f.lat(), f.lng());
                        best = Double.isNaN(best) ? d : Math.min(best, d);
                    }
                }
                uncovered.put(needed.get(i), Double.isNaN(best) ? null : best);
            }
        }
        List<Scored> plans = new ArrayList<>();
        if (union != 0) {
            enumerate(cands, union, 0, new int[Integer.bitCount(union)], 0, plans);
        }
        Comparator<Scored> byDistance = Comparator.comparingLong(Scored::units);
        Comparator<Scored> byPreference = Comparator.comparingLong(Scored::pref).reversed();
        plans.sort(Comparator.comparingInt(Scored::count)
                .thenComparing(req.preferenceFirst() ? byPreference : byDistance)
                .thenComparing(req.preferenceFirst() ? byDistance : byPreference)
                .thenComparing((a, b) -> Arrays.compare(a.ids().toArray(new String[0]), b.ids().toArray(new String[0]))));
        List<Scored> top = plans.subList(0, Math.min(req.top(), plans.size()));
        return new Answer(top.stream().map(Scored::ids).toList(), top.stream().map(Scored::units).toList(),
                top.stream().map(Scored::km).toList(), top.stream().map(Scored::pref).toList(), uncovered);
    }

    private static void enumerate(List<Cand> cands, int target, int from, int[] pick, int size, List<Scored> out) {
        if (size > 0) {
            score(cands, target, pick, size, out);
        }
        if (size == pick.length) {
            return;
        }
        for (int i = from; i < cands.size(); i++) {
            pick[size] = i;
            enumerate(cands, target, i + 1, pick, size + 1, out);
        }
    }

    private static void score(List<Cand> cands, int target, int[] pick, int size, List<Scored> out) {
        for (int i = 0; i < size; i++) {
            int others = 0;
            for (int j = 0; j < size; j++) {
                others |= i == j ? 0 : cands.get(pick[j]).mask();
            }
            if ((others & target) == target) {
                return; // redundant
            }
        }
        int all = 0;
        long units = 0;
        long pref = 0;
        double km = 0;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Cand c = cands.get(pick[i]);
            all |= c.mask();
            units += Math.round(c.km() * 1e12);
            pref += Math.round(c.f().preference() * 1e9);
            km += c.km();
            ids.add(c.f().id());
        }
        if ((all & target) == target) {
            ids.sort(null);
            out.add(new Scored(List.copyOf(ids), size, units, pref, km));
        }
    }
}
