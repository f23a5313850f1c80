package org.renkei.dataimport.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of the bundled geocoder on the odd cases real addresses bring. */
class GeocoderTest {

    private final Geocoder geocoder = Geocoder.bundled();

    private GeocodeResult town(String address, String matched) {
        GeocodeResult r = geocoder.geocode(address);
        assertEquals(Precision.TOWN, r.precision(), address + " -> " + r);
        assertEquals(matched, r.matched(), address);
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"東京都調布市小島町２丁目", "東京都調布市小島町二丁目", "東京都調布市小島町2丁目",
            "調布市小島町2-1", "東京都調布市小島町２－４８－１", "〒182-0026 東京都調布市小島町２丁目４８番地の１　ＡＢＣビル３Ｆ",
            "〒１８２－００２６東京都調布市小島町２ー４８ー１", "東京都　調布市　小島町　二丁目"})
    void chomeInAnyForm(String address) {
        GeocodeResult r = town(address, "東京都調布市小島町二丁目");
        assertEquals(35.65, r.lat(), 0.01);
        assertEquals(139.54, r.lng(), 0.01);
        assertEquals("13208", r.municipalityCode());
        assertEquals("調布市", r.municipality());
        assertEquals("小島町二丁目", r.town());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"東京都府中市宮西町２丁目１５－３", "東京都府中市宮西町2-15-3", "府中市宮西町２丁目"})
    void fuchuIsResolvedByItsTown(String address) {
        assertEquals("13206", town(address, "東京都府中市宮西町二丁目").municipalityCode());
    }

    @Test
    void municipalityNameInSeveralPrefecturesWithoutTownIsNone() {
        assertFalse(geocoder.geocode("府中市").found());
        assertFalse(geocoder.geocode("伊達市").found());
        assertEquals("34208", geocoder.geocode("広島県府中市").municipalityCode());
    }

    @Test
    void municipalityOnlyFallsBackToItsRepresentativePoint() {
        GeocodeResult r = geocoder.geocode("東京都府中市存在しない町99");
        assertEquals(Precision.MUNICIPALITY, r.precision());
        assertEquals("東京都府中市", r.matched());
        assertEquals("", r.town());
        assertEquals(35.67, r.lat(), 0.03);
        assertEquals(139.48, r.lng(), 0.03);
    }

    @Test
    void townWithoutCoordinatesFallsBackToMunicipality() {
        GeocodeResult r = geocoder.geocode("東京都江東区海の森一丁目");
        assertEquals(Precision.MUNICIPALITY, r.precision());
        assertEquals("東京都江東区", r.matched());
        assertEquals("13108", r.municipalityCode());
    }

    @Test
    void designatedCityWards() {
        town("北海道札幌市中央区南１条西１６丁目２９１番地", "北海道札幌市中央区南一条西十六丁目");
        town("札幌市中央区南1条西16-291", "北海道札幌市中央区南一条西十六丁目");
        assertEquals("14109", town("横浜市港北区日吉本町1-2", "神奈川県横浜市港北区日吉本町一丁目").municipalityCode());
        GeocodeResult city = geocoder.geocode("神奈川県横浜市");
        assertEquals(Precision.MUNICIPALITY, city.precision());
        assertEquals("神奈川県横浜市", city.matched());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"東京都西多摩郡瑞穂町箱根ケ崎2335", "東京都瑞穂町箱根ヶ崎2335", "瑞穂町大字箱根が崎"})
    void gunMayBeOmittedAndOoazaIsOptional(String address) {
        assertEquals("13303", town(address, "東京都西多摩郡瑞穂町大字箱根ケ崎").municipalityCode());
    }

    @Test
    void islandNameBeforeTheMunicipalityIsSkipped() {
        GeocodeResult r = town("東京都八丈島八丈町三根２６－１１", "東京都八丈町三根");
        assertEquals("13401", r.municipalityCode());
        assertTrue(HospitalAddresses.km(r.lat(), r.lng(), 33.11278, 139.792073) < 4);
        town("東京都三宅島三宅村伊豆", "東京都三宅村伊豆");
    }

    @Test
    void otherForms() {
        town("東京都港区虎の門2-2-2", "東京都港区虎ノ門二丁目");
        town("東京都中央区明石町９番１号", "東京都中央区明石町");
        town("東京都杉並区和田二丁目２５番１号", "東京都杉並区和田二丁目");
        town("三重県三重郡川越町当新田", "三重県三重郡川越町大字当新田");
        town("旭川市東鷹栖1線11号", "北海道旭川市東鷹栖一線十一号");
        town("京都府京都市中京区寺町通三条上る天性寺前町", "京都府京都市中京区天性寺前町");
        town("千葉県袖ケ浦市長浦", "千葉県袖ヶ浦市長浦");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "あいうえお", "東京都", "東京都存在しない市1-2", "12345", "ＡＢＣ"})
    void garbageIsNone(String address) {
        GeocodeResult r = geocoder.geocode(address);
        assertEquals(Precision.NONE, r.precision());
        assertTrue(Double.isNaN(r.lat()));
        assertEquals("", r.matched());
    }

    /** The bundled geocoder is one shared instance holding the whole nationwide gazetteer. */
    @Test
    void bundledIsOneSharedInstanceWithTheWholeGazetteer() {
        assertSame(geocoder, Geocoder.bundled());
        assertEquals(1895, geocoder.municipalityCount());
        assertEquals(277_676, geocoder.rowCount());
    }
}
