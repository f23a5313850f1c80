package org.renkei.app.search;

import org.renkei.app.domain.Facility;

/** A facility found by a search, with its distance from the centre (null without a centre or location). */
public record SearchHit(Facility facility, Double km) {
}
