package org.renkei.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies the rows of one migrated PostgreSQL test schema into another (both at the same migration), so that a
 * template imported once serves many tests: tables in foreign-key order, tables the migrations already filled are
 * left as they are, identity sequences moved past the copied ids. Test-only, PostgreSQL-only SQL.
 */
final class SchemaCopy {
    private SchemaCopy() {
    }

    static void copy(Connection c, String from, String to) throws SQLException {
        for (String table : tablesInForeignKeyOrder(c, from)) {
            if (table.equals("flyway_schema_history") || hasRows(c, to, table)) {
                continue;
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO " + to + "." + table + " SELECT * FROM " + from + "." + table);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE table_schema = ? AND is_identity = 'YES'")) {
            ps.setString(1, to);
            try (ResultSet rs = ps.executeQuery(); Statement s = c.createStatement()) {
                List<String[]> identities = new ArrayList<>();
                while (rs.next()) {
                    identities.add(new String[] {rs.getString(1), rs.getString(2)});
                }
                for (String[] id : identities) {
                    String table = to + "." + id[0];
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + id[1] + "'), "
                            + "COALESCE((SELECT MAX(" + id[1] + ") FROM " + table + "), 0) + 1, false)");
                }
            }
        }
    }

    private static boolean hasRows(Connection c, String schema, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + schema + "." + table + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static List<String> tablesInForeignKeyOrder(Connection c, String schema) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parents.put(rs.getString(1), new LinkedHashSet<>());
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT cl.relname, pl.relname FROM pg_constraint k "
                + "JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class pl ON pl.oid = k.confrelid "
                + "WHERE k.contype = 'f' AND k.connamespace = ?::regnamespace")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(1).equals(rs.getString(2))) {
                        parents.get(rs.getString(1)).add(rs.getString(2));
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < parents.size()) {
            int before = order.size();
            for (Map.Entry<String, Set<String>> e : new java.util.TreeMap<>(parents).entrySet()) {
                if (!order.contains(e.getKey()) && order.containsAll(e.getValue())) {
                    order.add(e.getKey());
                }
            }
            if (order.size() == before) {
                throw new IllegalStateException("foreign-key cycle among " + parents);
            }
        }
        return order;
    }
}
