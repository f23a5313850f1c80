package org.renkei.app.store;

import org.renkei.app.domain.Capability;
import org.renkei.app.domain.Contact;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.Fact;
import org.renkei.app.domain.FacilityKey;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.domain.Verified;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every SQL statement on {@code facility_knowledge} and its tags in {@code facility_capability}, keyed by the
 * facility's (source, source_key) so that knowledge survives re-imports of the lists.
 */
public final class KnowledgeRepository {
    private static final String FACTS = "k.source, k.source_key, k.registered, k.registered_on, k.registered_by, "
            + "k.contact_person, k.contact_method, k.contact_on, k.contact_by, k.notes, k.notes_on, k.notes_by";
    private static final String TAGS = "t.source, t.source_key, t.department, t.tag, t.detail, t.verified_on, "
            + "t.verified_by";

    public Optional<FacilityKnowledge> load(Connection c, FacilityKey key) throws SQLException {
        Map<FacilityKey, FacilityKnowledge> found = read(c, "SELECT " + FACTS + " FROM facility_knowledge k "
                + "WHERE k.source = ? AND k.source_key = ?", "SELECT " + TAGS + " FROM facility_capability t "
                + "WHERE t.source = ? AND t.source_key = ?", key);
        return Optional.ofNullable(found.get(key));
    }

    /** All stored knowledge, also for keys no facility in this database has (yet). */
    public Map<FacilityKey, FacilityKnowledge> all(Connection c) throws SQLException {
        return read(c, "SELECT " + FACTS + " FROM facility_knowledge k ORDER BY k.source, k.source_key",
                "SELECT " + TAGS + " FROM facility_capability t", null);
    }

    /** Knowledge of every facility in this database that has some, by facility id (two queries). */
    public Map<Long, FacilityKnowledge> byFacilityId(Connection c) throws SQLException {
        Map<FacilityKey, Long> ids = new HashMap<>();
        for (String table : List.of("facility_knowledge", "facility_capability")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT f.id, f.source, f.source_key FROM " + table
                    + " x JOIN facility f ON f.source = x.source AND f.source_key = x.source_key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(new FacilityKey(rs.getString(2), rs.getString(3)), rs.getLong(1));
                }
            }
        }
        Map<Long, FacilityKnowledge> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        all(c).forEach((key, k) -> {
            Long id = ids.get(key);
            if (id != null) {
                out.put(id, k);
            }
        });
        return out;
    }

    /** Stores {@code k} in place of what this key had; empty knowledge removes the key's rows. */
    public void replace(Connection c, FacilityKnowledge k, LocalDateTime now) throws SQLException {
        FacilityKey key = k.key();
        for (String table : List.of("facility_capability", "facility_knowledge")) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM " + table + " WHERE source = ? AND source_key = ?")) {
                del.setString(1, key.source());
                del.setString(2, key.sourceKey());
                del.executeUpdate();
            }
        }
        if (k.isEmpty()) {
            return;
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO facility_knowledge (registered, registered_on, "
                + "registered_by, contact_person, contact_method, contact_on, contact_by, notes, notes_on, notes_by, "
                + "updated_at, source, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindFacts(ins, k);
            ins.setTimestamp(11, Timestamp.valueOf(now));
            ins.setString(12, key.source());
            ins.setString(13, key.sourceKey());
            ins.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO facility_capability (source, source_key, "
                + "department, tag, detail, verified_on, verified_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Capability cap : k.capabilities()) {
                ins.setString(1, key.source());
                ins.setString(2, key.sourceKey());
                ins.setString(3, cap.department());
                ins.setString(4, cap.tag());
                ins.setString(5, cap.detail());
                ins.setDate(6, Date.valueOf(cap.verified().on()));
                ins.setString(7, cap.verified().by());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static void bindFacts(PreparedStatement ps, FacilityKnowledge k) throws SQLException {
        if (k.registered() == null) {
            ps.setNull(1, Types.BOOLEAN);
        } else {
            ps.setBoolean(1, k.registered().value());
        }
        bindVerified(ps, 2, k.registered() == null ? null : k.registered().verified());
        Contact contact = k.contact() == null ? null : k.contact().value();
        ps.setString(4, contact == null ? "" : contact.person());
        ps.setString(5, contact == null || contact.method() == null ? "" : contact.method().code());
        bindVerified(ps, 6, k.contact() == null ? null : k.contact().verified());
        ps.setString(8, k.notes() == null ? "" : k.notes().value());
        bindVerified(ps, 9, k.notes() == null ? null : k.notes().verified());
    }

    private static void bindVerified(PreparedStatement ps, int at, Verified v) throws SQLException {
        ps.setDate(at, v == null ? null : Date.valueOf(v.on()));
        ps.setString(at + 1, v == null ? "" : v.by());
    }

    /** Reads fact rows then tag rows; {@code key} binds both queries when given. */
    private static Map<FacilityKey, FacilityKnowledge> read(Connection c, String factsSql, String tagsSql,
                                                            FacilityKey key) throws SQLException {
        Map<FacilityKey, FacilityKnowledge> out = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, factsSql, key); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                FacilityKey k = new FacilityKey(rs.getString(1), rs.getString(2));
                out.put(k, new FacilityKnowledge(k, registered(rs), contact(rs), notes(rs), List.of()));
            }
        }
        Map<FacilityKey, List<Capability>> tags = new HashMap<>();
        try (PreparedStatement ps = prepare(c, tagsSql, key); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                FacilityKey k = new FacilityKey(rs.getString(1), rs.getString(2));
                tags.computeIfAbsent(k, x -> new ArrayList<>()).add(new Capability(rs.getString(4), rs.getString(3),
                        rs.getString(5), verified(rs, 6)));
            }
        }
        tags.forEach((k, list) -> {
            FacilityKnowledge base = out.getOrDefault(k, FacilityKnowledge.empty(k));
            out.put(k, new FacilityKnowledge(k, base.registered(), base.contact(), base.notes(), list));
        });
        return out;
    }

    private static PreparedStatement prepare(Connection c, String sql, FacilityKey key) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        if (key != null) {
            ps.setString(1, key.source());
            ps.setString(2, key.sourceKey());
        }
        return ps;
    }

    private static Fact<Boolean> registered(ResultSet rs) throws SQLException {
        Boolean value = SqlValues.nullableBoolean(rs, "registered");
        Verified v = verified(rs, 4);
        return value == null || v == null ? null : new Fact<>(value, v);
    }

    private static Fact<Contact> contact(ResultSet rs) throws SQLException {
        Verified v = verified(rs, 8);
        String person = rs.getString(6);
        String method = rs.getString(7);
        if (v == null || (person.isEmpty() && method.isEmpty())) {
            return null;
        }
        return new Fact<>(new Contact(person, method.isEmpty() ? null : ContactMethod.fromCode(method)), v);
    }

    private static Fact<String> notes(ResultSet rs) throws SQLException {
        Verified v = verified(rs, 11);
        String notes = rs.getString(10);
        return v == null || notes.isBlank() ? null : new Fact<>(notes, v);
    }

    /** The date at {@code at} and the name after it; null when the date is. */
    private static Verified verified(ResultSet rs, int at) throws SQLException {
        LocalDate on = rs.getObject(at, LocalDate.class);
        return on == null ? null : new Verified(on, rs.getString(at + 1));
    }
}
