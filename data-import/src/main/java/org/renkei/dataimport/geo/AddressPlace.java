package org.renkei.dataimport.geo;

/**
 * Where an address lies, as comparison keys: two addresses with equal municipality code, town and block are the same
 * place however they are written (神田駿河台二丁目５番地 and 神田駿河台２－５－１ both give 13101 / 神田駿河台二丁目 / 5).
 *
 * @param municipalityCode 5-digit 市区町村コード, empty when not found
 * @param town             the gazetteer town matched; when only the municipality matched, the normalised text between
 *                         the municipality and the first number (so that two spellings of an unknown town compare)
 * @param block            the first number after the town (番地 or 街区 in digits), empty when the address has none
 */
public record AddressPlace(String municipalityCode, String town, String block, Precision precision) {
    public AddressPlace {
        municipalityCode = municipalityCode == null ? "" : municipalityCode;
        town = town == null ? "" : town;
        block = block == null ? "" : block;
    }

    public static AddressPlace none() {
        return new AddressPlace("", "", "", Precision.NONE);
    }

    public boolean found() {
        return precision != Precision.NONE && !municipalityCode.isEmpty();
    }

    static AddressPlace of(GeocodeResult r, String rest) {
        if (!r.found() || r.municipalityCode().isEmpty()) {
            return none();
        }
        int digit = 0;
        while (digit < rest.length() && !Character.isDigit(rest.charAt(digit))) {
            digit++;
        }
        int end = digit;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        String block = rest.substring(digit, end).replaceFirst("^0+(?=\\d)", "");
        String town = r.town().isEmpty() ? rest.substring(0, digit) : r.town();
        return new AddressPlace(r.municipalityCode(), town, block, r.precision());
    }
}
