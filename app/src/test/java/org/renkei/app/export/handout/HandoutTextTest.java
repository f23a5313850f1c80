package org.renkei.app.export.handout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names, addresses and line wrapping as the handout prints them. */
class HandoutTextTest {
    @Test
    void corporationsAreSplitOffTheNamePatientsKnow() {
        assertEquals(new ClinicName("医療法人社団喜平会", "府中病院"), ClinicName.split("医療法人社団喜平会　府中病院"));
        assertEquals(new ClinicName("地方独立行政法人東京都立病院機構", "東京都立多摩総合医療センター"),
                ClinicName.split("地方独立行政法人東京都立病院機構　東京都立多摩総合医療センター"));
        assertEquals(new ClinicName("", "稲城市立病院"), ClinicName.split("稲城市立病院"));
        assertEquals(new ClinicName("", "宮西 皮膚科"), ClinicName.split("宮西 皮膚科"), "a space alone does not split");
    }

    @Test
    void addressDigitsPrintHalfWidth() {
        assertEquals("東京都府中市若松町2-7-20", HandoutBuilder.halfWidthDigits("東京都府中市若松町２－７－２０"));
        assertEquals("府中市美好町1-22", HandoutBuilder.halfWidthDigits("府中市美好町１ー２２"), "a long vowel mark after a digit");
        assertEquals("ケアセンター3", HandoutBuilder.halfWidthDigits("ケアセンター３"), "a long vowel mark in a word stays");
    }

    @Test
    void wrappedLinesFitAndKeepTimesAndPhoneNumbersWhole() {
        String hours = "月火水金 9:00-12:00 / 15:00-18:00、土 9:00-12:00、日祝 10:00-12:00 / 13:00-15:00";
        List<String> lines = TextMeasure.wrap(hours, 14, 250);
        assertTrue(lines.size() > 1);
        for (String l : lines) {
            assertTrue(TextMeasure.width(l, 14) <= 250 + 14, l);
        }
        assertEquals(hours.replace(" ", ""), String.join("", lines).replace(" ", ""));
        assertTrue(lines.stream().noneMatch(l -> l.endsWith(":") || l.startsWith(":")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("、")), "no line starts with a comma: " + lines);
    }
}
