package org.renkei.app.store;

import org.renkei.app.domain.CapabilityTag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every SQL statement on {@code capability_tag}: the vocabulary of capability tags, seeded and office-extended. */
public final class CapabilityRepository {
    private static final String COLUMNS = "name, takes_detail, builtin";

    /** The vocabulary in display order (seeded tags first, then the office's in the order added). */
    public List<CapabilityTag> all(Connection c) throws SQLException {
        List<CapabilityTag> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM capability_tag ORDER BY ordinal, name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    public Optional<CapabilityTag> byName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM capability_tag WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** Adds a tag at the end of the vocabulary; the caller checks that the name is new. */
    public void insert(Connection c, CapabilityTag tag) throws SQLException {
        int ordinal;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM capability_tag");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            ordinal = rs.getInt(1);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO capability_tag (name, takes_detail, builtin, ordinal) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, tag.name());
            ps.setBoolean(2, tag.takesDetail());
            ps.setBoolean(3, tag.builtin());
            ps.setInt(4, ordinal);
            ps.executeUpdate();
        }
    }

    private static CapabilityTag map(ResultSet rs) throws SQLException {
        return new CapabilityTag(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3));
    }
}
