package org.renkei.dataimport.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the town gazetteer CSV ({@code 都道府県名,市区町村名,大字町丁目名,小字・通称名,緯度,経度}, header
 * optional) and builds a {@link Gazetteer}.
 */
final class GazetteerLoader {

    private static final Pattern GUN = Pattern.compile("^(.+?郡)(.+[町村])$");
    private static final Pattern WARD = Pattern.compile("^(.+?市)(.+区)$");

    private final Map<String, Integer> prefectureIndex = new LinkedHashMap<>();
    private final Map<String, MunicipalityRows> municipalities = new LinkedHashMap<>();

    static Gazetteer load(BufferedReader in, MunicipalityCodes codes) throws IOException {
        GazetteerLoader loader = new GazetteerLoader();
        String line;
        while ((line = in.readLine()) != null) {
            loader.addLine(line);
        }
        return loader.build(codes);
    }

    private void addLine(String line) {
        int c1 = line.indexOf(',');
        int c2 = line.indexOf(',', c1 + 1);
        int c3 = line.indexOf(',', c2 + 1);
        int c4 = line.indexOf(',', c3 + 1);
        int c5 = line.indexOf(',', c4 + 1);
        if (c1 < 0 || c2 < 0 || c3 < 0 || c4 < 0 || c5 < 0 || line.startsWith("都道府県名")) {
            return;
        }
        MunicipalityRows rows = municipalities.get(line.substring(0, c2));
        if (rows == null) {
            String prefecture = line.substring(0, c1);
            int p = prefectureIndex.computeIfAbsent(prefecture, k -> prefectureIndex.size());
            rows = new MunicipalityRows(p, line.substring(c1 + 1, c2));
            municipalities.put(line.substring(0, c2), rows);
        }
        rows.add(line.substring(c2 + 1, c3), line.substring(c3 + 1, c4),
                parse(line, c4 + 1, c5), parse(line, c5 + 1, line.length()));
    }

    private static float parse(String line, int from, int to) {
        if (from >= to) {
            return Float.NaN;
        }
        try {
            return Float.parseFloat(line.substring(from, to).trim());
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }

    private Gazetteer build(MunicipalityCodes codes) {
        int m = municipalities.size();
        String[] prefectures = prefectureIndex.keySet().toArray(new String[0]);
        int[] muniPrefecture = new int[m];
        String[] muniName = new String[m];
        String[] muniCode = new String[m];
        float[] muniLat = new float[m];
        float[] muniLng = new float[m];
        int[] townFrom = new int[m];
        int[] townTo = new int[m];
        int[] townMaxKeyLength = new int[m];
        List<TownEntry> towns = new ArrayList<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        Map<String, String> cityNames = new HashMap<>();
        int i = 0;
        for (MunicipalityRows rows : municipalities.values()) {
            muniPrefecture[i] = rows.prefecture;
            muniName[i] = rows.name;
            muniCode[i] = codes.codeOf(prefectures[rows.prefecture], rows.name);
            List<TownEntry> entries = rows.entries();
            float[] point = TownEntry.representative(entries);
            muniLat[i] = point[0];
            muniLng[i] = point[1];
            townFrom[i] = towns.size();
            for (TownEntry e : entries) {
                townMaxKeyLength[i] = Math.max(townMaxKeyLength[i], e.key.length());
            }
            towns.addAll(entries);
            townTo[i] = towns.size();
            addKeys(byKey, cityNames, rows.name, i);
            i++;
        }
        int n = towns.size();
        String[] townKey = new String[n];
        String[] townName = new String[n];
        float[] townLat = new float[n];
        float[] townLng = new float[n];
        for (int t = 0; t < n; t++) {
            TownEntry e = towns.get(t);
            townKey[t] = e.key;
            townName[t] = e.name;
            townLat[t] = e.lat;
            townLng[t] = e.lng;
        }
        Map<String, int[]> municipalitiesByKey = new HashMap<>();
        byKey.forEach((k, v) -> municipalitiesByKey.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return new Gazetteer(prefectures, muniPrefecture, muniName, muniCode, muniLat, muniLng,
                townFrom, townTo, townMaxKeyLength, townKey, townName, townLat, townLng,
                municipalitiesByKey, cityNames);
    }

    private static void addKeys(Map<String, List<Integer>> byKey, Map<String, String> cityNames,
                                String name, int muni) {
        byKey.computeIfAbsent(AddressKeys.key(name), k -> new ArrayList<>()).add(muni);
        Matcher gun = GUN.matcher(name);
        if (gun.matches()) {
            byKey.computeIfAbsent(AddressKeys.key(gun.group(2)), k -> new ArrayList<>()).add(muni);
        }
        Matcher ward = WARD.matcher(name);
        if (ward.matches()) {
            String cityKey = AddressKeys.key(ward.group(1));
            byKey.computeIfAbsent(cityKey, k -> new ArrayList<>()).add(muni);
            cityNames.put(cityKey, ward.group(1));
        }
    }

    /** The raw rows of one municipality, kept until the gazetteer is built. */
    private static final class MunicipalityRows {
        final int prefecture;
        final String name;
        final List<String> towns = new ArrayList<>();
        final List<String> koaza = new ArrayList<>();
        float[] lat = new float[16];
        float[] lng = new float[16];

        MunicipalityRows(int prefecture, String name) {
            this.prefecture = prefecture;
            this.name = name;
        }

        void add(String town, String sub, float la, float ln) {
            int n = towns.size();
            if (n == lat.length) {
                lat = java.util.Arrays.copyOf(lat, n * 2);
                lng = java.util.Arrays.copyOf(lng, n * 2);
            }
            towns.add(town);
            koaza.add(sub);
            lat[n] = la;
            lng[n] = ln;
        }

        List<TownEntry> entries() {
            TownEntry.Builder builder = new TownEntry.Builder();
            for (int r = 0; r < towns.size(); r++) {
                builder.add(towns.get(r), koaza.get(r), lat[r], lng[r]);
            }
            return builder.build();
        }
    }
}
