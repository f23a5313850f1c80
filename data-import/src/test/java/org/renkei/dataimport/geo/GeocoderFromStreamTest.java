package org.renkei.dataimport.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A geocoder built from a small invented gazetteer, to pin down the matching rules. */
class GeocoderFromStreamTest {

    private static final String TOWNS = String.join("\n",
            "都道府県名,市区町村名,大字町丁目名,小字・通称名,緯度,経度",
            "甲県,緑市,本町一丁目,,35.0,139.0",
            "甲県,緑市,本町二丁目,,35.2,139.2",
            "甲県,緑市,新町,,35.4,139.4",
            "甲県,緑市,空町,,,",
            "乙県,緑市,本町一丁目,,34.0,135.0",
            "乙県,緑市,北町,,34.2,135.2",
            "乙県,青郡白町,大字山田,上組,33.0,131.0",
            "乙県,青郡白町,大字山田,下組,33.2,131.2",
            "");
    private static final String CODES = "市区町村コード,都道府県名,支庁・振興局名,郡・政令市名,市区町村名\n"
            + "90201,甲県,,,緑市\n91301,乙県,,青郡,白町\n";

    private static Geocoder geocoder(String codes) throws IOException {
        InputStream c = codes == null ? null : stream(codes);
        return Geocoder.read(stream(TOWNS), c);
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sameTownInTwoSameNamedMunicipalitiesIsAmbiguous() throws IOException {
        Geocoder g = geocoder(CODES);
        assertFalse(g.geocode("緑市本町1-2").found());
        assertEquals("甲県緑市本町一丁目", g.geocode("甲県緑市本町1-2").matched());
        assertEquals("乙県緑市北町", g.geocode("緑市北町5").matched());
        assertEquals("甲県緑市本町二丁目", g.geocode("緑市本町２丁目").matched());
    }

    @Test
    void chomeWithoutItsNumberMatchesTheGroupedTown() throws IOException {
        GeocodeResult r = geocoder(CODES).geocode("甲県緑市本町９９番地");
        assertEquals(Precision.TOWN, r.precision());
        assertEquals("甲県緑市本町", r.matched());
        assertEquals(35.1, r.lat(), 1e-9);
    }

    @Test
    void koazaRefinesTheOoazaWhosePointIsTheirMean() throws IOException {
        Geocoder g = geocoder(CODES);
        GeocodeResult ooaza = g.geocode("乙県白町山田100");
        assertEquals("乙県青郡白町大字山田", ooaza.matched());
        assertEquals(33.1, ooaza.lat(), 1e-9);
        GeocodeResult koaza = g.geocode("青郡白町大字山田字下組100");
        assertEquals("乙県青郡白町大字山田下組", koaza.matched());
        assertEquals(33.2, koaza.lat(), 1e-9);
        assertEquals("91301", koaza.municipalityCode());
    }

    @Test
    void townWithoutPointAndMissingCodeListFallBack() throws IOException {
        GeocodeResult r = geocoder(null).geocode("甲県緑市空町1");
        assertEquals(Precision.MUNICIPALITY, r.precision());
        assertEquals("甲県緑市", r.matched());
        assertEquals("", r.municipalityCode());
    }

    @Test
    void byteOrderMarkWithoutHeaderKeepsTheFirstMunicipalityWhole() throws IOException {
        String body = "\uFEFF甲県,緑市,本町一丁目,,35.0,139.0\n甲県,緑市,新町,,35.4,139.4\n";
        Geocoder g = Geocoder.read(stream(body), null);
        assertEquals(1, g.municipalityCount());
        assertEquals(Precision.TOWN, g.geocode("甲県緑市本町一丁目").precision());
        assertEquals(Precision.TOWN, g.geocode("甲県緑市新町").precision());
    }

    @Test
    void unusableCoordinatesAreNoPointNotZeroZero() throws IOException {
        String body = "甲県,緑市,本町一丁目,,NaN,139.0\n甲県,緑市,新町,,35.4,139.4\n";
        GeocodeResult r = Geocoder.read(stream(body), null).geocode("甲県緑市本町一丁目");
        assertEquals(Precision.MUNICIPALITY, r.precision());
        assertEquals(35.4, r.lat(), 1e-9);
    }

}
