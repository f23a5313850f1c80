package org.renkei.app.facility;

import org.renkei.app.domain.Capability;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.export.profile.ClinicProfile;
import org.renkei.app.knowledge.FacilityFacts;
import org.renkei.app.knowledge.KnowledgeService;

import java.time.LocalDate;
import java.util.List;

/**
 * The clinic profile's capability lines from the office's facility knowledge: each tag (with its value, e.g.
 * 外国語（英語・中国語）) with 確認日 and whether it is older than the office's stale age, and the 登録医 flag. The
 * knowledge of a record joined to another source's record of the same place is found through the service (held_by).
 * Contact person and notes are internal and never reach the sheet.
 */
public final class KnowledgeCapabilitySource implements CapabilitySource {
    private final KnowledgeService knowledge;

    public KnowledgeCapabilitySource(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public List<ClinicProfile.Capability> capabilities(long facilityId, LocalDate today) {
        FacilityFacts facts = knowledge.get(facilityId);
        return facts.knowledge().capabilities().stream().map(c -> line(c, facts, today)).toList();
    }

    @Override
    public boolean registered(long facilityId) {
        FacilityKnowledge k = knowledge.get(facilityId).knowledge();
        return k.isRegistered();
    }

    static ClinicProfile.Capability line(Capability c, FacilityFacts facts, LocalDate today) {
        String label = c.detail().isEmpty() ? c.tag() : c.tag() + "（" + c.detail() + "）";
        return new ClinicProfile.Capability(label, c.wholeFacility() ? null : c.department(), c.verified().on(),
                facts.isStale(c.verified(), today));
    }
}
