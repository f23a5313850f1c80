package org.renkei.app.ui.testing;

import org.renkei.app.ui.fields.DepartmentSuggester;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny vocabulary: matches part of a name or of its hiragana reading (the real folding is tested on the real one). */
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
        return readings.entrySet().stream()
                .filter(e -> e.getKey().contains(typed) || e.getValue().contains(typed))
                .map(Map.Entry::getKey).limit(limit).toList();
    }
}
