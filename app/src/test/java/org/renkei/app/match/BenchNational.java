package org.renkei.app.match;

import org.renkei.app.domain.GeoMath;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * SYNTHETIC national facility set for the benchmark: fictional clinics at random real town points
 * (Geolonia, CC BY 4.0) with ≤ 250 m jitter, departments drawn from the Tokyo seed-1 distribution.
 */
final class BenchNational {
    final List<double[]> towns = new ArrayList<>();
    private final String[] depts;
    private final double[] deptWeights;
    private final int[] perClinic;
    private final double[] perClinicWeights;

    BenchNational(Path shared) throws IOException {
        Path gz = shared.resolve("geo/japan_towns_geolonia.csv.gz");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                String[] c = l.split(",", -1);
                if (c.length == 6 && !c[4].isEmpty() && !c[5].isEmpty()) {
                    towns.add(new double[] {Double.parseDouble(c[4]), Double.parseDouble(c[5])});
                }
            }
        }
        JsonNode info = new ObjectMapper().readTree(shared.resolve("synthetic/tokyo_seed1/generation_info.json").toFile());
        Map<String, Double> dw = weights(info.get("departments"));
        depts = dw.keySet().toArray(new String[0]);
        deptWeights = dw.values().stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, Double> pw = weights(info.get("departments_per_clinic"));
        perClinic = pw.keySet().stream().mapToInt(Integer::parseInt).toArray();
        perClinicWeights = pw.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    List<MatchFacility> facilities(int n, long seed) {
        Random rnd = new Random(seed);
        List<MatchFacility> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] p = jitter(towns.get(rnd.nextInt(towns.size())), rnd);
            int k = perClinic[pick(perClinicWeights, rnd)];
            Map<String, DeptOpening> ds = new LinkedHashMap<>();
            for (String d : sampleDepartments(k, rnd)) {
                ds.put(d, rnd.nextInt(5) == 0 ? DeptOpening.UNKNOWN
                        : new DeptOpening(true, rnd.nextInt(10) < 6, rnd.nextInt(20) == 0, rnd.nextInt(4) == 0));
            }
            out.add(new MatchFacility(String.format("SYN%07d", i), "SYNTHETIC クリニック" + i, "", "", p[0], p[1], ds,
                    rnd.nextInt(100) < 15, rnd.nextInt(100) < 85, rnd.nextInt(100) < 55, 0));
        }
        return out;
    }

    List<MatchRequest> cases(int n, long seed) {
        Random rnd = new Random(seed);
        List<MatchRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] p = jitter(towns.get(rnd.nextInt(towns.size())), rnd);
            List<String> need = sampleDepartments(2 + rnd.nextInt(4), rnd);
            Set<Requirement> req = EnumSet.noneOf(Requirement.class);
            if (rnd.nextInt(10) < 3) {
                req.add(Requirement.values()[rnd.nextInt(3)]);
            }
            Set<Opening> open = EnumSet.noneOf(Opening.class);
            if (rnd.nextInt(10) == 0) {
                open.add(Opening.values()[rnd.nextInt(3)]);
            }
            out.add(MatchRequest.builder(p[0], p[1], need).maxKm(2 + rnd.nextDouble() * 8).require(req).open(open)
                    .top(3).build());
        }
        return out;
    }

    private List<String> sampleDepartments(int k, Random rnd) {
        double[] w = deptWeights.clone();
        List<String> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            int d = pick(w, rnd);
            out.add(depts[d]);
            w[d] = 0;
        }
        return out;
    }

    private static double[] jitter(double[] town, Random rnd) {
        double r = 0.250 * Math.sqrt(rnd.nextDouble());
        double a = rnd.nextDouble() * 2 * Math.PI;
        double dLat = Math.toDegrees(r * Math.cos(a) / GeoMath.EARTH_RADIUS_KM);
        double dLng = Math.toDegrees(r * Math.sin(a) / GeoMath.EARTH_RADIUS_KM) / Math.cos(Math.toRadians(town[0]));
        return new double[] {town[0] + dLat, town[1] + dLng};
    }

    private static int pick(double[] w, Random rnd) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double t = rnd.nextDouble() * sum;
        for (int i = 0; i < w.length; i++) {
            t -= w[i];
            if (t < 0 && w[i] > 0) {
                return i;
            }
        }
        for (int i = w.length - 1; ; i--) {
            if (w[i] > 0) {
                return i;
            }
        }
    }

    private static Map<String, Double> weights(JsonNode obj) {
        Map<String, Double> m = new LinkedHashMap<>();
        obj.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asDouble()));
        return m;
    }
}
