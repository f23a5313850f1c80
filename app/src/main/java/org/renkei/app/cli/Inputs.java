package org.renkei.app.cli;

import org.renkei.dataimport.dept.Department;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.geo.Precision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns CLI text into checked values: departments and locations. Rejects with a Japanese reason. */
final class Inputs {
    private static final Pattern LAT_LNG = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

    private Inputs() {
    }

    /** Canonical names for department labels (full names, synonyms or abbreviations); unknown → rejected. */
    static List<String> departments(List<String> labels) {
        DepartmentVocabulary vocabulary = DepartmentVocabulary.bundled();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String raw : labels) {
            String label = raw.strip();
            if (label.isEmpty()) {
                continue;
            }
            Department d = vocabulary.resolve(label)
                    .orElseThrow(() -> new CliRejectedException("診療科「" + label + "」は辞書にありません。"));
            out.add(d.name());
        }
        return new ArrayList<>(out);
    }

    /** "LAT,LNG" or an address geocoded offline; an address that cannot be found is rejected. */
    static GeocodeResult location(String text) {
        Matcher m = LAT_LNG.matcher(text);
        if (m.matches()) {
            double lat = Double.parseDouble(m.group(1));
            double lng = Double.parseDouble(m.group(2));
            if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
                throw new CliRejectedException("緯度・経度「" + text + "」が範囲外です。");
            }
            return new GeocodeResult(lat, lng, Precision.SOURCE, "", "", "", "", "");
        }
        GeocodeResult g = Geocoder.bundled().geocode(text);
        if (!g.found()) {
            throw new CliRejectedException("住所「" + text + "」が見つかりません。");
        }
        return g;
    }
}
