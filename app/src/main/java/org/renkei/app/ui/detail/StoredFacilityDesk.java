package org.renkei.app.ui.detail;

import org.renkei.app.cases.FacilityReferrals;
import org.renkei.app.cases.SettingsService;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.domain.Verified;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.export.profile.ClinicProfile;
import org.renkei.app.export.profile.ClinicProfiles;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.facility.KnowledgeCapabilitySource;
import org.renkei.app.facility.ProfileAssembler;
import org.renkei.app.knowledge.FacilityFacts;
import org.renkei.app.knowledge.KnowledgeEdit;
import org.renkei.app.knowledge.KnowledgeRejectedException;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.referral.FacilityReferral;
import org.renkei.app.store.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The desk over an open database: knowledge service, referral history and the clinic profile writer. */
public final class StoredFacilityDesk implements FacilityDesk {
    private final KnowledgeService knowledge;
    private final FacilityReferrals referrals;
    private final ProfileAssembler profiles;
    private final SettingsService office;

    public StoredFacilityDesk(Database db) {
        this.knowledge = new KnowledgeService(db);
        this.referrals = new FacilityReferrals(db);
        this.profiles = new ProfileAssembler(new FacilityService(db), new KnowledgeCapabilitySource(knowledge));
        this.office = new SettingsService(db);
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public FacilityFacts facts(long facilityId) {
        return knowledge.get(facilityId);
    }

    @Override
    public FacilityFacts save(long facilityId, KnowledgeEdit edit, Verified v) {
        return knowledge.apply(facilityId, edit, v);
    }

    @Override
    public List<CapabilityTag> vocabulary() {
        return knowledge.vocabulary();
    }

    @Override
    public List<FacilityReferral> referrals(long facilityId) {
        return referrals.referrals(facilityId);
    }

    @Override
    public void writeProfile(long facilityId, LocalDate today, Path pdf) {
        ClinicProfile p = profiles.assemble(facilityId, office.load(), today).orElseThrow(
                () -> new KnowledgeRejectedException("施設 ID " + facilityId + " はありません。"));
        try {
            new ClinicProfiles(MapRenderer.bundled()).write(p, today, pdf, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<Long> staleFacilities(LocalDate today) {
        int months = knowledge.staleMonths();
        return knowledge.knowledgeByFacility().entrySet().stream()
                .filter(e -> hasStale(e.getValue(), today, months)).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean hasStale(FacilityKnowledge k, LocalDate today, int months) {
        return !k.staleFacts(today, months).isEmpty();
    }
}
