package org.renkei.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The embedded database's own backup ({@code BACKUP TO}, H2 only: a zip of the database file as stored, so an
 * encrypted database stays encrypted) and the counts a restore shows before it replaces anything.
 */
public final class BackupRepository {

    /** Writes a consistent zip of the open database to {@code zip} (the file must not exist). */
    public void backupTo(Connection c, Path zip) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
            ps.setString(1, zip.toAbsolutePath().toString());
            ps.execute();
        }
    }

    public long facilities(Connection c) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM facility");
    }

    public long cases(Connection c) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM referral_case");
    }

    /** Destinations of cases (one referral per case and facility). */
    public long referrals(Connection c) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM case_destination");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
