package org.renkei.dataimport.geo;

import java.util.Arrays;
import java.util.Map;

/**
 * The in-memory town gazetteer: municipalities with their representative points, and per
 * municipality a key-sorted slice of town entries. Built by {@link GazetteerLoader}; immutable
 * and safe to share between threads.
 */
final class Gazetteer {

    /** Prefecture names, as written (東京都, 北海道 …). */
    final String[] prefectures;
    /** Per municipality: index into {@link #prefectures}, name, code, representative point. */
    final int[] muniPrefecture;
    final String[] muniName;
    final String[] muniCode;
    final float[] muniLat;
    final float[] muniLng;
    /** Per municipality: the slice [townFrom, townTo) of the town arrays, sorted by key. */
    final int[] townFrom;
    final int[] townTo;
    final int[] townMaxKeyLength;
    /** Per town entry: lookup key, display name (大字町丁目名 plus 小字 when present), point (NaN if none). */
    final String[] townKey;
    final String[] townName;
    final float[] townLat;
    final float[] townLng;
    /** Municipality keys and aliases (郡 omitted, 政令市 without its ward) to municipality indexes. */
    final Map<String, int[]> municipalitiesByKey;
    /** Alias keys that name a 政令市 as a whole, to the city's name. */
    final Map<String, String> cityNames;
    final int maxMunicipalityKeyLength;

    Gazetteer(String[] prefectures, int[] muniPrefecture, String[] muniName, String[] muniCode,
              float[] muniLat, float[] muniLng, int[] townFrom, int[] townTo, int[] townMaxKeyLength,
              String[] townKey, String[] townName, float[] townLat, float[] townLng,
              Map<String, int[]> municipalitiesByKey, Map<String, String> cityNames) {
        this.prefectures = prefectures;
        this.muniPrefecture = muniPrefecture;
        this.muniName = muniName;
        this.muniCode = muniCode;
        this.muniLat = muniLat;
        this.muniLng = muniLng;
        this.townFrom = townFrom;
        this.townTo = townTo;
        this.townMaxKeyLength = townMaxKeyLength;
        this.townKey = townKey;
        this.townName = townName;
        this.townLat = townLat;
        this.townLng = townLng;
        this.municipalitiesByKey = municipalitiesByKey;
        this.cityNames = cityNames;
        this.maxMunicipalityKeyLength = municipalitiesByKey.keySet().stream()
                .mapToInt(String::length).max().orElse(0);
    }

    int municipalityCount() {
        return muniName.length;
    }

    int townCount() {
        return townKey.length;
    }

    String prefectureOf(int muni) {
        return prefectures[muniPrefecture[muni]];
    }

    /** The town entry of {@code muni} whose key is the longest prefix of {@code rest}, or -1. */
    int longestTown(int muni, String rest) {
        int from = townFrom[muni];
        int to = townTo[muni];
        for (int len = Math.min(townMaxKeyLength[muni], rest.length()); len > 0; len--) {
            int i = Arrays.binarySearch(townKey, from, to, rest.substring(0, len));
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }
}
