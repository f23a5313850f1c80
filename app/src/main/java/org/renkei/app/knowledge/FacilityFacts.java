package org.renkei.app.knowledge;

import org.renkei.app.domain.Facility;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.domain.FacilityKnowledge.LabelledFact;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.domain.Verified;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything stored about one facility: the imported record (with departments and the list's own 訪問診療 /
 * バリアフリー / 新患 columns, which are import data) and the office's knowledge with the stale age to judge it by.
 *
 * @param knowledge   never null; empty when nothing is recorded
 * @param heldBy      the other source's record of the same place that holds the knowledge; null when this one does
 * @param staleMonths the office's stale age
 */
public record FacilityFacts(Facility facility, FacilityKnowledge knowledge, LinkedFacility heldBy, int staleMonths) {
    public FacilityFacts {
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(knowledge, "knowledge");
    }

    public boolean isStale(Verified v, LocalDate today) {
        return v.isStale(today, staleMonths);
    }

    public List<LabelledFact> staleFacts(LocalDate today) {
        return knowledge.staleFacts(today, staleMonths);
    }

    /** The facility left its source's latest list: its knowledge is kept, and shown with this flag. */
    public boolean closed() {
        return facility.status() == FacilityStatus.CLOSED;
    }
}
