package org.renkei.app.facility;

import org.renkei.app.export.profile.ClinicProfile;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the clinic profile gets what the office knows about a facility: capability lines (tags with 確認日 and
 * staleness) and the 登録医 flag. The facility knowledge store provides them; until it is connected, {@link #NONE}
 * prints 「登録されている情報はまだありません」 and no 登録医 mark.
 */
@FunctionalInterface
public interface CapabilitySource {
    CapabilitySource NONE = (facilityId, today) -> List.of();

    /** The facility's capabilities as of {@code today} (which decides what is stale). */
    List<ClinicProfile.Capability> capabilities(long facilityId, LocalDate today);

    /** Whether the facility's doctor is a 登録医 of this hospital. */
    default boolean registered(long facilityId) {
        return false;
    }
}
