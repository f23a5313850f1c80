package org.renkei.app.ui.fields;

import org.renkei.app.ui.common.Messages;
import org.renkei.dataimport.geo.GeocodeResult;

/** What the search and case screens say under the address field after locating it. */
public record GeocodeFeedback(Kind kind, String text) {
    /** OK = street level or coordinates, APPROXIMATE = municipality only, NOT_FOUND, NONE = no address given. */
    public enum Kind { NONE, OK, APPROXIMATE, NOT_FOUND }

    public static final GeocodeFeedback NONE = new GeocodeFeedback(Kind.NONE, "");

    public static GeocodeFeedback of(GeocodeResult r) {
        return switch (r.precision()) {
            case NONE -> new GeocodeFeedback(Kind.NOT_FOUND, Messages.get("search.geocode.notFound"));
            case TOWN -> found(Kind.OK, r, "search.geocode.precision.town");
            case MUNICIPALITY -> found(Kind.APPROXIMATE, r, "search.geocode.precision.municipality");
            case SOURCE -> new GeocodeFeedback(Kind.OK, Messages.get("search.geocode.coordinates",
                    String.format(java.util.Locale.ROOT, "%.5f", r.lat()),
                    String.format(java.util.Locale.ROOT, "%.5f", r.lng())));
        };
    }

    private static GeocodeFeedback found(Kind kind, GeocodeResult r, String precisionKey) {
        return new GeocodeFeedback(kind, Messages.get("search.geocode.found", r.matched(), Messages.get(precisionKey)));
    }
}
