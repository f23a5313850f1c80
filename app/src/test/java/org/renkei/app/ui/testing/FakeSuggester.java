package org.renkei.app.ui.testing;

import org.renkei.app.ui.fields.DepartmentSuggester;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny vocabulary: matches name or reading (hiragana; katakana input is folded). */
public final class FakeSuggester implements DepartmentSuggester {
    private final Map<String, String> readings = new LinkedHashMap<>();

    public FakeSuggester() {
        readings.put("内科", "ないか");
        readings.put("皮膚科", "ひふか");
        readings.put("整形外科", "せいけいげか");
        readings.put("眼科", "がんか");
        readings.put("小児科", "しょうにか");
        readings.put("皮膚泌尿器科", "ひふひにょうきか");
    }

    @Override
    public List<String> suggest(String typed, int limit) {
        String t = hiragana(Normalizer.normalize(typed, Normalizer.Form.NFKC));
        return readings.entrySet().stream()
                .filter(e -> e.getKey().contains(t) || e.getValue().contains(t))
                .map(Map.Entry::getKey).limit(limit).toList();
    }

    private static String hiragana(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return sb.toString();
    }
}
