package org.renkei.app.store;

import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.Referrer;
import org.renkei.app.referral.Sex;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every SQL statement on {@code referral_case} and its lists ({@code case_item}); the destinations go through
 * {@link DestinationRepository}.
 */
public final class CaseRepository {
    /** The columns written from a case, in binding order; created_on and updated_at follow them. */
    private static final List<String> FIELDS = List.of("patient_id", "patient_name", "patient_kana", "kana_key",
            "patient_sex", "birth_date", "patient_address", "patient_phone", "occupation", "referrer_doctor",
            "referrer_department", "purpose", "history", "course", "treatment", "notes", "max_km", "home_lat",
            "home_lng");
    private static final String SELECT = "SELECT id, " + String.join(", ", FIELDS)
            + ", created_on, updated_at FROM referral_case";

    private final DestinationRepository destinations = new DestinationRepository();

    /** Inserts the case and its lists (not its destinations); returns the new id. */
    public long insert(Connection c, ReferralCase rc, LocalDateTime now) throws SQLException {
        String sql = "INSERT INTO referral_case (" + String.join(", ", FIELDS) + ", created_on, updated_at) VALUES ("
                + "?, ".repeat(FIELDS.size() + 1) + "?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int i = bind(ps, rc);
            ps.setDate(i++, Date.valueOf(rc.createdOn()));
            ps.setTimestamp(i, Timestamp.valueOf(now));
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            writeItems(c, id, rc);
            return id;
        }
    }

    /** Overwrites the fields and lists (not the destinations, not the creation day); false when there is no such case. */
    public boolean update(Connection c, ReferralCase rc, LocalDateTime now) throws SQLException {
        String sql = "UPDATE referral_case SET " + String.join(" = ?, ", FIELDS) + " = ?, updated_at = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, rc);
            ps.setTimestamp(i++, Timestamp.valueOf(now));
            ps.setLong(i, rc.id());
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM case_item WHERE case_id = ?")) {
            del.setLong(1, rc.id());
            del.executeUpdate();
        }
        writeItems(c, rc.id(), rc);
        return true;
    }

    /** Marks the case as changed (a plan chosen, a status set). */
    public void touch(Connection c, long caseId, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE referral_case SET updated_at = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.valueOf(now));
            ps.setLong(2, caseId);
            ps.executeUpdate();
        }
    }

    /** Replaces the case's destinations (the chosen plan) and their covered departments. */
    public void replaceDestinations(Connection c, long caseId, List<Destination> plan) throws SQLException {
        destinations.replace(c, caseId, plan);
    }

    public Optional<ReferralCase> find(Connection c, long id) throws SQLException {
        return load(c, SELECT + " WHERE id = ?", List.of(id)).stream().findFirst();
    }

    /** The cases matching every given criterion, newest first. */
    public List<ReferralCase> search(Connection c, CaseQuery q) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.patientId() != null) {
            where.add("patient_id = ?");
            params.add(q.patientId());
        }
        if (q.kanaPrefix() != null) {
            where.add("kana_key LIKE ? ESCAPE '!'");
            params.add(CaseQuery.kanaKey(q.kanaPrefix()).replaceAll("([!%_])", "!$1") + "%");
        }
        if (q.from() != null) {
            where.add("created_on >= ?");
            params.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            where.add("created_on <= ?");
            params.add(Date.valueOf(q.to()));
        }
        if (q.status() != null) {
            where.add("EXISTS (SELECT 1 FROM case_destination d WHERE d.case_id = referral_case.id AND d.status = ?)");
            params.add(q.status().name());
        }
        String sql = SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY created_on DESC, id DESC";
        return load(c, sql, params);
    }

    private List<ReferralCase> load(Connection c, String sql, List<Object> params) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong("id"), read(rs));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(rows.keySet());
        Map<Long, Map<String, List<String>>> items = items(c, ids);
        Map<Long, List<Destination>> plans = destinations.load(c, ids);
        List<ReferralCase> out = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            out.add(r.toCase(items.getOrDefault(r.id, Map.of()), plans.getOrDefault(r.id, List.of())));
        }
        return out;
    }

    /** One referral_case row before its lists are attached. */
    private record Row(long id, Patient patient, Referrer referrer, String purpose, String history, String course,
                       String treatment, String notes, double km, Double lat, Double lng, java.time.LocalDate created,
                       LocalDateTime updated) {
        ReferralCase toCase(Map<String, List<String>> items, List<Destination> plan) {
            CaseDetails details = new CaseDetails(list(items, "diagnosis"), purpose, history, course, treatment,
                    list(items, "prescription"), notes);
            MatchNeeds needs = new MatchNeeds(list(items, "dept"), list(items, "keep"), km, list(items, "require"));
            return new ReferralCase(id, patient, referrer, details, needs, lat, lng, plan, created, updated);
        }

        private static List<String> list(Map<String, List<String>> items, String kind) {
            return items.getOrDefault(kind, List.of());
        }
    }

    private static Row read(ResultSet rs) throws SQLException {
        Date birth = rs.getDate("birth_date");
        Patient p = new Patient(rs.getString("patient_id"), rs.getString("patient_name"), rs.getString("patient_kana"),
                Sex.parse(rs.getString("patient_sex")), birth == null ? null : birth.toLocalDate(),
                rs.getString("patient_address"), rs.getString("patient_phone"), rs.getString("occupation"));
        Referrer ref = new Referrer(rs.getString("referrer_doctor"), rs.getString("referrer_department"));
        return new Row(rs.getLong("id"), p, ref, rs.getString("purpose"), rs.getString("history"),
                rs.getString("course"), rs.getString("treatment"), rs.getString("notes"), rs.getDouble("max_km"),
                SqlValues.nullableDouble(rs, "home_lat"), SqlValues.nullableDouble(rs, "home_lng"),
                rs.getDate("created_on").toLocalDate(), rs.getTimestamp("updated_at").toLocalDateTime());
    }

    private static int bind(PreparedStatement ps, ReferralCase rc) throws SQLException {
        Patient p = rc.patient();
        CaseDetails d = rc.details();
        int i = 1;
        ps.setString(i++, p.id());
        ps.setString(i++, p.name());
        ps.setString(i++, p.kana());
        ps.setString(i++, CaseQuery.kanaKey(p.kana()));
        ps.setString(i++, p.sex().code());
        if (p.birthDate() == null) {
            ps.setNull(i++, Types.DATE);
        } else {
            ps.setDate(i++, Date.valueOf(p.birthDate()));
        }
        ps.setString(i++, p.address());
        ps.setString(i++, p.phone());
        ps.setString(i++, p.occupation());
        ps.setString(i++, rc.referrer().doctor());
        ps.setString(i++, rc.referrer().department());
        ps.setString(i++, d.purpose());
        ps.setString(i++, d.history());
        ps.setString(i++, d.course());
        ps.setString(i++, d.treatment());
        ps.setString(i++, d.notes());
        ps.setDouble(i++, rc.needs().km());
        SqlValues.setNullableDouble(ps, i++, rc.homeLat());
        SqlValues.setNullableDouble(ps, i++, rc.homeLng());
        return i;
    }

    private static void writeItems(Connection c, long caseId, ReferralCase rc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO case_item (case_id, kind, ordinal, item) VALUES (?, ?, ?, ?)")) {
            addItems(ps, caseId, "diagnosis", rc.details().diagnoses());
            addItems(ps, caseId, "prescription", rc.details().prescriptions());
            addItems(ps, caseId, "dept", rc.needs().departments());
            addItems(ps, caseId, "keep", rc.needs().keep());
            addItems(ps, caseId, "require", rc.needs().require());
            ps.executeBatch();
        }
    }

    private static void addItems(PreparedStatement ps, long caseId, String kind, List<String> items)
            throws SQLException {
        for (int i = 0; i < items.size(); i++) {
            ps.setLong(1, caseId);
            ps.setString(2, kind);
            ps.setInt(3, i);
            ps.setString(4, items.get(i));
            ps.addBatch();
        }
    }

    private static Map<Long, Map<String, List<String>>> items(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Map<String, List<String>>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, kind, item FROM case_item "
                + "WHERE case_id = ANY(?) ORDER BY case_id, kind, ordinal")) {
            ps.setArray(1, c.createArrayOf("BIGINT", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        return out;
    }
}
