package org.renkei.dataimport.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the longest 都道府県 + 市区町村 + 大字・町丁目 match of an address key in a {@link Gazetteer}.
 * Every municipality whose name (or alias) starts the text is tried; the candidate with the most
 * matched characters wins. Equal candidates in different municipalities are ambiguous: they resolve
 * to the 政令市 when all are its wards, and otherwise to no result.
 */
final class AddressMatcher {

    /** Characters that may precede the municipality without being part of it (東京都八丈島八丈町). */
    private static final int MAX_SKIP = 5;

    private static final String[] STREET_DIRECTIONS = {"上る", "下る", "入る", "上ル", "下ル", "入ル"};

    private final Gazetteer g;
    private final String[] prefectureKeys;

    AddressMatcher(Gazetteer gazetteer) {
        this.g = gazetteer;
        this.prefectureKeys = new String[g.prefectures.length];
        for (int p = 0; p < prefectureKeys.length; p++) {
            prefectureKeys[p] = AddressKeys.key(g.prefectures[p]);
        }
    }

    GeocodeResult match(String address) {
        return locate(address).result();
    }

    /** A geocode result with the address key left over after the matched town (the house number part). */
    record Located(GeocodeResult result, String rest) {
    }

    Located locate(String address) {
        String key = AddressKeys.key(address);
        if (key.isEmpty()) {
            return new Located(GeocodeResult.none(), "");
        }
        int prefecture = -1;
        int start = 0;
        for (int p = 0; p < prefectureKeys.length; p++) {
            if (key.startsWith(prefectureKeys[p])) {
                prefecture = p;
                start = prefectureKeys[p].length();
                break;
            }
        }
        Candidates best = new Candidates();
        tryMunicipalities(key, start, prefecture, best);
        for (int s = start + 1; s <= Math.min(start + MAX_SKIP, key.length() - 1); s++) {
            if (key.charAt(s - 1) == '島' || key.startsWith("支庁", s - 2) || key.startsWith("振興局", s - 3)) {
                tryMunicipalities(key, s, prefecture, best);
            }
        }
        return best.resolve();
    }

    private void tryMunicipalities(String key, int start, int prefecture, Candidates best) {
        int maxLen = Math.min(g.maxMunicipalityKeyLength, key.length() - start);
        for (int len = maxLen; len > 0; len--) {
            String name = key.substring(start, start + len);
            int[] ids = g.municipalitiesByKey.get(name);
            if (ids == null) {
                continue;
            }
            String rest = AddressKeys.chomeForm(key.substring(start + len));
            String city = g.cityNames.get(name);
            for (int id : ids) {
                if (prefecture >= 0 && g.muniPrefecture[id] != prefecture) {
                    continue;
                }
                Towns towns = g.towns(id);
                int town = towns.longest(rest);
                int townStart = 0;
                if (town < 0) {
                    townStart = streetDirectionsEnd(rest);
                    town = townStart < 0 ? -1 : towns.longest(rest.substring(townStart));
                }
                int townLen = town < 0 ? 0 : towns.key[town].length();
                String after = town < 0 ? rest : rest.substring(townStart + townLen);
                best.offer(new Candidate(id, town, start + len + townLen, city, after));
            }
        }
    }

    /** Kyoto style 寺町通三条上る天性寺前町: the town follows the street directions; where they end, or -1. */
    private static int streetDirectionsEnd(String rest) {
        int at = -1;
        for (String marker : STREET_DIRECTIONS) {
            at = Math.max(at, rest.lastIndexOf(marker));
        }
        return at < 0 ? -1 : at + 2;
    }

    private record Candidate(int muni, int town, int score, String city, String rest) {
    }

    /** The best-scoring candidates seen so far. */
    private final class Candidates {
        private final List<Candidate> best = new ArrayList<>();

        void offer(Candidate c) {
            if (best.isEmpty()) {
                best.add(c);
                return;
            }
            Candidate top = best.get(0);
            boolean better = c.score > top.score || (c.score == top.score && c.town >= 0 && top.town < 0);
            if (better) {
                best.clear();
                best.add(c);
            } else if (c.score == top.score && (c.town >= 0) == (top.town >= 0)) {
                for (Candidate b : best) {
                    if (b.muni == c.muni && b.town == c.town) {
                        return;
                    }
                }
                best.add(c);
            }
        }

        Located resolve() {
            if (best.isEmpty()) {
                return new Located(GeocodeResult.none(), "");
            }
            if (best.size() == 1) {
                GeocodeResult r = result(best.get(0));
                return new Located(r, r.found() ? best.get(0).rest : "");
            }
            String city = best.get(0).city;
            for (Candidate c : best) {
                if (c.city == null || !c.city.equals(city) || c.town >= 0) {
                    return new Located(GeocodeResult.none(), "");
                }
            }
            GeocodeResult r = cityResult(city);
            return new Located(r, r.found() ? best.get(0).rest : "");
        }

        private GeocodeResult cityResult(String city) {
            double lat = 0;
            double lng = 0;
            int n = 0;
            for (Candidate c : best) {
                Towns towns = g.towns(c.muni);
                if (towns.representativeLat != Towns.NO_POINT) {
                    lat += towns.representativeLat;
                    lng += towns.representativeLng;
                    n++;
                }
            }
            if (n == 0) {
                return GeocodeResult.none();
            }
            String prefecture = g.prefectureOf(best.get(0).muni);
            return new GeocodeResult(round(lat / n / 1e6), round(lng / n / 1e6), Precision.MUNICIPALITY,
                    prefecture + city, prefecture, city, "", "");
        }
    }

    private GeocodeResult result(Candidate c) {
        String prefecture = g.prefectureOf(c.muni);
        String muni = g.muniName[c.muni];
        String code = g.muniCode[c.muni];
        Towns towns = g.towns(c.muni);
        if (c.town >= 0 && towns.lat[c.town] != Towns.NO_POINT) {
            String town = towns.name[c.town];
            return new GeocodeResult(Towns.degrees(towns.lat[c.town]), Towns.degrees(towns.lng[c.town]), Precision.TOWN,
                    prefecture + muni + town, prefecture, muni, town, code);
        }
        if (towns.representativeLat == Towns.NO_POINT) {
            return GeocodeResult.none();
        }
        return new GeocodeResult(Towns.degrees(towns.representativeLat), Towns.degrees(towns.representativeLng), Precision.MUNICIPALITY,
                prefecture + muni, prefecture, muni, "", code);
    }

    /** Rounded to the gazetteer's 6 decimals (about 0.1 m). */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
