package org.renkei.app.export.handout;

import java.util.List;
import java.util.Objects;

/**
 * One clinic in the handout's table.
 *
 * @param number      the pin number on the map
 * @param corporation the operating corporation split off the official name (医療法人社団喜平会), empty if none
 * @param name        the name patients know (府中病院)
 * @param departments the departments this clinic takes over for the patient
 * @param hours       compact opening hours of those departments, one line each (never empty)
 * @param distance    「0.7 km」
 * @param onMap       false when the clinic has no coordinates (no pin on the map)
 */
public record HandoutEntry(int number, String corporation, String name, String address, List<String> departments,
                           String phone, List<String> hours, String distance, boolean onMap) {
    public HandoutEntry {
        Objects.requireNonNull(name, "name");
        corporation = Objects.requireNonNullElse(corporation, "");
        address = Objects.requireNonNullElse(address, "");
        departments = List.copyOf(departments);
        phone = Objects.requireNonNullElse(phone, "");
        hours = List.copyOf(hours);
        distance = Objects.requireNonNullElse(distance, "");
    }
}
