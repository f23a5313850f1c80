package org.renkei.dataimport.geo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the town gazetteer CSV ({@code 都道府県名,市区町村名,大字町丁目名,小字・通称名,緯度,経度}, UTF-8,
 * header optional) and builds a {@link Gazetteer}. Only the municipality columns are decoded here;
 * each municipality keeps its raw lines for {@link Towns#parse(byte[])} on first use.
 */
final class GazetteerLoader {

    private static final Pattern GUN = Pattern.compile("^(.+?郡)(.+[町村])$");
    private static final Pattern WARD = Pattern.compile("^(.+?市)(.+区)$");
    private static final byte[] HEADER = "都道府県名".getBytes(StandardCharsets.UTF_8);

    private final Map<String, Integer> prefectureIndex = new LinkedHashMap<>();
    /** "都道府県名,市区町村名" to the lines of that municipality. */
    private final Map<String, ByteArrayOutputStream> lines = new LinkedHashMap<>();
    private int rowCount;

    private GazetteerLoader() {
    }

    static Gazetteer load(InputStream csv, MunicipalityCodes codes) throws IOException {
        GazetteerLoader loader = new GazetteerLoader();
        loader.scan(csv.readAllBytes());
        return loader.build(codes);
    }

    /** Splits the file into lines and groups them by the bytes before the second comma. */
    private void scan(byte[] data) {
        boolean bom = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB
                && (data[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        boolean firstLine = true;
        byte[] currentKey = null;
        ByteArrayOutputStream current = null;
        while (start < data.length) {
            int end = start;
            int secondComma = -1;
            int commas = 0;
            while (end < data.length && data[end] != '\n') {
                if (data[end] == ',' && ++commas == 2) {
                    secondComma = end;
                }
                end++;
            }
            int lineEnd = end > start && data[end - 1] == '\r' ? end - 1 : end;
            boolean header = firstLine && isHeader(data, start);
            firstLine = false;
            if (secondComma > 0 && !header) {
                if (currentKey == null || !sameBytes(currentKey, data, start, secondComma)) {
                    currentKey = java.util.Arrays.copyOfRange(data, start, secondComma);
                    String key = new String(currentKey, StandardCharsets.UTF_8);
                    current = lines.computeIfAbsent(key, k -> new ByteArrayOutputStream(4096));
                }
                current.write(data, start, lineEnd - start);
                current.write('\n');
                rowCount++;
            }
            start = end + 1;
        }
    }

    private static boolean isHeader(byte[] data, int start) {
        return sameBytes(HEADER, data, start, Math.min(data.length, start + HEADER.length));
    }

    private static boolean sameBytes(byte[] key, byte[] data, int from, int to) {
        if (to - from != key.length) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != data[from + i]) {
                return false;
            }
        }
        return true;
    }

    private Gazetteer build(MunicipalityCodes codes) {
        int m = lines.size();
        int[] muniPrefecture = new int[m];
        String[] muniName = new String[m];
        String[] muniCode = new String[m];
        byte[][] raw = new byte[m][];
        Map<String, List<Integer>> byKey = new HashMap<>();
        Map<String, String> cityNames = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, ByteArrayOutputStream> e : lines.entrySet()) {
            String[] names = e.getKey().split(",", 2);
            String prefecture = names[0].startsWith("\uFEFF") ? names[0].substring(1) : names[0];
            muniPrefecture[i] = prefectureIndex.computeIfAbsent(prefecture, k -> prefectureIndex.size());
            muniName[i] = names[1];
            muniCode[i] = codes.codeOf(prefecture, names[1]);
            raw[i] = e.getValue().toByteArray();
            addKeys(byKey, cityNames, names[1], i);
            i++;
        }
        lines.clear();
        Map<String, int[]> municipalitiesByKey = new HashMap<>();
        byKey.forEach((k, v) -> municipalitiesByKey.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        String[] prefectures = prefectureIndex.keySet().toArray(new String[0]);
        return new Gazetteer(prefectures, muniPrefecture, muniName, muniCode, raw, rowCount,
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
}
