package org.renkei.dataimport.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One searchable town of a municipality while the gazetteer is built: a 大字・町丁目, a 大字 plus
 * 小字, or a synthetic 町 grouping its 丁目 (宮西町 for 宮西町一丁目…五丁目) when the data has no such row.
 */
final class TownEntry {

    private static final Pattern CHOME_KEY = Pattern.compile("^(.*\\D)\\d+丁目$");
    private static final Pattern CHOME_NAME = Pattern.compile("^(.*?)[0-9〇一二三四五六七八九十百千]+丁目$");

    final String key;
    final String name;
    /** Micro-degrees, {@link Towns#NO_POINT} when unknown. */
    int lat = Towns.NO_POINT;
    int lng = Towns.NO_POINT;
    /** True for 大字・町丁目 rows (not 小字, not synthetic groups): these define the representative point. */
    final boolean primary;
    private double sumLat;
    private double sumLng;
    private int count;

    private TownEntry(String key, String name, boolean primary) {
        this.key = key;
        this.name = name;
        this.primary = primary;
    }

    boolean hasPoint() {
        return lat != Towns.NO_POINT;
    }

    private void accumulate(int la, int ln) {
        if (la != Towns.NO_POINT && ln != Towns.NO_POINT) {
            sumLat += la;
            sumLng += ln;
            count++;
        }
    }

    private void pointFromAccumulated() {
        if (!hasPoint() && count > 0) {
            lat = (int) Math.round(sumLat / count);
            lng = (int) Math.round(sumLng / count);
        }
    }

    /**
     * The representative point of a municipality: the town point nearest to the mean of its
     * 大字・町丁目 points, so that it is always a real place (not the sea between islands).
     */
    static int[] representative(List<TownEntry> entries) {
        double sLat = 0;
        double sLng = 0;
        int n = 0;
        for (TownEntry e : entries) {
            if (e.primary && e.hasPoint()) {
                sLat += e.lat;
                sLng += e.lng;
                n++;
            }
        }
        if (n == 0) {
            return new int[] {Towns.NO_POINT, Towns.NO_POINT};
        }
        double mLat = sLat / n;
        double mLng = sLng / n;
        double cos = Math.cos(Math.toRadians(mLat / 1e6));
        TownEntry best = null;
        double bestD = Double.MAX_VALUE;
        for (TownEntry e : entries) {
            if (e.primary && e.hasPoint()) {
                double dy = e.lat - mLat;
                double dx = (e.lng - mLng) * cos;
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = e;
                }
            }
        }
        return new int[] {best.lat, best.lng};
    }

    /** Collects the rows of one municipality into entries. */
    static final class Builder {
        private final Map<String, TownEntry> byKey = new LinkedHashMap<>();

        void add(String town, String koaza, int la, int ln) {
            String key = AddressKeys.key(town);
            TownEntry entry = byKey.computeIfAbsent(key, k -> new TownEntry(k, town, true));
            if (koaza.isEmpty()) {
                if (!entry.hasPoint() && la != Towns.NO_POINT && ln != Towns.NO_POINT) {
                    entry.lat = la;
                    entry.lng = ln;
                }
                return;
            }
            entry.accumulate(la, ln);
            String subKey = key + AddressKeys.key(koaza);
            TownEntry sub = byKey.computeIfAbsent(subKey, k -> new TownEntry(k, town + koaza, false));
            if (!sub.hasPoint()) {
                sub.lat = la;
                sub.lng = ln;
            }
        }

        List<TownEntry> build() {
            byKey.values().forEach(TownEntry::pointFromAccumulated);
            Map<String, TownEntry> groups = new LinkedHashMap<>();
            for (TownEntry e : byKey.values()) {
                Matcher k = CHOME_KEY.matcher(e.key);
                Matcher n = CHOME_NAME.matcher(e.name);
                if (e.primary && e.key.endsWith("丁目") && k.matches() && n.matches() && !byKey.containsKey(k.group(1))) {
                    groups.computeIfAbsent(k.group(1), g -> new TownEntry(g, n.group(1), false))
                            .accumulate(e.lat, e.lng);
                }
            }
            groups.values().forEach(TownEntry::pointFromAccumulated);
            List<TownEntry> all = new ArrayList<>(byKey.values());
            all.addAll(groups.values());
            all.sort(Comparator.comparing(e -> e.key));
            return all;
        }
    }
}
