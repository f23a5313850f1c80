package org.renkei.app.store;

import org.renkei.app.referral.FacilityReferral;
import org.renkei.app.referral.ReferralStatus;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every statement of a facility's referral history (the detail pane's table and monthly chart): the destinations of
 * the V2 case tables pointing at the facility, with the first sent and accepted days from {@code referral_event}.
 */
public final class FacilityReferralRepository {
    private static final String FIRST = "(SELECT MIN(e.event_date) FROM referral_event e WHERE e.case_id = d.case_id "
            + "AND e.facility_id = d.facility_id AND e.status %s)";

    /** The facility's destinations, newest case first. */
    public List<FacilityReferral> referrals(Connection c, long facilityId) throws SQLException {
        String sql = "SELECT d.case_id, k.created_on, d.status, d.status_date, " + String.format(FIRST, "<> 'DRAFT'")
                + ", " + String.format(FIRST, "= 'ACCEPTED'") + " FROM case_destination d "
                + "JOIN referral_case k ON k.id = d.case_id WHERE d.facility_id = ? "
                + "ORDER BY k.created_on DESC, d.case_id DESC";
        Map<Long, List<String>> covers = covers(c, facilityId);
        List<FacilityReferral> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, facilityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long caseId = rs.getLong(1);
                    out.add(new FacilityReferral(caseId, rs.getDate(2).toLocalDate(),
                            covers.getOrDefault(caseId, List.of()), day(rs, 5), day(rs, 6),
                            ReferralStatus.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate()));
                }
            }
        }
        return out;
    }

    private static Map<Long, List<String>> covers(Connection c, long facilityId) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.case_id, v.dept FROM destination_cover v "
                + "WHERE v.facility_id = ? ORDER BY v.case_id, v.ordinal")) {
            ps.setLong(1, facilityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
