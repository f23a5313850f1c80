package org.renkei.app.export.map;

import org.renkei.app.domain.GeoMath;
import org.renkei.dataimport.geo.Geocoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Town names (大字・町, without 丁目) with a representative point, for orientation on the map: the patient knows
 * 「美好町」 even without streets. Built from the nationwide gazetteer the geocoder already bundles (Geolonia
 * 住所データ, CC BY 4.0): each town's point is the mean of its 丁目 points. Loaded once, on first use.
 */
public final class TownNames {
    /** The geocoder's gazetteer, next to its class in data-import. */
    static final String RESOURCE = "japan_towns_geolonia.csv.gz";
    private static final Logger LOG = LoggerFactory.getLogger(TownNames.class);
    private static final Pattern CHOME = Pattern.compile("[0-9０-９〇一二三四五六七八九十]+丁目$");
    private static volatile TownNames bundled;

    /** One town: its name and point. */
    public record Town(String name, double lat, double lng) {
    }

    private final Town[] byLat;

    private TownNames(List<Town> towns) {
        this.byLat = towns.toArray(Town[]::new);
        Arrays.sort(byLat, Comparator.comparingDouble(Town::lat));
    }

    public static TownNames bundled() {
        TownNames t = bundled;
        if (t == null) {
            synchronized (TownNames.class) {
                t = bundled;
                if (t == null) {
                    long t0 = System.nanoTime();
                    try (InputStream raw = Geocoder.class.getResourceAsStream(RESOURCE)) {
                        if (raw == null) {
                            throw new IOException("missing gazetteer resource " + RESOURCE);
                        }
                        t = read(new GZIPInputStream(raw, 1 << 16));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    LOG.info("town names loaded: {} in {} ms", t.size(), (System.nanoTime() - t0) / 1_000_000);
                    bundled = t;
                }
            }
        }
        return t;
    }

    /** Reads {@code 都道府県名,市区町村名,大字町丁目名,小字・通称名,緯度,経度} rows (header optional). */
    public static TownNames read(InputStream csv) throws IOException {
        Map<String, double[]> sums = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16);
        String line;
        String[] f = new String[6];
        while ((line = r.readLine()) != null) {
            if (!fields(line, f) || f[4].isEmpty() || f[5].isEmpty() || f[2].isEmpty() || f[0].equals("都道府県名")) {
                continue;
            }
            String town = f[2].endsWith("丁目") ? CHOME.matcher(f[2]).replaceFirst("") : f[2];
            if (town.isEmpty()) {
                continue;
            }
            double[] s = sums.computeIfAbsent(f[0] + "," + f[1] + "," + town, k -> new double[3]);
            s[0] += Double.parseDouble(f[4]);
            s[1] += Double.parseDouble(f[5]);
            s[2]++;
        }
        List<Town> towns = new ArrayList<>(sums.size());
        sums.forEach((key, s) -> towns.add(new Town(key.substring(key.lastIndexOf(',') + 1).intern(),
                s[0] / s[2], s[1] / s[2])));
        return new TownNames(towns);
    }

    /** Splits the first six comma-separated fields into {@code out}; false when the line has fewer. */
    private static boolean fields(String line, String[] out) {
        int from = 0;
        for (int i = 0; i < out.length; i++) {
            int comma = line.indexOf(',', from);
            if (comma < 0) {
                if (i != out.length - 1) {
                    return false;
                }
                comma = line.length();
            }
            out[i] = line.substring(from, comma);
            from = comma + 1;
        }
        return true;
    }

    public int size() {
        return byLat.length;
    }

    /** Towns whose point lies in the box. */
    public List<Town> within(GeoMath.Box box) {
        int lo = 0;
        int hi = byLat.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byLat[mid].lat() < box.minLat()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Town> out = new ArrayList<>();
        for (int i = lo; i < byLat.length && byLat[i].lat() <= box.maxLat(); i++) {
            Town t = byLat[i];
            if (t.lng() >= box.minLng() && t.lng() <= box.maxLng()) {
                out.add(t);
            }
        }
        return out;
    }
}
