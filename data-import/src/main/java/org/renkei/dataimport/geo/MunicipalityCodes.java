package org.renkei.dataimport.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * 5-digit 市区町村コード by prefecture and municipality name, read from the N03 code list
 * ({@code 市区町村コード,都道府県名,支庁・振興局名,郡・政令市名,市区町村名}). The 郡 or 政令市 name is part of
 * the municipality name as the gazetteer spells it (西多摩郡瑞穂町, 札幌市中央区); a 支庁 is not (八丈町).
 */
final class MunicipalityCodes {

    private final Map<String, String> codes = new HashMap<>();

    static MunicipalityCodes empty() {
        return new MunicipalityCodes();
    }

    static MunicipalityCodes read(BufferedReader in) throws IOException {
        MunicipalityCodes result = new MunicipalityCodes();
        String line = in.readLine();
        if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        boolean header = line != null && !line.isEmpty() && !Character.isDigit(line.charAt(0));
        if (line != null && !header) {
            result.add(line);
        }
        while ((line = in.readLine()) != null) {
            result.add(line);
        }
        return result;
    }

    private void add(String line) {
        String[] f = line.split(",", -1);
        if (f.length < 5 || f[0].length() != 5) {
            return;
        }
        String parent = f[3].endsWith("支庁") ? "" : f[3];
        codes.putIfAbsent(lookupKey(f[1], parent + f[4]), f[0]);
    }

    /** The code of a municipality as the gazetteer names it, or empty when unknown. */
    String codeOf(String prefecture, String municipality) {
        return codes.getOrDefault(lookupKey(prefecture, municipality), "");
    }

    private static String lookupKey(String prefecture, String municipality) {
        return prefecture + "|" + AddressKeys.key(municipality);
    }
}
