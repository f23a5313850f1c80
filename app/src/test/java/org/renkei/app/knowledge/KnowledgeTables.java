package org.renkei.app.knowledge;

import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Every row of the knowledge tables and the stale age, as text, to show that a refused change wrote nothing. */
public final class KnowledgeTables {
    private static final List<String> QUERIES = List.of(
            "SELECT * FROM facility_knowledge ORDER BY source, source_key",
            "SELECT * FROM facility_capability ORDER BY source, source_key, department, tag",
            "SELECT * FROM capability_tag ORDER BY name",
            "SELECT stale_months FROM office_settings");

    private KnowledgeTables() {
    }

    public static List<String> rows(Database db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection()) {
            for (String sql : QUERIES) {
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder sb = new StringBuilder(sql.substring(14, 30));
                        for (int i = 1; i <= columns; i++) {
                            sb.append('|').append(rs.getString(i));
                        }
                        out.add(sb.toString());
                    }
                }
            }
        }
        return out;
    }

    public static List<String> rows(Path folder) throws Exception {
        try (Database db = Database.open(folder, TestPassword.chars())) {
            return rows(db);
        }
    }
}
