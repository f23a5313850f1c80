package org.renkei.dataimport.geo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Prints load time, heap held by the gazetteer and geocodes per second over the real Tokyo hospital
 * addresses. Run: {@code mvn -pl data-import test-compile exec:java} is not wired; run from the IDE or
 * with {@code java -cp data-import/target/classes:data-import/target/test-classes:<slf4j-api.jar>
 * org.renkei.dataimport.geo.GeocoderBenchmark [geocodes]}. Figures only; nothing is asserted.
 */
public final class GeocoderBenchmark {

    private GeocoderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Runtime rt = Runtime.getRuntime();
        long heapBefore = usedHeap(rt);
        long t0 = System.nanoTime();
        Geocoder first = load();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long heapAfter = usedHeap(rt);
        System.out.printf("cold load: %d ms, %d municipalities, %d rows, retained heap ~%d MB%n",
                loadMs, first.municipalityCount(), first.rowCount(), (heapAfter - heapBefore) >> 20);
        long tAll = System.nanoTime();
        first.loadAllTowns();
        long allMs = (System.nanoTime() - tAll) / 1_000_000;
        System.out.printf("parse all towns (cold): %d ms, retained heap after ~%d MB%n",
                allMs, (usedHeap(rt) - heapBefore) >> 20);
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            load();
            System.out.printf("warm load %d: %d ms%n", i + 1, (System.nanoTime() - t) / 1_000_000);
        }
        List<HospitalAddresses.Row> rows = HospitalAddresses.all();
        run(first, rows, total / 10);
        long t = System.nanoTime();
        int found = run(first, rows, total);
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("%d geocodes in %.2f s: %.0f geocodes/s (%d found; first() kept alive: %s)%n",
                total, s, total / s, found, first != null);
    }

    private static Geocoder load() throws IOException {
        try (InputStream towns = Geocoder.class.getResourceAsStream(Geocoder.GAZETTEER_RESOURCE);
             InputStream codes = Geocoder.class.getResourceAsStream(Geocoder.CODES_RESOURCE)) {
            return Geocoder.read(new GZIPInputStream(towns, 1 << 16), codes);
        }
    }

    private static int run(Geocoder g, List<HospitalAddresses.Row> rows, int n) {
        int found = 0;
        for (int i = 0; i < n; i++) {
            if (g.geocode(rows.get(i % rows.size()).address()).found()) {
                found++;
            }
        }
        return found;
    }

    private static long usedHeap(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
