package org.renkei.app.ui.audit;

import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.audit.AuditTargets;
import org.renkei.app.audit.KnowledgeEdits;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.Verified;
import org.renkei.app.knowledge.FacilityFacts;
import org.renkei.app.knowledge.KnowledgeEdit;
import org.renkei.app.referral.AcceptanceStats;
import org.renkei.app.referral.FacilityReferral;
import org.renkei.app.referral.MonthCount;
import org.renkei.app.ui.detail.FacilityDesk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The detail pane's desk with knowledge edits (施設情報の変更: which kinds of fact changed, never the notes text or
 * the contact person) and profile sheets (書き出し) recorded, and the current staff name as 確認者.
 */
final class KnowledgeAudit {
    private KnowledgeAudit() {
    }

    static FacilityDesk desk(FacilityDesk d, AuditLog log) {
        if (!d.available()) {
            return d;
        }
        return new FacilityDesk() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public FacilityFacts facts(long facilityId) {
                return d.facts(facilityId);
            }

            @Override
            public FacilityFacts save(long facilityId, KnowledgeEdit edit, Verified v) {
                FacilityFacts out = d.save(facilityId, edit, v);
                log.record(AuditAction.FACILITY_EDIT, AuditTargets.ofFacility(facilityId), KnowledgeEdits.describe(edit));
                return out;
            }

            @Override
            public List<CapabilityTag> vocabulary() {
                return d.vocabulary();
            }

            @Override
            public List<FacilityReferral> referrals(long facilityId) {
                return d.referrals(facilityId);
            }

            @Override
            public List<MonthCount> monthly(long facilityId, YearMonth from, YearMonth to) {
                return d.monthly(facilityId, from, to);
            }

            @Override
            public AcceptanceStats acceptance(long facilityId) {
                return d.acceptance(facilityId);
            }

            @Override
            public void writeProfile(long facilityId, LocalDate today, Path pdf) {
                d.writeProfile(facilityId, today, pdf);
                log.exported("施設紹介シート 施設 " + facilityId, List.of(pdf));
            }

            @Override
            public String staff() {
                return log.staff();
            }

        };
    }
}
