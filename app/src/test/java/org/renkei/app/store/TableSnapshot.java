package org.renkei.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

/** Every row of every table of a database folder as text, to prove that a refused command wrote nothing. */
public final class TableSnapshot {
    private TableSnapshot() {
    }

    /** Opens the folder, reads every table (rows in primary-key order of their text) and closes it again. */
    public static List<String> of(Path folder) throws Exception {
        List<String> out = new ArrayList<>();
        try (Database db = Database.open(folder, TestPassword.chars()); Connection c = db.connection()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM \"" + table + "\"");
                     ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder sb = new StringBuilder(table).append(':');
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            sb.append(meta.getColumnLabel(i)).append('=').append(rs.getString(i)).append('\u001f');
                        }
                        rows.add(sb.toString());
                    }
                }
                rows.sort(null);
                out.add(table + " rows=" + rows.size());
                out.addAll(rows);
            }
        }
        return out;
    }
}
