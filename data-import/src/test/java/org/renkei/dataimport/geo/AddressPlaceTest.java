package org.renkei.dataimport.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The place keys the linker compares: the same place written two ways gives the same keys. */
class AddressPlaceTest {
    private static final Geocoder G = Geocoder.bundled();

    @Test
    void bureauAndNaviiSpellingsOfOneAddressAgree() {
        // 浜田病院 as the 厚生局 list and ナビイ write it
        AddressPlace bureau = G.place("東京都千代田区神田駿河台二丁目５番地");
        AddressPlace navii = G.place("東京都千代田区神田駿河台２－５－１");
        assertEquals(new AddressPlace("13101", "神田駿河台二丁目", "5", Precision.TOWN), bureau);
        assertEquals(bureau, navii);
    }

    @Test
    void aNumberWithoutChomeAndKanjiNumeralsAgree() {
        assertEquals(G.place("東京都八王子市館町２２３２－８"), G.place("東京都八王子市館町二千二百三十二番地八"));
        assertEquals("2232", G.place("東京都八王子市館町２２３２番地８").block());
    }

    @Test
    void anotherBlockOrTownDiffers() {
        AddressPlace a = G.place("東京都中央区明石町９番１号");
        AddressPlace b = G.place("東京都中央区明石町８番１号 聖路加タワー３、４、５階");
        assertTrue(a.found());
        assertEquals(a.municipalityCode(), b.municipalityCode());
        assertEquals(a.town(), b.town());
        assertNotEquals(a.block(), b.block());
        assertEquals("", G.place("東京都西多摩郡日の出町大久野").block());
    }

    @Test
    void anUnknownAddressHasNoPlace() {
        AddressPlace none = G.place("どこでもない場所");
        assertFalse(none.found());
        assertEquals(AddressPlace.none(), none);
    }
}
