package org.renkei.dataimport.dept;

import org.junit.jupiter.api.Test;
import org.renkei.dataimport.testutil.TestData;
import org.renkei.dataimport.testutil.Truth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The synthetic 厚生局 layout sample's ground truth: every raw department cell value (abbreviation or full
 * name) must resolve to exactly the canonical name the truth gives.
 */
class KouseikyokuTruthTest {
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
            List<String> raw = Truth.strings(line, "departments_raw");
            List<String> canonical = Truth.strings(line, "departments");
            assertEquals(raw.size(), canonical.size(), line);
            List<String> fromCells = new ArrayList<>();
            Truth.strings(line, "departments_cell").forEach(c -> fromCells.addAll(List.of(c.trim().split("\\s+"))));
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
}
