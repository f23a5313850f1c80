package org.renkei.dataimport.link;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Name keys of real names from the 厚生局 Tokyo list and ナビイ (2025). */
class NameKeyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "医療法人財団 小畑会 浜田病院, 浜田病院",
            "医療法人財団小畑会　浜田病院, 浜田病院",
            "社会福祉法人 三井記念病院, 三井記念病院",
            "社会福祉法人　三井記念病院, 三井記念病院",
            "公益財団法人 佐々木研究所 附属杏雲堂病院, 杏雲堂病院",
            "公益財団法人佐々木研究所附属　杏雲堂病院, 杏雲堂病院",
            "東京保健生活協同組合　　大泉生協病院, 大泉生協病院",
            "国立研究開発法人国立がん研究センター中央病院, 国立がん研究センター中央病院",
            "宮内庁病院, 宮内庁病院",
            "聖路加国際病院附属クリニック 聖路加メディローカス, 聖路加国際病院附属クリニック聖路加メディローカス",
            "医療法人社団崎陽会　日の出ヶ丘病院, 日の出ケ丘病院",
            "医療法人財団 仁光会 眞宮病院, 真宮病院",
    })
    void coreDropsTheCorporation(String name, String core) {
        assertEquals(core, NameKey.of(name).core());
    }

    @Test
    void fullKeyIgnoresSpacesAndWidths() {
        assertEquals(NameKey.of("医療法人財団 小畑会 浜田病院").full(), NameKey.of("医療法人財団小畑会　浜田病院").full());
        assertEquals("ICRクリニカルリサーチ東京病院", NameKey.of("ＩＣＲ クリニカルリサーチ東京病院").full());
        assertEquals("霞ケ関クリニック", NameKey.of("霞が関クリニック").full());
    }

    @Test
    void aPrivateUseCharacterMatchesOneCharacterOnly() {
        // The bureau list writes 葛 as U+E0A1 (外字): 医療法人社団 昌医会 \uE0A1西昌医会病院
        NameKey bureau = NameKey.of("医療法人社団 昌医会 \uE0A1西昌医会病院");
        assertEquals("〓西昌医会病院", bureau.core());
        assertTrue(NameKey.same(bureau.core(), NameKey.of("医療法人社団昌医会　　葛西昌医会病院").core()));
        assertFalse(NameKey.same("〓〓医院", "田中医院"), "two unknown characters prove nothing");
        assertFalse(NameKey.same("〓医院", "森医院"), "too short to guess");
        assertTrue(NameKey.endsWith("東京都済生会向島病院", "向島病院"));
    }
}
