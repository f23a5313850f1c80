package org.renkei.app.ui.detail;

import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.knowledge.FacilityFacts;
import org.renkei.app.knowledge.KnowledgeEdit;
import org.renkei.app.domain.Verified;
import org.renkei.app.referral.AcceptanceStats;
import org.renkei.app.referral.FacilityReferral;
import org.renkei.app.referral.MonthCount;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the detail pane needs beyond the imported record: the office's knowledge of the facility, its referral
 * history and its profile sheet. Every method is slow (store, PDF): call off the UI thread.
 */
public interface FacilityDesk {
    /** No knowledge store (tests of other screens): the pane shows the imported record only. */
    FacilityDesk NONE = new FacilityDesk() {
    };

    /** Whether the knowledge section, history and profile sheet are offered at all. */
    default boolean available() {
        return false;
    }

    default FacilityFacts facts(long facilityId) {
        throw new UnsupportedOperationException("no knowledge store");
    }

    /** Applies {@code edit} as confirmed by {@code v} in one transaction; returns what is stored now. */
    default FacilityFacts save(long facilityId, KnowledgeEdit edit, Verified v) {
        throw new UnsupportedOperationException("no knowledge store");
    }

    default List<CapabilityTag> vocabulary() {
        return List.of();
    }

    /** The facility's referrals, newest first. */
    default List<FacilityReferral> referrals(long facilityId) {
        return List.of();
    }

    /** Referrals sent to the facility per month from {@code from} to {@code to}, with how many were accepted. */
    default List<MonthCount> monthly(long facilityId, YearMonth from, YearMonth to) {
        return List.of();
    }

    /** Accepted / declined / redirected / pending over every referral sent to the facility. */
    default AcceptanceStats acceptance(long facilityId) {
        return AcceptanceStats.NONE;
    }

    /** Writes the facility's one-page profile sheet (PDF) as of {@code today}. */
    default void writeProfile(long facilityId, LocalDate today, Path pdf) {
        throw new UnsupportedOperationException("no profile writer");
    }

    /** The staff member confirming facts now (確認者); empty when unknown. */
    default String staff() {
        return "";
    }

}
