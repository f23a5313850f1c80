package org.renkei.app.knowledge.share;

import org.renkei.app.domain.FacilityKey;

import java.util.Objects;

/**
 * One incoming fact beside ours in the same slot of the same facility.
 *
 * @param facilityName  our name for the facility, else the file's
 * @param knownFacility the facility is in one of our lists (else the fact is kept under its key until the list is)
 * @param ours          null when we have nothing in this slot
 */
public record Comparison(FacilityKey key, String facilityName, boolean knownFacility, FactSlot slot, SharedFact ours,
                         SharedFact theirs) {
    /** new: we have nothing; same: the same value; conflict: both have it with different values. */
    public enum Outcome { NEW, SAME, CONFLICT }

    /** A conflict's identity, for choosing its side row by row. */
    public record Id(FacilityKey key, FactSlot slot) {
    }

    public Comparison {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(theirs, "theirs");
    }

    public Id id() {
        return new Id(key, slot);
    }

    public Outcome outcome() {
        if (ours == null) {
            return Outcome.NEW;
        }
        return ours.sameValue(theirs) ? Outcome.SAME : Outcome.CONFLICT;
    }

    /** The same value confirmed later by the other office: we take their 確認日 / 確認者. */
    public boolean refreshes() {
        return outcome() == Outcome.SAME && theirs.verified().on().isAfter(ours.verified().on());
    }
}
