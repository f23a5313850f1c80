package org.renkei.dataimport.geo;

import java.util.Objects;

/**
 * Result of offline geocoding.
 *
 * @param matched          the normalised address part that was matched, e.g. 東京都調布市小島町二丁目 (empty for NONE)
 * @param municipalityCode 5-digit 市区町村コード when known, else empty
 */
public record GeocodeResult(double lat, double lng, Precision precision, String matched,
                            String prefecture, String municipality, String town, String municipalityCode) {
    public GeocodeResult {
        Objects.requireNonNull(precision, "precision");
        matched = matched == null ? "" : matched;
        prefecture = prefecture == null ? "" : prefecture;
        municipality = municipality == null ? "" : municipality;
        town = town == null ? "" : town;
        municipalityCode = municipalityCode == null ? "" : municipalityCode;
    }

    public static GeocodeResult none() {
        return new GeocodeResult(Double.NaN, Double.NaN, Precision.NONE, "", "", "", "", "");
    }

    public boolean found() {
        return precision != Precision.NONE;
    }
}
