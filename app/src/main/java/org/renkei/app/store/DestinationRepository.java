package org.renkei.app.store;

import org.renkei.app.referral.Destination;
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

/** Every SQL statement on {@code case_destination} and {@code destination_cover}: a case's chosen plan. */
public final class DestinationRepository {

    /** A destination waiting for the clinic's answer. */
    public record Sent(long caseId, long facilityId, LocalDate sentOn) {
    }

    /** Replaces all destinations of one case (pin order = list order) with their covered departments. */
    public void replace(Connection c, long caseId, List<Destination> plan) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM case_destination WHERE case_id = ?")) {
            del.setLong(1, caseId);
            del.executeUpdate();
        }
        if (plan.isEmpty()) {
            return;
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO case_destination (case_id, facility_id, "
                + "ordinal, name, address, phone, lat, lng, km, status, status_date, note, forwarded_to) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement cov = c.prepareStatement("INSERT INTO destination_cover (case_id, facility_id, "
                     + "ordinal, dept) VALUES (?, ?, ?, ?)")) {
            boolean anyCover = false;
            for (Destination d : plan) {
                int i = 1;
                ins.setLong(i++, caseId);
                ins.setLong(i++, d.facilityId());
                ins.setInt(i++, d.order());
                ins.setString(i++, d.name());
                ins.setString(i++, d.address());
                ins.setString(i++, d.phone());
                SqlValues.setNullableDouble(ins, i++, d.lat());
                SqlValues.setNullableDouble(ins, i++, d.lng());
                ins.setDouble(i++, d.km());
                ins.setString(i++, d.status().name());
                ins.setDate(i++, Date.valueOf(d.statusDate()));
                ins.setString(i++, d.note());
                ins.setString(i, d.forwardedTo());
                ins.addBatch();
                for (int k = 0; k < d.covers().size(); k++) {
                    cov.setLong(1, caseId);
                    cov.setLong(2, d.facilityId());
                    cov.setInt(3, k);
                    cov.setString(4, d.covers().get(k));
                    cov.addBatch();
                    anyCover = true;
                }
            }
            ins.executeBatch();
            if (anyCover) {
                cov.executeBatch();
            }
        }
    }

    /** Sets one destination's current status; false when the case has no such destination. */
    public boolean setStatus(Connection c, long caseId, long facilityId, ReferralStatus status, LocalDate day,
                             String note, String forwardedTo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE case_destination SET status = ?, status_date = ?, "
                + "note = ?, forwarded_to = ? WHERE case_id = ? AND facility_id = ?")) {
            ps.setString(1, status.name());
            ps.setDate(2, Date.valueOf(day));
            ps.setString(3, note == null ? "" : note);
            ps.setString(4, forwardedTo == null ? "" : forwardedTo);
            ps.setLong(5, caseId);
            ps.setLong(6, facilityId);
            return ps.executeUpdate() > 0;
        }
    }

    /** Destinations in 送付済 since before {@code cutoff}, longest waiting first. */
    public List<Sent> sentBefore(Connection c, LocalDate cutoff) throws SQLException {
        List<Sent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, facility_id, status_date FROM case_destination "
                + "WHERE status = ? AND status_date < ? ORDER BY status_date, case_id, ordinal")) {
            ps.setString(1, ReferralStatus.SENT.name());
            ps.setDate(2, Date.valueOf(cutoff));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Sent(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()));
                }
            }
        }
        return out;
    }

    /** The destinations of the given cases, in pin order. */
    public Map<Long, List<Destination>> load(Connection c, List<Long> caseIds) throws SQLException {
        Map<String, List<String>> covers = covers(c, caseIds);
        Map<Long, List<Destination>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, facility_id, ordinal, name, address, phone, "
                + "lat, lng, km, status, status_date, note, forwarded_to FROM case_destination "
                + "WHERE case_id = ANY(?) ORDER BY case_id, ordinal")) {
            ps.setArray(1, c.createArrayOf("BIGINT", caseIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long caseId = rs.getLong("case_id");
                    long fid = rs.getLong("facility_id");
                    out.computeIfAbsent(caseId, k -> new ArrayList<>()).add(new Destination(rs.getInt("ordinal"), fid,
                            rs.getString("name"), rs.getString("address"), rs.getString("phone"),
                            SqlValues.nullableDouble(rs, "lat"), SqlValues.nullableDouble(rs, "lng"),
                            covers.getOrDefault(caseId + "/" + fid, List.of()), rs.getDouble("km"),
                            ReferralStatus.valueOf(rs.getString("status")), rs.getDate("status_date").toLocalDate(),
                            rs.getString("note"), rs.getString("forwarded_to")));
                }
            }
        }
        return out;
    }

    private static Map<String, List<String>> covers(Connection c, List<Long> caseIds) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, facility_id, dept FROM destination_cover "
                + "WHERE case_id = ANY(?) ORDER BY case_id, facility_id, ordinal")) {
            ps.setArray(1, c.createArrayOf("BIGINT", caseIds.toArray()));
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
