package org.renkei.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Every SQL statement on {@code audit_entry}: append and read; rows are never changed or deleted. */
public final class AuditRepository {
    /** One stored row; {@code action} is the action's code. */
    public record Row(LocalDateTime at, String staff, String action, String target, String detail) {
    }

    public void append(Connection c, Row e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (occurred_at, staff_name, action_code, "
                + "target, detail) VALUES (?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.valueOf(e.at()));
            ps.setString(2, e.staff());
            ps.setString(3, e.action());
            ps.setString(4, e.target());
            ps.setString(5, e.detail());
            ps.executeUpdate();
        }
    }

    /** Entries with {@code from <= time < to}, oldest first. */
    public List<Row> between(Connection c, LocalDateTime from, LocalDateTime to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT occurred_at, staff_name, action_code, target, detail "
                + "FROM audit_entry WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id")) {
            ps.setTimestamp(1, Timestamp.valueOf(from));
            ps.setTimestamp(2, Timestamp.valueOf(to));
            List<Row> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return out;
        }
    }

    /** The staff names used so far, most recently used first. */
    public List<String> staffNames(Connection c, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT staff_name, MAX(occurred_at) AS last_used "
                + "FROM audit_entry GROUP BY staff_name ORDER BY last_used DESC, staff_name")) {
            ps.setMaxRows(limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }
}
