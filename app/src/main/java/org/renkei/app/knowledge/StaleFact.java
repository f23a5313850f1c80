package org.renkei.app.knowledge;

import org.renkei.app.domain.FacilityKnowledge.LabelledFact;
import org.renkei.app.domain.FacilityStatus;

/** A fact about a facility confirmed longer ago than the office's stale age. */
public record StaleFact(long facilityId, String facilityName, FacilityStatus status, LabelledFact fact) {
}
