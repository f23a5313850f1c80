package org.renkei.app.knowledge.share;

import org.renkei.app.domain.FacilityKey;

import java.util.List;
import java.util.Objects;

/**
 * One facility's knowledge in a shared file: its stable key (the list's source and ID — ナビイ ID, 医療機関番号),
 * the name and address for people reading the file (never used to match), and its facts.
 */
public record SharedFacility(FacilityKey key, String name, String address, List<SharedFact> facts) {
    public SharedFacility {
        Objects.requireNonNull(key, "key");
        name = name == null ? "" : name;
        address = address == null ? "" : address;
        facts = facts.stream().sorted(java.util.Comparator.comparing(SharedFact::slot)).toList();
    }
}
