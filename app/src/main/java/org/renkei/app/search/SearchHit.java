package org.renkei.app.search;

import org.renkei.app.domain.Facility;

/**
 * A facility found by a search, with its distance from the centre (null without a centre or location) and the
 * office's knowledge marks.
 *
 * @param registered 登録医 recorded as yes (by this record or a joined record of the same place)
 * @param stale      some recorded fact is older than the office's stale age (要確認)
 */
public record SearchHit(Facility facility, Double km, boolean registered, boolean stale) {
    public SearchHit(Facility facility, Double km) {
        this(facility, km, false, false);
    }
}
