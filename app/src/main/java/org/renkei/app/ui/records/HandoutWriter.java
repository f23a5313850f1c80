package org.renkei.app.ui.records;

import org.renkei.app.domain.Facility;
import org.renkei.app.export.ExportRejectedException;
import org.renkei.app.export.handout.HandoutBuilder;
import org.renkei.app.export.handout.Handouts;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralCase;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Writes the patient handout (通院先のご案内, A4 .pdf or .png by the extension) of a case. Slow the first time (the
 * map data loads): off the UI thread. Refusals are {@link ExportRejectedException} with a Japanese message; nothing
 * is written then.
 */
@FunctionalInterface
public interface HandoutWriter {
    void write(ReferralCase referralCase, OfficeSettings office, LocalDate issued, Path out) throws IOException;

    /** The real handout, with the stored facilities of the case's destinations ({@code FacilityService::byId}). */
    static HandoutWriter over(LongFunction<Optional<Facility>> facilities) {
        return (c, office, issued, out) -> {
            List<Facility> members = new ArrayList<>();
            for (Destination d : c.destinations()) {
                facilities.apply(d.facilityId()).ifPresent(members::add);
            }
            try {
                new Handouts(new HandoutBuilder(DepartmentVocabulary.bundled()), MapRenderer.bundled())
                        .write(c, members, office, issued, out);
            } catch (IllegalArgumentException e) {
                throw new ExportRejectedException(e.getMessage(), e);
            }
        };
    }
}
