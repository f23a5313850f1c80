package org.renkei.dataimport.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressKeysTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "二丁目, 2丁目",
            "２丁目, 2丁目",
            "十六丁目, 16丁目",
            "二十五番, 25番",
            "百二番地, 102番地",
            "千二百三十四, 1234",
            "一〇五, 105",
            "南一条西十六丁目, 南1条西16丁目",
            "南１条西１６丁目, 南1条西16丁目",
    })
    void kanjiNumeralsAndFullWidthDigitsBecomeDigits(String text, String key) {
        assertEquals(key, AddressKeys.key(text));
    }

    @Test
    void everyHyphenFormFolds() {
        String expected = "宮西町2-15-3";
        for (String dash : new String[] {"-", "－", "‐", "ー", "−", "ｰ", "—", "―", "の"}) {
            assertEquals(expected, AddressKeys.key("宮西町２" + dash + "１５" + dash + "３"), dash);
        }
    }

    @Test
    void katakanaLongVowelIsKeptOutsideNumbers() {
        assertEquals("センター1-2", AddressKeys.key("センター１ー２"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"旭ケ丘", "旭ヶ丘", "旭が丘", "旭ヵ丘", "旭ガ丘"})
    void keVariantsFold(String text) {
        assertEquals("旭ケ丘", AddressKeys.key(text));
    }

    @Test
    void noBetweenKanjiFoldsToKatakana() {
        assertEquals(AddressKeys.key("虎ノ門"), AddressKeys.key("虎の門"));
    }

    @Test
    void oldKanjiFormsFold() {
        assertEquals(AddressKeys.key("梼原町"), AddressKeys.key("檮原町"));
        assertEquals(AddressKeys.key("大沢"), AddressKeys.key("大澤"));
    }

    @Test
    void ooazaAndAzaPrefixesAreDropped() {
        assertEquals("当新田", AddressKeys.key("大字当新田"));
        assertEquals(AddressKeys.key("三根XYZ"), AddressKeys.key("三根字XYZ"));
    }

    @Test
    void spacesAndPostcodesAreDropped() {
        assertEquals("東京都調布市小島町2丁目", AddressKeys.key("〒182-0026 東京都 調布市　小島町 ２丁目"));
        assertEquals("東京都調布市", AddressKeys.key("〒１８２－００２６　東京都調布市"));
        assertEquals("東京都調布市", AddressKeys.key("1820026 東京都調布市"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "宮西町2-15-3, 宮西町2丁目15-3",
            "宮西町2, 宮西町2丁目",
            "宮西町2丁目15-3, 宮西町2丁目15-3",
            "南1条西16-291, 南1条西16丁目291",
            "2-15, 2-15",
            "明石町9番1号, 明石町9番1号",
    })
    void blockNumbersBecomeChome(String rest, String expected) {
        assertEquals(expected, AddressKeys.chomeForm(rest));
    }

    @Test
    void normalizeIsNfkcTrimmedWithSingleSpaces() {
        assertEquals("東京都調布市小島町2-48-1 ABCビル 3F",
                AddressKeys.normalize("　東京都調布市小島町２－４８－１　　ＡＢＣビル ３Ｆ "));
        assertEquals("ア", AddressKeys.normalize("ｱ"));
        assertEquals("", AddressKeys.normalize(null));
        assertEquals("", AddressKeys.normalize(" \t　"));
    }
}
