package org.renkei.dataimport.model;

import java.time.LocalTime;
import java.util.Objects;

/** One opening period of a department on one day, e.g. 月 slot 1 09:00-12:30. */
public record OpeningHours(ServiceDay day, int slot, LocalTime start, LocalTime end) {
    public OpeningHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (slot < 1) {
            throw new IllegalArgumentException("slot must be >= 1: " + slot);
        }
    }
}
