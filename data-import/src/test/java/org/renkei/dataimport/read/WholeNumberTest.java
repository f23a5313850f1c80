package org.renkei.dataimport.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one whole-number rule of the ナビイ and the municipal readers. */
class WholeNumberTest {
    @Test
    void plainNumbersWithCommasOrFullWidthDigits() {
        assertEquals(new WholeNumber.Parsed(1234, null), WholeNumber.parse("1,234", "病床数"));
        assertEquals(new WholeNumber.Parsed(12, null), WholeNumber.parse(" １２ ", "病床数"));
        assertEquals(new WholeNumber.Parsed(0, null), WholeNumber.parse("0", "病床数"));
        assertEquals(new WholeNumber.Parsed(null, null), WholeNumber.parse("", "病床数"));
        assertEquals(new WholeNumber.Parsed(null, null), WholeNumber.parse(null, "病床数"));
    }

    @Test
    void aBracketedBreakdownIsDroppedWithAProblem() {
        WholeNumber.Parsed p = WholeNumber.parse("12 (3)", "病床数");
        assertEquals(12, p.value());
        assertEquals("病床数「12 (3)」の括弧内は取り込みません（12 とします）。", p.problem());
        assertEquals(40, WholeNumber.parse("40（一般40）", "病床数").value());
    }

    @Test
    void negativeTextAndHugeNumbersAreProblems() {
        for (String bad : new String[] {"-5", "八四八", "1234567", "12床"}) {
            WholeNumber.Parsed p = WholeNumber.parse(bad, "合計病床数");
            assertNull(p.value(), bad);
            assertEquals("合計病床数「" + bad + "」を数値として読めません（空欄として取り込みます）。", p.problem());
        }
        assertTrue(WholeNumber.parse("−5", "病床数").problem().contains("読めません"));
    }
}
