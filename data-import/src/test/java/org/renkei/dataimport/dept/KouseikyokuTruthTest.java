package org.renkei.dataimport.dept;

import org.junit.jupiter.api.Test;
import org.renkei.dataimport.testutil.TestData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The synthetic 厚生局 layout sample's ground truth: every raw department cell value (abbreviation or full
 * name) must resolve to exactly the canonical name the truth gives.
 */
class KouseikyokuTruthTest {
    private static final Pattern RAW = Pattern.compile("\"departments_raw\": \\[(.*?)]");
    private static final Pattern CANONICAL = Pattern.compile("\"departments\": \\[(.*?)]");
    private static final Pattern CELL = Pattern.compile("\"departments_cell\": \\[(.*?)]");

    @Test
    void everyAbbreviationInTheTruthResolvesAsTheTruthSays() throws IOException {
        DepartmentVocabulary v = DepartmentVocabulary.bundled();
        Map<String, String> implied = new LinkedHashMap<>();
        int institutions = 0;
        for (String line : Files.readAllLines(TestData.path("kouseikyoku_layout_sample.truth.jsonl"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            institutions++;
            List<String> raw = strings(RAW, line);
            List<String> canonical = strings(CANONICAL, line);
            assertEquals(raw.size(), canonical.size(), line);
            List<String> fromCells = new ArrayList<>();
            strings(CELL, line).forEach(c -> fromCells.addAll(List.of(c.trim().split("\\s+"))));
            assertEquals(raw, fromCells, "cells split on whitespace give the raw labels");
            for (int i = 0; i < raw.size(); i++) {
                String old = implied.put(raw.get(i), canonical.get(i));
                assertTrue(old == null || old.equals(canonical.get(i)), "truth is consistent for " + raw.get(i));
            }
        }
        assertEquals(60, institutions);
        assertTrue(implied.size() >= 25, "abbreviations seen: " + implied.keySet());
        implied.forEach((label, expected) -> assertEquals(expected,
                v.resolve(label).map(Department::name).orElse("<unknown>"), "label " + label));
    }

    private static List<String> strings(Pattern p, String line) {
        Matcher m = p.matcher(line);
        assertTrue(m.find(), p.pattern());
        List<String> out = new ArrayList<>();
        Matcher s = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(m.group(1));
        while (s.find()) {
            out.add(s.group(1).replace("\\n", "\n"));
        }
        return out;
    }
}
