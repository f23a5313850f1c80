package org.renkei.app.referral;

import java.util.Map;
import java.util.Objects;

/**
 * The acceptance history of one facility: all its referrals, and per department it took over.
 *
 * @param source       with {@code sourceKey}, the facility's identity across re-imports
 * @param byDepartment canonical department name to the referrals that asked it to cover that department
 */
public record FacilityAcceptance(long facilityId, String source, String sourceKey, AcceptanceStats total,
                                 Map<String, AcceptanceStats> byDepartment) {
    public FacilityAcceptance {
        Objects.requireNonNull(total, "total");
        byDepartment = Map.copyOf(byDepartment);
        source = Objects.requireNonNullElse(source, "");
        sourceKey = Objects.requireNonNullElse(sourceKey, "");
    }

    /** A facility nothing was sent to. */
    public static FacilityAcceptance none(long facilityId) {
        return new FacilityAcceptance(facilityId, "", "", AcceptanceStats.NONE, Map.of());
    }

    /** The department's counts; {@link AcceptanceStats#NONE} when nothing was sent for it. */
    public AcceptanceStats department(String dept) {
        return byDepartment.getOrDefault(dept, AcceptanceStats.NONE);
    }
}
