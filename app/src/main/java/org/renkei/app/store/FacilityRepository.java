package org.renkei.app.store;

import org.renkei.app.domain.Facility;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.FacilityAttributes;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every SQL statement on the {@code facility} table. */
public final class FacilityRepository {
    private static final int TOUCH_CHUNK = 1_000;

    static final String COLUMNS = "id, source, source_key, name, kana, kind, postal_code, address, municipality_code, "
            + "lat, lng, geo_precision, phone, url, beds, closed_days, status, home_visit, accepting_new, barrier_free, "
            + "first_seen, last_seen";

    /** What an import needs to know about a stored facility to decide insert / update / unchanged. */
    public record StoredKey(long id, String contentHash, String deptHash, FacilityStatus status) {
    }

    public Map<String, StoredKey> keys(Connection c, String source) throws SQLException {
        Map<String, StoredKey> keys = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source_key, id, content_hash, dept_hash, status FROM facility WHERE source = ?")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.put(rs.getString(1), new StoredKey(rs.getLong(2), rs.getString(3), rs.getString(4),
                            FacilityStatus.fromCode(rs.getString(5))));
                }
            }
        }
        return keys;
    }

    public long insert(Connection c, FacilityRecord r, String scope, String contentHash, long batchId,
                       LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO facility (source, source_key, scope, name, kana, "
                + "kind, postal_code, address, municipality_code, lat, lng, geo_precision, phone, url, beds, "
                + "closed_days, status, content_hash, first_seen, last_seen, last_batch_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, r.source());
            ps.setString(2, r.sourceKey());
            ps.setString(3, scope);
            int i = bindImported(ps, 4, r);
            ps.setString(i++, contentHash);
            ps.setTimestamp(i++, Timestamp.valueOf(now));
            ps.setTimestamp(i++, Timestamp.valueOf(now));
            ps.setLong(i, batchId);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Overwrites the imported fields (never staff attributes) and reactivates the facility. */
    public void updateImported(Connection c, long id, FacilityRecord r, String scope, String contentHash, long batchId,
                               LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE facility SET name = ?, kana = ?, kind = ?, "
                + "postal_code = ?, address = ?, municipality_code = ?, lat = ?, lng = ?, geo_precision = ?, "
                + "phone = ?, url = ?, beds = ?, closed_days = ?, scope = ?, status = 'active', content_hash = ?, "
                + "last_seen = ?, last_batch_id = ? WHERE id = ?")) {
            int i = bindImported(ps, 1, r);
            ps.setString(i++, scope);
            ps.setString(i++, contentHash);
            ps.setTimestamp(i++, Timestamp.valueOf(now));
            ps.setLong(i++, batchId);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    /** Marks facilities as seen in this batch without changing anything else (one prepared batch). */
    public void touchAll(Connection c, long[] ids, long batchId, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE facility SET last_seen = ?, last_batch_id = ? WHERE id = ?")) {
            Timestamp seen = Timestamp.valueOf(now);
            for (int i = 0; i < ids.length; i++) {
                ps.setTimestamp(1, seen);
                ps.setLong(2, batchId);
                ps.setLong(3, ids[i]);
                ps.addBatch();
                if ((i + 1) % TOUCH_CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    public void setDeptHash(Connection c, long id, String deptHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE facility SET dept_hash = ? WHERE id = ?")) {
            ps.setString(1, deptHash);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Active facilities of this source and scope not seen in {@code batchId} become closed. */
    public int closeMissing(Connection c, String source, String scope, long batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE facility SET status = 'closed' WHERE source = ? "
                + "AND scope = ? AND status = 'active' AND (last_batch_id IS NULL OR last_batch_id <> ?)")) {
            ps.setString(1, source);
            ps.setString(2, scope);
            ps.setLong(3, batchId);
            return ps.executeUpdate();
        }
    }

    /** Sets staff attributes; returns false when no facility has this source key. */
    public boolean setAttributes(Connection c, String source, FacilityAttributes a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE facility SET home_visit = ?, accepting_new = ?, "
                + "barrier_free = ? WHERE source = ? AND source_key = ?")) {
            ps.setBoolean(1, a.homeVisit());
            ps.setBoolean(2, a.acceptingNew());
            ps.setBoolean(3, a.barrierFree());
            ps.setString(4, source);
            ps.setString(5, a.sourceKey());
            return ps.executeUpdate() > 0;
        }
    }

    /** Staff attributes as stored; null = unknown. */
    public record StoredAttributes(Boolean homeVisit, Boolean acceptingNew, Boolean barrierFree) {
        public boolean sameAs(FacilityAttributes a) {
            return Boolean.valueOf(a.homeVisit()).equals(homeVisit)
                    && Boolean.valueOf(a.acceptingNew()).equals(acceptingNew)
                    && Boolean.valueOf(a.barrierFree()).equals(barrierFree);
        }
    }

    /** Attributes as stored, to tell whether an attribute row changes anything; empty when the key is unknown. */
    public Optional<StoredAttributes> attributes(Connection c, String source, String sourceKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT home_visit, accepting_new, barrier_free FROM facility "
                + "WHERE source = ? AND source_key = ?")) {
            ps.setString(1, source);
            ps.setString(2, sourceKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredAttributes(SqlValues.nullableBoolean(rs, "home_visit"),
                        SqlValues.nullableBoolean(rs, "accepting_new"), SqlValues.nullableBoolean(rs, "barrier_free")));
            }
        }
    }

    public Optional<Facility> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM facility WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** Every facility (without departments), keyed by id in id order. */
    public Map<Long, Facility> all(Connection c, boolean activeOnly) throws SQLException {
        Map<Long, Facility> out = new LinkedHashMap<>();
        String sql = "SELECT " + COLUMNS + " FROM facility" + (activeOnly ? " WHERE status = 'active'" : "")
                + " ORDER BY id";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Facility f = map(rs);
                out.put(f.id(), f);
            }
        }
        return out;
    }

    public int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM facility");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Facility counts per kind label (active and closed). */
    public Map<String, Integer> countByKind(Connection c) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, COUNT(*) FROM facility GROUP BY kind ORDER BY kind");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    /** Facility counts per source. */
    public Map<String, Integer> countBySource(Connection c) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source, COUNT(*) FROM facility GROUP BY source ORDER BY source");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    private static int bindImported(PreparedStatement ps, int start, FacilityRecord r) throws SQLException {
        int i = start;
        ps.setString(i++, r.name());
        ps.setString(i++, r.kana());
        ps.setString(i++, r.kind().label());
        ps.setString(i++, r.postalCode());
        ps.setString(i++, r.address());
        ps.setString(i++, r.municipalityCode());
        SqlValues.setNullableDouble(ps, i++, r.lat());
        SqlValues.setNullableDouble(ps, i++, r.lng());
        ps.setString(i++, r.precision().code());
        ps.setString(i++, r.phone());
        ps.setString(i++, r.url());
        SqlValues.setNullableInt(ps, i++, r.beds());
        ps.setString(i++, r.closedDays());
        return i;
    }

    static Facility map(ResultSet rs) throws SQLException {
        return new Facility(rs.getLong("id"), rs.getString("source"), rs.getString("source_key"),
                rs.getString("name"), rs.getString("kana"), FacilityKind.fromLabel(rs.getString("kind")),
                rs.getString("postal_code"), rs.getString("address"), rs.getString("municipality_code"),
                SqlValues.nullableDouble(rs, "lat"), SqlValues.nullableDouble(rs, "lng"),
                Precision.fromCode(rs.getString("geo_precision")), rs.getString("phone"), rs.getString("url"),
                SqlValues.nullableInt(rs, "beds"), rs.getString("closed_days"),
                FacilityStatus.fromCode(rs.getString("status")), SqlValues.nullableBoolean(rs, "home_visit"),
                SqlValues.nullableBoolean(rs, "accepting_new"), SqlValues.nullableBoolean(rs, "barrier_free"),
                rs.getTimestamp("first_seen").toLocalDateTime(), rs.getTimestamp("last_seen").toLocalDateTime(),
                List.of());
    }
}
