package org.renkei.app.knowledge.share;

import org.renkei.app.domain.CapabilityTag;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An office's facility knowledge as exchanged with another office (docs/decisions/0022).
 *
 * @param exportedAt when the file was written
 * @param office     the exporting office's hospital name (may be empty), shown in the preview
 * @param vocabulary the office's own additions to the capability vocabulary (the seeded tags are everywhere)
 * @param facilities sorted by key
 */
public record SharedKnowledge(LocalDateTime exportedAt, String office, List<CapabilityTag> vocabulary,
                              List<SharedFacility> facilities) {
    /** The format's name, the {@code format} field of a JSON file and the first cell of a workbook's 形式 sheet. */
    public static final String FORMAT = "renkei-desk/facility-knowledge";
    /** The format's version this application writes and reads. */
    public static final int VERSION = 1;

    public SharedKnowledge {
        Objects.requireNonNull(exportedAt, "exportedAt");
        office = office == null ? "" : office;
        vocabulary = List.copyOf(vocabulary);
        facilities = facilities.stream().sorted(java.util.Comparator.comparing((SharedFacility f) -> f.key().source())
                .thenComparing(f -> f.key().sourceKey())).toList();
    }

    public int factCount() {
        return facilities.stream().mapToInt(f -> f.facts().size()).sum();
    }
}
