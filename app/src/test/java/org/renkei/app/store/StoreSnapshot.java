package org.renkei.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every facility row with its departments and hours as text, to prove an import changed nothing (H2, PostgreSQL). */
public final class StoreSnapshot {
    /** Columns a re-import of an unchanged list moves on purpose (when the facility was last seen). */
    private static final Set<String> BOOKKEEPING = Set.of("LAST_SEEN", "LAST_BATCH_ID");

    private StoreSnapshot() {
    }

    /** Every column of every facility, its departments and their hours. */
    public static List<String> all(Database db) throws Exception {
        return rows(db, Set.of());
    }

    /** The same without the bookkeeping columns that a re-import of an unchanged list updates. */
    public static List<String> content(Database db) throws Exception {
        return rows(db, BOOKKEEPING);
    }

    private static List<String> rows(Database db, Set<String> skipped) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT f.*, (SELECT STRING_AGG(d.label || '/' "
                     + "|| COALESCE(d.canonical, '') || '/' || COALESCE(d.code, '') || '/' || (SELECT COALESCE("
                     + "STRING_AGG(h.weekday || h.slot || CAST(h.start_time AS VARCHAR(8)) || '-' "
                     + "|| CAST(h.end_time AS VARCHAR(8)), ';' ORDER BY h.weekday, h.slot), '') "
                     + "FROM department_hours h WHERE h.facility_id = d.facility_id AND h.ordinal = d.ordinal), ',' "
                     + "ORDER BY d.ordinal) FROM facility_department d "
                     + "WHERE d.facility_id = f.id) AS depts FROM facility f ORDER BY f.id");
             ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (!skipped.contains(meta.getColumnLabel(i).toUpperCase(java.util.Locale.ROOT))) {
                        sb.append(meta.getColumnLabel(i)).append('=').append(rs.getString(i)).append('\u001f');
                    }
                }
                rows.add(sb.toString());
            }
        }
        return rows;
    }
}
