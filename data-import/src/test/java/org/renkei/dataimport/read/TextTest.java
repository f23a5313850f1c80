package org.renkei.dataimport.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {
    @Test
    void nfkcNormalisesWidthAndStrips() {
        assertEquals("", Text.nfkc(null));
        assertEquals("123", Text.nfkc("\u3000１２３ "));
        assertEquals("アイ(1)", Text.nfkc(" ｱｲ（１）\u3000"));
    }

    @Test
    void headerKeyDropsEveryWhitespace() {
        assertEquals("", Text.headerKey(null));
        assertEquals("telephonenumber", Text.headerKey("telephone\u3000number"));
        assertEquals("名称(カナ)", Text.headerKey(" 名称 （カナ）\t"));
        assertEquals(Text.headerKey("所在地座標（緯度）"), Text.headerKey("所在地座標(緯度)"));
    }
}
