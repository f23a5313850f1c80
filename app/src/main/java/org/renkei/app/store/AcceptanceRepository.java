package org.renkei.app.store;

import org.renkei.app.referral.ReferralOutcome;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.SentReferral;

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
 * Every SQL statement of the acceptance history: the destinations that left the office, read from the status
 * history ({@code referral_event}) with the facility's (source, source_key), the identity re-imports keep.
 */
public final class AcceptanceRepository {
    private static final String EVENTS = "FROM referral_event e WHERE e.case_id = d.case_id AND e.facility_id = "
            + "d.facility_id AND ";
    private static final String SENT = "SELECT t.case_id, t.facility_id, t.source, t.source_key, t.sent_on, t.answer, "
            + "t.closed_n FROM (SELECT d.case_id, d.facility_id, f.source, f.source_key, "
            + "(SELECT MIN(e.event_date) " + EVENTS + "e.status <> 'DRAFT') AS sent_on, "
            + "(SELECT a.status FROM referral_event a WHERE a.id = (SELECT MAX(e.id) " + EVENTS
            + "e.status IN ('ACCEPTED', 'FIRST_VISIT', 'DECLINED', 'FORWARDED'))) AS answer, "
            + "(SELECT COUNT(*) " + EVENTS + "e.status = 'CLOSED') AS closed_n "
            + "FROM case_destination d JOIN facility f ON f.id = d.facility_id WHERE d.status <> 'DRAFT') t "
            + "WHERE t.sent_on IS NOT NULL AND t.sent_on >= ? AND t.sent_on <= ?";

    /**
     * The destinations sent between {@code from} and {@code to} (inclusive, by the first day after 下書き), oldest
     * first; {@code facilityId} null = every facility.
     */
    public List<SentReferral> sent(Connection c, LocalDate from, LocalDate to, Long facilityId) throws SQLException {
        String sql = SENT + (facilityId == null ? "" : " AND t.facility_id = ?")
                + " ORDER BY t.sent_on, t.case_id, t.facility_id";
        Map<String, List<String>> covers = covers(c, facilityId);
        List<SentReferral> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            if (facilityId != null) {
                ps.setLong(3, facilityId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long caseId = rs.getLong(1);
                    long fid = rs.getLong(2);
                    String answer = rs.getString(6);
                    ReferralOutcome o = ReferralOutcome.of(answer == null ? null : ReferralStatus.valueOf(answer),
                            rs.getInt(7) > 0);
                    out.add(new SentReferral(caseId, fid, rs.getString(3), rs.getString(4),
                            covers.getOrDefault(caseId + "/" + fid, List.of()), rs.getDate(5).toLocalDate(), o));
                }
            }
        }
        return out;
    }

    private static Map<String, List<String>> covers(Connection c, Long facilityId) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        String sql = "SELECT v.case_id, v.facility_id, v.dept FROM destination_cover v"
                + (facilityId == null ? "" : " WHERE v.facility_id = ?") + " ORDER BY v.case_id, v.facility_id, v.ordinal";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (facilityId != null) {
                ps.setLong(1, facilityId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1) + "/" + rs.getLong(2), k -> new ArrayList<>())
                            .add(rs.getString(3));
                }
            }
        }
        return out;
    }
}
