package org.renkei.app.ui.fields;

import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Precision;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the address field into a location: "緯度,経度" directly, anything else through the locator. */
public final class LocationParser {
    private static final Pattern LAT_LNG =
            Pattern.compile("\\s*(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");

    private final AddressLocator locator;

    public LocationParser(AddressLocator locator) {
        this.locator = locator;
    }

    public GeocodeResult locate(String text) {
        Matcher m = LAT_LNG.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        if (m.matches()) {
            double lat = Double.parseDouble(m.group(1));
            double lng = Double.parseDouble(m.group(2));
            if (Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
                return new GeocodeResult(lat, lng, Precision.SOURCE, "", "", "", "", "");
            }
            return GeocodeResult.none();
        }
        return locator.locate(text);
    }
}
