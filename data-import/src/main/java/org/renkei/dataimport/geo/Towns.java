package org.renkei.dataimport.geo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The searchable towns of one municipality, sorted by key, with the municipality's representative
 * point. Parsed from that municipality's gazetteer lines on first use. Immutable.
 */
final class Towns {

    /** Marks a missing coordinate in the micro-degree arrays. */
    static final int NO_POINT = Integer.MIN_VALUE;

    final String[] key;
    final String[] name;
    /** Town points in micro-degrees (exactly the gazetteer's 6 decimals), or {@link #NO_POINT}. */
    final int[] lat;
    final int[] lng;
    final int representativeLat;
    final int representativeLng;
    private final int maxKeyLength;

    private Towns(List<TownEntry> entries) {
        int n = entries.size();
        key = new String[n];
        name = new String[n];
        lat = new int[n];
        lng = new int[n];
        int max = 0;
        for (int i = 0; i < n; i++) {
            TownEntry e = entries.get(i);
            key[i] = e.key;
            name[i] = e.name;
            lat[i] = e.lat;
            lng[i] = e.lng;
            max = Math.max(max, e.key.length());
        }
        maxKeyLength = max;
        int[] point = TownEntry.representative(entries);
        representativeLat = point[0];
        representativeLng = point[1];
    }

    /** Parses CSV lines {@code 都道府県名,市区町村名,大字町丁目名,小字・通称名,緯度,経度} of one municipality. */
    static Towns parse(byte[] utf8Lines) {
        String text = new String(utf8Lines, StandardCharsets.UTF_8);
        TownEntry.Builder builder = new TownEntry.Builder();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int c1 = text.indexOf(',', start);
            int c2 = text.indexOf(',', c1 + 1);
            int c3 = text.indexOf(',', c2 + 1);
            int c4 = text.indexOf(',', c3 + 1);
            int c5 = text.indexOf(',', c4 + 1);
            if (c5 > 0 && c5 < end) {
                builder.add(text.substring(c2 + 1, c3), text.substring(c3 + 1, c4),
                        parse(text, c4 + 1, c5), parse(text, c5 + 1, end));
            }
            start = end + 1;
        }
        return new Towns(builder.build());
    }

    private static int parse(String text, int from, int to) {
        String s = text.substring(from, to).trim();
        if (s.isEmpty()) {
            return NO_POINT;
        }
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) && Math.abs(v) <= 180 ? (int) Math.round(v * 1e6) : NO_POINT;
        } catch (NumberFormatException e) {
            return NO_POINT;
        }
    }

    static double degrees(int micro) {
        return micro / 1e6;
    }

    /** The town whose key is the longest prefix of {@code rest}, or -1. */
    int longest(String rest) {
        for (int len = Math.min(maxKeyLength, rest.length()); len > 0; len--) {
            int i = Arrays.binarySearch(key, rest.substring(0, len));
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }
}
