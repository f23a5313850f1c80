package org.renkei.dataimport.geo;

/**
 * Offline geocoder over the bundled nationwide town gazetteer (Geolonia, CC BY 4.0).
 * PLACEHOLDER API: implementation in progress (see issue 2).
 */
public final class Geocoder {

    /** The geocoder over the bundled gazetteer. Loaded once on first use, thread-safe. */
    public static Geocoder bundled() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Geocodes a free-text Japanese address; never throws on bad input, returns precision NONE instead. */
    public GeocodeResult geocode(String address) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
