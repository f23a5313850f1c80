package org.renkei.app.store;

import org.renkei.app.referral.ReferralRecord;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.StatusEvent;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every SQL statement on {@code referral_event}: the append-only status history of each destination, and the
 * summary's referral records computed from it.
 */
public final class ReferralEventRepository {
    private static final String FIRST = "(SELECT MIN(e.event_date) FROM referral_event e WHERE e.case_id = d.case_id "
            + "AND e.facility_id = d.facility_id AND e.status IN (%s))";

    /** Appends one history row. */
    public void append(Connection c, StatusEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO referral_event (case_id, facility_id, status, "
                + "event_date, note, forwarded_to, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.caseId());
            ps.setLong(2, e.facilityId());
            ps.setString(3, e.status().name());
            ps.setDate(4, Date.valueOf(e.day()));
            ps.setString(5, e.note());
            ps.setString(6, e.forwardedTo());
            ps.setTimestamp(7, Timestamp.valueOf(e.recordedAt()));
            ps.executeUpdate();
        }
    }

    /** One destination's history, oldest first (in the order the changes were recorded). */
    public List<StatusEvent> history(Connection c, long caseId, long facilityId) throws SQLException {
        List<StatusEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT status, event_date, note, forwarded_to, recorded_at "
                + "FROM referral_event WHERE case_id = ? AND facility_id = ? ORDER BY id")) {
            ps.setLong(1, caseId);
            ps.setLong(2, facilityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StatusEvent(caseId, facilityId, ReferralStatus.valueOf(rs.getString(1)),
                            rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toLocalDateTime()));
                }
            }
        }
        return out;
    }

    /**
     * One record per destination of the cases created between {@code from} and {@code to} (inclusive), by case
     * date then pin order; sent / answered / accepted days are the first such day in the history.
     */
    public List<ReferralRecord> records(Connection c, LocalDate from, LocalDate to) throws SQLException {
        String sql = "SELECT c.id, c.patient_id, c.created_on, d.facility_id, d.name, d.status, d.status_date, "
                + "d.forwarded_to, " + first("'SENT'") + ", " + first("'ACCEPTED', 'DECLINED', 'FORWARDED'") + ", "
                + first("'ACCEPTED'") + " FROM referral_case c JOIN case_destination d ON d.case_id = c.id "
                + "WHERE c.created_on >= ? AND c.created_on <= ? ORDER BY c.created_on, c.id, d.ordinal";
        List<ReferralRecord> out = new ArrayList<>();
        Map<String, List<String>> covers = covers(c, from, to);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long caseId = rs.getLong(1);
                    long fid = rs.getLong(4);
                    out.add(new ReferralRecord(caseId, rs.getString(2), rs.getDate(3).toLocalDate(), fid,
                            rs.getString(5), covers.getOrDefault(caseId + "/" + fid, List.of()),
                            ReferralStatus.valueOf(rs.getString(6)), day(rs, 9), day(rs, 10), day(rs, 11),
                            day(rs, 7), rs.getString(8)));
                }
            }
        }
        return out;
    }

    private static String first(String statuses) {
        return String.format(FIRST, statuses);
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Map<String, List<String>> covers(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.case_id, v.facility_id, v.dept FROM destination_cover v "
                + "JOIN referral_case c ON c.id = v.case_id WHERE c.created_on >= ? AND c.created_on <= ? "
                + "ORDER BY v.case_id, v.facility_id, v.ordinal")) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
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
