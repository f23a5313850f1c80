package org.renkei.app.ui.fields;

import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Geocoder;

import java.util.function.Supplier;

/** Finds the location of a free-text address; precision NONE when not found. May be slow: call off the UI thread. */
@FunctionalInterface
public interface AddressLocator {
    GeocodeResult locate(String address);

    /** The production locator over the bundled offline geocoder (loaded on first use). */
    static AddressLocator of(Supplier<Geocoder> geocoder) {
        return address -> geocoder.get().geocode(address);
    }
}
