package org.renkei.app.store;

import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every SQL statement on {@code facility_department} and {@code department_hours}. */
public final class DepartmentRepository {

    /** Replaces all departments (and their hours) of one facility. */
    public void replace(Connection c, long facilityId, List<DepartmentEntry> departments) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM facility_department WHERE facility_id = ?")) {
            del.setLong(1, facilityId);
            del.executeUpdate();
        }
        if (departments.isEmpty()) {
            return;
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO facility_department "
                + "(facility_id, ordinal, canonical, label, code) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement hours = c.prepareStatement("INSERT INTO department_hours "
                     + "(facility_id, ordinal, weekday, slot, start_time, end_time) VALUES (?, ?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            boolean anyHours = false;
            for (DepartmentEntry d : departments) {
                ins.setLong(1, facilityId);
                ins.setInt(2, ordinal);
                ins.setString(3, d.canonical());
                ins.setString(4, d.label());
                ins.setString(5, d.code());
                ins.addBatch();
                for (OpeningHours h : d.hours()) {
                    hours.setLong(1, facilityId);
                    hours.setInt(2, ordinal);
                    hours.setString(3, h.day().name());
                    hours.setInt(4, h.slot());
                    hours.setTime(5, Time.valueOf(h.start()));
                    hours.setTime(6, Time.valueOf(h.end()));
                    hours.addBatch();
                    anyHours = true;
                }
                ordinal++;
            }
            ins.executeBatch();
            if (anyHours) {
                hours.executeBatch();
            }
        }
    }

    /** Departments with hours for the given facilities (all facilities when {@code ids} is null). */
    public Map<Long, List<DepartmentEntry>> load(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Map<Integer, List<OpeningHours>>> hours = loadHours(c, ids);
        Map<Long, List<DepartmentEntry>> out = new HashMap<>();
        String sql = "SELECT facility_id, ordinal, canonical, label, code FROM facility_department"
                + where(ids) + " ORDER BY facility_id, ordinal";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long fid = rs.getLong(1);
                    List<OpeningHours> h = hours.getOrDefault(fid, Map.of()).getOrDefault(rs.getInt(2), List.of());
                    out.computeIfAbsent(fid, k -> new ArrayList<>())
                            .add(new DepartmentEntry(rs.getString(3), rs.getString(4), rs.getString(5), h));
                }
            }
        }
        return out;
    }

    private Map<Long, Map<Integer, List<OpeningHours>>> loadHours(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Map<Integer, List<OpeningHours>>> out = new HashMap<>();
        String sql = "SELECT facility_id, ordinal, weekday, slot, start_time, end_time FROM department_hours"
                + where(ids) + " ORDER BY facility_id, ordinal, slot";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                            .add(new OpeningHours(ServiceDay.valueOf(rs.getString(3)), rs.getInt(4),
                                    rs.getTime(5).toLocalTime(), rs.getTime(6).toLocalTime()));
                }
            }
        }
        return out;
    }

    private static String where(List<Long> ids) {
        return ids == null ? "" : " WHERE facility_id = ANY(?)";
    }

    private static void bind(PreparedStatement ps, List<Long> ids) throws SQLException {
        if (ids != null) {
            ps.setArray(1, ps.getConnection().createArrayOf("BIGINT", ids.toArray()));
        }
    }
}
