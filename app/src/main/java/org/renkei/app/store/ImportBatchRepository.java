package org.renkei.app.store;

import org.renkei.dataimport.read.ImportProblem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Every SQL statement on {@code import_batch} and {@code import_problem}. */
public final class ImportBatchRepository {

    /** The last import of one source. */
    public record SourceImport(String source, LocalDateTime lastImport) {
    }

    public long start(Connection c, String fileName, String sha256, String format, String source, String scope,
                      LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (file_name, sha256, format, source, "
                + "scope, imported_at, rows_read, added, updated, unchanged, closed) VALUES (?, ?, ?, ?, ?, ?, 0, 0, "
                + "0, 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, fileName);
            ps.setString(2, sha256);
            ps.setString(3, format);
            ps.setString(4, source);
            ps.setString(5, scope);
            ps.setTimestamp(6, Timestamp.valueOf(now));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void finish(Connection c, long batchId, long rows, int added, int updated, int unchanged, int closed)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET rows_read = ?, added = ?, "
                + "updated = ?, unchanged = ?, closed = ? WHERE id = ?")) {
            ps.setLong(1, rows);
            ps.setInt(2, added);
            ps.setInt(3, updated);
            ps.setInt(4, unchanged);
            ps.setInt(5, closed);
            ps.setLong(6, batchId);
            ps.executeUpdate();
        }
    }

    public void addProblems(Connection c, long batchId, List<ImportProblem> problems) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_problem (batch_id, ordinal, sheet, row_no, "
                + "column_name, message) VALUES (?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (ImportProblem p : problems) {
                ps.setLong(1, batchId);
                ps.setInt(2, i++);
                ps.setString(3, truncate(p.sheet(), 200));
                ps.setLong(4, p.row());
                ps.setString(5, truncate(p.column(), 200));
                ps.setString(6, truncate(p.message(), 2000));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Last import time per source, newest first. */
    public List<SourceImport> lastImports(Connection c) throws SQLException {
        List<SourceImport> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source, MAX(imported_at) FROM import_batch "
                + "GROUP BY source ORDER BY MAX(imported_at) DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SourceImport(rs.getString(1), rs.getTimestamp(2).toLocalDateTime()));
            }
        }
        return out;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
