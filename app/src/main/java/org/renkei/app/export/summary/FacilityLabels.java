package org.renkei.app.export.summary;

import org.renkei.app.referral.ReferralRecord;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The row label of each facility id: its name as in the newest referral (facilities get renamed); when two
 * facilities share a name, each gets its id appended so their counts are not merged.
 */
final class FacilityLabels {
    private FacilityLabels() {
    }

    static Map<Long, String> of(List<ReferralRecord> records) {
        Map<Long, String> names = new HashMap<>();
        records.stream().sorted(Comparator.comparing(ReferralRecord::caseDate))
                .forEach(r -> names.put(r.facilityId(), r.facilityName()));
        Map<String, Long> uses = names.values().stream()
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        Map<Long, String> labels = new HashMap<>();
        names.forEach((id, name) -> labels.put(id, uses.get(name) > 1 ? name + "（ID " + id + "）" : name));
        return labels;
    }
}
