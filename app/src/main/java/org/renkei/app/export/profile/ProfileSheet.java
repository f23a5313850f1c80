package org.renkei.app.export.profile;

import org.renkei.app.export.map.MapScene;

import java.util.List;

/**
 * The profile's printed text, decided once before layout.
 *
 * @param scene       the map with the clinic's one pin, or null when the facility has no coordinates
 * @param mapNote     under the map: how exact the pin is, or why there is no map
 * @param footer      lines at the bottom: what the sheet is based on, the printed date, the issuer
 */
record ProfileSheet(String corporation, String name, String kind, boolean registered, String address, String phone,
                    String url, List<HoursGroup> hours, List<CapabilityLine> capabilities, MapScene scene,
                    String mapNote, List<String> sources, List<String> footer) {

    /**
     * Departments with the same weekly hours, printed together: 「内科・小児科」 / 「月火水金 9:00-12:00 …」.
     *
     * @param known false when {@code hours} is the 「ご確認ください」 sentence rather than hours
     */
    record HoursGroup(List<String> departments, String hours, boolean known) {
        HoursGroup {
            departments = List.copyOf(departments);
        }
    }

    /** 「訪問診療（内科）」, 「確認日 令和8年11月1日」, stale → 要確認 mark. */
    record CapabilityLine(String label, String verified, boolean stale) {
    }

    ProfileSheet {
        hours = List.copyOf(hours);
        capabilities = List.copyOf(capabilities);
        sources = List.copyOf(sources);
        footer = List.copyOf(footer);
    }
}
