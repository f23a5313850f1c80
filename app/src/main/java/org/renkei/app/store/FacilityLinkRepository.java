package org.renkei.app.store;

import org.renkei.app.domain.FacilityLink;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.domain.LinkState;
import org.renkei.app.domain.LinkedFacility;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every SQL statement on {@code facility_link}. */
public final class FacilityLinkRepository {
    /**
     * SQL condition true for a facility {@code f} that is the secondary of a joining link (auto or confirmed) whose
     * primary is active: such a facility is not shown in search or matching (its primary is).
     */
    static final String HIDDEN = "EXISTS (SELECT 1 FROM facility_link hl JOIN facility hp ON hp.id = hl.primary_id "
            + "WHERE hl.secondary_id = f.id AND hl.state IN ('auto', 'confirmed') AND hp.status = 'active')";

    private static final String SELECT = "SELECT l.id, l.state, l.score, l.reason, l.created_at, l.decided_at, "
            + "p.id, p.source, p.source_key, p.name, p.address, p.status, "
            + "s.id, s.source, s.source_key, s.name, s.address, s.status "
            + "FROM facility_link l JOIN facility p ON p.id = l.primary_id JOIN facility s ON s.id = l.secondary_id";

    /** A link as the linker needs it: the pair, the sources and the state. */
    public record Row(long id, long primaryId, String primarySource, long secondaryId, String secondarySource,
                      LinkState state, int score, String reason) {
    }

    /** Links with either side among {@code ids}. */
    public List<Row> involving(Connection c, Collection<Long> ids) throws SQLException {
        List<Row> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + 500));
            String in = LinkKeyRepository.marks(part.size());
            try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.primary_id, p.source, l.secondary_id, "
                    + "s.source, l.state, l.score, l.reason FROM facility_link l JOIN facility p ON p.id = l.primary_id "
                    + "JOIN facility s ON s.id = l.secondary_id WHERE l.primary_id IN (" + in + ") OR l.secondary_id IN ("
                    + in + ")")) {
                LinkKeyRepository.bind(ps, part);
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(part.size() + i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (seen.add(rs.getLong(1))) {
                            out.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                                    rs.getString(5), LinkState.fromCode(rs.getString(6)), rs.getInt(7),
                                    rs.getString(8)));
                        }
                    }
                }
            }
        }
        return out;
    }

    public long insert(Connection c, long primaryId, long secondaryId, int score, LinkState state, String reason,
                       LocalDateTime now, LocalDateTime decidedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO facility_link (primary_id, secondary_id, score, "
                + "state, reason, created_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, primaryId);
            ps.setLong(2, secondaryId);
            ps.setInt(3, score);
            ps.setString(4, state.code());
            ps.setString(5, reason);
            ps.setTimestamp(6, Timestamp.valueOf(now));
            ps.setTimestamp(7, decidedAt == null ? null : Timestamp.valueOf(decidedAt));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Rewrites what the linker decides (never used on a link a person decided). */
    public void update(Connection c, long id, long primaryId, long secondaryId, int score, LinkState state,
                       String reason, LocalDateTime decidedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE facility_link SET primary_id = ?, secondary_id = ?, "
                + "score = ?, state = ?, reason = ?, decided_at = ? WHERE id = ?")) {
            ps.setLong(1, primaryId);
            ps.setLong(2, secondaryId);
            ps.setInt(3, score);
            ps.setString(4, state.code());
            ps.setString(5, reason);
            ps.setTimestamp(6, decidedAt == null ? null : Timestamp.valueOf(decidedAt));
            ps.setLong(7, id);
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM facility_link WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** A person's decision; false when there is no such link. */
    public boolean decide(Connection c, long id, LinkState state, LocalDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE facility_link SET state = ?, decided_at = ? WHERE id = ?")) {
            ps.setString(1, state.code());
            ps.setTimestamp(2, Timestamp.valueOf(at));
            ps.setLong(3, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** Links in these states with both facilities: pending first, then by score, highest first. */
    public List<FacilityLink> list(Connection c, Collection<LinkState> states) throws SQLException {
        List<FacilityLink> out = new ArrayList<>();
        String sql = SELECT + " WHERE l.state IN (" + LinkKeyRepository.marks(states.size()) + ") ORDER BY CASE l.state "
                + "WHEN 'pending' THEN 0 ELSE 1 END, l.score DESC, l.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (LinkState s : states) {
                ps.setString(i++, s.code());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    public Optional<FacilityLink> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE l.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** Links that join this facility with another one (auto or confirmed), either side. */
    public List<FacilityLink> joining(Connection c, long facilityId) throws SQLException {
        List<FacilityLink> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE l.state IN ('auto', 'confirmed') "
                + "AND (l.primary_id = ? OR l.secondary_id = ?) ORDER BY l.id")) {
            ps.setLong(1, facilityId);
            ps.setLong(2, facilityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    /** Facilities not shown in search and matching (see {@link #HIDDEN}). */
    public Set<Long> hiddenIds(Connection c) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.id FROM facility f WHERE " + HIDDEN);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static FacilityLink map(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp(6);
        return new FacilityLink(rs.getLong(1), LinkState.fromCode(rs.getString(2)), rs.getInt(3), rs.getString(4),
                rs.getTimestamp(5).toLocalDateTime(), decided == null ? null : decided.toLocalDateTime(),
                side(rs, 7), side(rs, 13));
    }

    private static LinkedFacility side(ResultSet rs, int at) throws SQLException {
        return new LinkedFacility(rs.getLong(at), rs.getString(at + 1), rs.getString(at + 2), rs.getString(at + 3),
                rs.getString(at + 4), FacilityStatus.fromCode(rs.getString(at + 5)));
    }
}
