package org.renkei.dataimport.link;

import org.junit.jupiter.api.Test;
import org.renkei.dataimport.geo.Geocoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real pairs from the 厚生局 Tokyo list (left) and ナビイ (right), 2025. */
class LinkScorerTest {
    private static final Geocoder G = Geocoder.bundled();

    private static LinkVerdict compare(String name1, String address1, String name2, String address2) {
        return LinkScorer.compare(LinkKey.of(name1, address1, "", G), LinkKey.of(name2, address2, "", G));
    }

    private static LinkVerdict compare(String name1, String address1, String phone1, String name2, String address2,
                                       String phone2) {
        return LinkScorer.compare(LinkKey.of(name1, address1, phone1, G), LinkKey.of(name2, address2, phone2, G));
    }

    @Test
    void hamadaHospitalIsCertain() {
        LinkVerdict v = compare("医療法人財団 小畑会 浜田病院", "東京都千代田区神田駿河台二丁目５番地",
                "医療法人財団小畑会　浜田病院", "東京都千代田区神田駿河台２－５－１");
        assertEquals(LinkVerdict.Decision.AUTO, v.decision());
        assertEquals(90, v.score());
        assertEquals("名称が一致・所在地が一致（町丁目・番地）", v.reason());
    }

    @Test
    void aCorporationInFrontOfTheNameIsCertain() {
        LinkVerdict v = compare("社会福祉法人 恩賜財団東京都済生会 向島病院", "東京都墨田区八広一丁目５番１０号",
                "社会福祉法人恩賜財団済生会　支部東京都済生会　東京都済生会向島病院", "東京都墨田区八広１－５－１０");
        assertEquals(LinkVerdict.Decision.AUTO, v.decision());
        assertTrue(v.reason().startsWith("名称の一方が他方を含む"), v.reason());
    }

    @Test
    void aCharacterTheBureauCouldNotWriteIsCertain() {
        LinkVerdict v = compare("医療法人社団 昌医会 \uE0A1西昌医会病院", "東京都江戸川区東葛西六丁目３０番３号",
                "医療法人社団昌医会　　葛西昌医会病院", "東京都江戸川区東葛西６－３０－３");
        assertEquals(LinkVerdict.Decision.AUTO, v.decision());
    }

    @Test
    void anAttachedClinicOrBranchIsNotTheHospital() {
        // Same building block: the clinic's name starts with the hospital's.
        assertEquals(LinkVerdict.NONE, compare("社会医療法人河北医療財団 河北総合病院", "東京都杉並区阿佐谷北一丁目６番１号",
                "河北総合病院分院", "東京都杉並区阿佐谷北１－６－２０　欅ビルディングＣ館"));
        assertEquals(LinkVerdict.NONE, compare("医療法人財団 神尾記念病院附属聴覚クリニック",
                "千代田区神田淡路町二丁目２１番地１１ 山崎ビル", "医療法人財団　神尾記念病院", "東京都千代田区神田淡路町２－２５"));
        assertEquals(LinkVerdict.NONE, compare("聖路加国際病院附属クリニック", "東京都中央区明石町８番１号 聖路加タワー３、４、５階",
                "聖路加国際病院", "東京都中央区明石町９番１号"));
    }

    @Test
    void samePlaceOtherNameOrSameNameOtherBlockIsForAPerson() {
        LinkVerdict renamed = compare("昭和医科大学病院", "東京都品川区旗の台一丁目５番８号", "昭和大学病院", "東京都品川区旗の台１－５－８");
        assertEquals(LinkVerdict.Decision.PENDING, renamed.decision());
        assertEquals("名称が類似（0.67）・所在地が一致（町丁目・番地）", renamed.reason());
        LinkVerdict moved = compare("社会医療法人河北医療財団 河北総合病院", "東京都杉並区阿佐谷北一丁目６番１号", "河北総合病院",
                "東京都杉並区阿佐谷北１－７－３");
        assertEquals(LinkVerdict.Decision.PENDING, moved.decision());
        assertEquals("名称が一致・町丁目は一致、番地が異なる（6 / 7）", moved.reason());
    }

    @Test
    void similarNamesInOtherTownsAreDifferent() {
        assertEquals(LinkVerdict.NONE, compare("医療法人社団 喜平会 府中病院", "東京都府中市美好町一丁目２２番地",
                "医療法人社団新愛会　東府中病院", "東京都府中市若松町２－７－２０"));
        assertEquals(LinkVerdict.NONE, compare("浜田病院", "東京都千代田区神田駿河台二丁目５番地", "浜田病院", "大阪府大阪市北区梅田１－１"));
    }

    @Test
    void phonesDecideWhenBothAreKnown() {
        LinkVerdict other = compare("浜田病院", "東京都千代田区神田駿河台二丁目５番地", "03-3291-0000",
                "浜田病院", "東京都千代田区神田駿河台２－５－１", "０３（３２９１）１１１１");
        assertEquals(LinkVerdict.Decision.PENDING, other.decision());
        assertTrue(other.reason().endsWith("電話番号が異なる"), other.reason());
        LinkVerdict same = compare("昭和医科大学病院", "東京都品川区旗の台一丁目５番８号", "03-3784-8000",
                "昭和大学病院", "東京都品川区旗の台１－５－８", "０３－３７８４－８０００");
        assertEquals(LinkVerdict.Decision.PENDING, same.decision(), "0.67 is below the similar-name threshold");
        LinkVerdict musashino = compare("医療法人社団晃悠会 むさしの救急病院", "東京都小平市小川東町１丁目２４番１号", "042-345-1000",
                "医療法人社団晃悠会　むさしの病院", "東京都小平市小川東町１－２４－１", "042-345-1000");
        assertEquals(LinkVerdict.Decision.AUTO, musashino.decision());
        assertTrue(musashino.reason().endsWith("電話番号が一致"), musashino.reason());
    }

    @Test
    void phoneDigitsOnly() {
        assertEquals("0332910000", LinkKey.digits("０３（３２９１）００００"));
        assertEquals("", LinkKey.digits("内線12"));
    }
}
