package org.renkei.app.match;

import org.renkei.app.domain.GeoMath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import com.google.ortools.sat.BoolVar;

/**
 * Reference solver for the benchmark: OR-Tools CP-SAT on the same candidates (same eligibility and limit),
 * minimising count * BIG + total distance in millimetres. Best plan only.
 */
final class BenchCpSat {
    record Answer(int count, double totalKm, int candidates) {
    }

    private static final long BIG = 1_000_000_000L;

    static void load() {
        Loader.loadNativeLibraries();
    }

    static Answer solve(MatchIndex index, MatchRequest req) {
        Eligibility el = new Eligibility(index, req);
        List<String> needed = req.needed();
        Map<Integer, int[]> masks = new HashMap<>();
        for (int bit = 0; bit < needed.size(); bit++) {
            int flag = 1 << bit;
            String dept = needed.get(bit);
            for (String key : el.keys(dept)) {
                index.forEachNear(key, req.lat(), req.lng(), req.maxKm(), i -> {
                    if (el.eligible(i, key, dept) && km(index, req, i) <= req.maxKm()) {
                        masks.computeIfAbsent(i, x -> new int[1])[0] |= flag;
                    }
                });
            }
        }
        if (masks.isEmpty()) {
            return new Answer(0, 0, 0);
        }
        CpModel model = new CpModel();
        List<Integer> ids = new ArrayList<>(masks.keySet());
        BoolVar[] x = new BoolVar[ids.size()];
        long[] cost = new long[ids.size()];
        for (int j = 0; j < ids.size(); j++) {
            x[j] = model.newBoolVar("x" + j);
            cost[j] = BIG + Math.round(km(index, req, ids.get(j)) * 1e6);
        }
        for (int bit = 0; bit < needed.size(); bit++) {
            List<Literal> cover = new ArrayList<>();
            for (int j = 0; j < ids.size(); j++) {
                if ((masks.get(ids.get(j))[0] & (1 << bit)) != 0) {
                    cover.add(x[j]);
                }
            }
            if (!cover.isEmpty()) {
                model.addBoolOr(cover.toArray(new Literal[0]));
            }
        }
        model.minimize(LinearExpr.weightedSum(x, cost));
        CpSolver solver = new CpSolver();
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL) {
            throw new IllegalStateException("CP-SAT status " + status);
        }
        int count = 0;
        double total = 0;
        for (int j = 0; j < ids.size(); j++) {
            if (solver.booleanValue(x[j])) {
                count++;
                total += km(index, req, ids.get(j));
            }
        }
        return new Answer(count, total, ids.size());
    }

    private static double km(MatchIndex index, MatchRequest req, int i) {
        MatchFacility f = index.facility(i);
        return GeoMath.km(req.lat(), req.lng(), f.lat(), f.lng());
    }
}
