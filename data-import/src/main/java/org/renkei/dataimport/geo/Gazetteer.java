package org.renkei.dataimport.geo;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The in-memory town gazetteer: municipalities with names, codes and lookup keys (built at load),
 * and each municipality's {@link Towns}, parsed from its raw lines on first use so that loading
 * stays fast. Safe to share between threads.
 */
final class Gazetteer {

    /** Prefecture names, as written (東京都, 北海道 …). */
    final String[] prefectures;
    /** Per municipality: index into {@link #prefectures}, name as in the gazetteer, 5-digit code or empty. */
    final int[] muniPrefecture;
    final String[] muniName;
    final String[] muniCode;
    /** Municipality keys and aliases (郡 omitted, 政令市 without its ward) to municipality indexes. */
    final Map<String, int[]> municipalitiesByKey;
    /** Alias keys that name a 政令市 as a whole, to the city's name. */
    final Map<String, String> cityNames;
    final int maxMunicipalityKeyLength;
    final int rowCount;

    /** Raw UTF-8 lines per municipality until parsed; guarded by {@code this}. */
    private final byte[][] raw;
    private final AtomicReferenceArray<Towns> towns;

    Gazetteer(String[] prefectures, int[] muniPrefecture, String[] muniName, String[] muniCode,
              byte[][] raw, int rowCount, Map<String, int[]> municipalitiesByKey, Map<String, String> cityNames) {
        this.prefectures = prefectures;
        this.muniPrefecture = muniPrefecture;
        this.muniName = muniName;
        this.muniCode = muniCode;
        this.raw = raw;
        this.rowCount = rowCount;
        this.towns = new AtomicReferenceArray<>(raw.length);
        this.municipalitiesByKey = municipalitiesByKey;
        this.cityNames = cityNames;
        this.maxMunicipalityKeyLength = municipalitiesByKey.keySet().stream()
                .mapToInt(String::length).max().orElse(0);
    }

    int municipalityCount() {
        return muniName.length;
    }

    String prefectureOf(int muni) {
        return prefectures[muniPrefecture[muni]];
    }

    /** The towns of a municipality, parsed on first use. */
    Towns towns(int muni) {
        Towns t = towns.get(muni);
        if (t != null) {
            return t;
        }
        synchronized (this) {
            t = towns.get(muni);
            if (t == null) {
                t = Towns.parse(raw[muni]);
                towns.set(muni, t);
                raw[muni] = null;
            }
            return t;
        }
    }
}
