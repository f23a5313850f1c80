package org.renkei.app.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {
    @Test
    void reservedCharactersAndSpacesBecomeOneUnderscore() {
        assertEquals("医療法人社団_府中会_府中内科_クリニック", FileNames.safe("医療法人社団　府中会/府中内科:クリニック"));
        assertEquals("a_b_c", FileNames.safe(" a\\b*?\"<>|c. "));
        assertEquals("tab_line", FileNames.safe("tab\tline\n"));
    }

    @Test
    void emptyOrOnlyReservedBecomesAPlaceholder() {
        assertEquals("facility", FileNames.safe(""));
        assertEquals("facility", FileNames.safe(null));
        assertEquals("facility", FileNames.safe("../.."));
    }

    @Test
    void longNamesAreCutByCodePointsNotInsideASurrogatePair() {
        String name = "𠮷".repeat(70);
        String safe = FileNames.safe(name);
        assertEquals(60, safe.codePointCount(0, safe.length()));
        assertEquals("𠮷".repeat(60), safe);
    }

    @Test
    void decomposedKanaIsComposed() {
        assertEquals("ガ", FileNames.safe("カ\u3099"));
    }
}
