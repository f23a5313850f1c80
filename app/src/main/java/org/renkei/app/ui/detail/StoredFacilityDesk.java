package org.renkei.app.ui.detail;

import org.renkei.app.cases.AcceptanceHistory;
import org.renkei.app.cases.FacilityReferrals;
import org.renkei.app.cases.SettingsService;
import org.renkei.app.domain.CapabilityTag;
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
import org.renkei.app.referral.AcceptanceStats;
import org.renkei.app.referral.FacilityReferral;
import org.renkei.app.referral.MonthCount;
import org.renkei.app.store.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The desk over an open database: knowledge service, referral history and the clinic profile writer. */
public final class StoredFacilityDesk implements FacilityDesk {
    private final KnowledgeService knowledge;
    private final FacilityReferrals referrals;
    private final AcceptanceHistory acceptance;
    private final ProfileAssembler profiles;
    private final SettingsService office;

    public StoredFacilityDesk(Database db) {
        this.knowledge = new KnowledgeService(db);
        this.referrals = new FacilityReferrals(db);
        this.acceptance = new AcceptanceHistory(db);
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
    public List<MonthCount> monthly(long facilityId, YearMonth from, YearMonth to) {
        return acceptance.monthly(facilityId, from, to);
    }

    @Override
    public AcceptanceStats acceptance(long facilityId) {
        return acceptance.facility(facilityId).total();
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
}
