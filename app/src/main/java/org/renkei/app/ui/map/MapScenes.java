package org.renkei.app.ui.map;

import org.renkei.app.export.map.LatLng;
import org.renkei.app.export.map.MapPin;
import org.renkei.app.export.map.MapScene;
import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the window's maps show: a plan or a stored case as the home and numbered pins (the handout's numbers). */
public final class MapScenes {
    private MapScenes() {
    }

    /** The plan's members numbered 1, 2 … in plan order (nearest first), with their addresses; null without home. */
    public static MapScene ofPlan(LatLng home, Plan plan) {
        List<MapPin> pins = new ArrayList<>();
        for (PlanMember m : plan == null ? List.<PlanMember>of() : plan.members()) {
            var f = m.facility();
            pins.add(new MapPin(pins.size() + 1, new LatLng(f.lat(), f.lng()), f.name(), f.address()));
        }
        return home == null && pins.isEmpty() ? null : new MapScene(home, pins);
    }

    /** The case's home and its located destinations by their order; null when nothing is located. */
    public static MapScene ofCase(ReferralCase c) {
        if (c == null) {
            return null;
        }
        LatLng home = c.located() ? new LatLng(c.homeLat(), c.homeLng()) : null;
        List<MapPin> pins = c.destinations().stream().sorted(Comparator.comparingInt(Destination::order))
                .filter(d -> d.lat() != null && d.lng() != null)
                .map(d -> new MapPin(d.order(), new LatLng(d.lat(), d.lng()), d.name(), d.address()))
                .toList();
        return home == null && pins.isEmpty() ? null : new MapScene(home, pins);
    }
}
