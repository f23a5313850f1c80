package org.renkei.app.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The embedded H2 file database in one folder, or an office's shared PostgreSQL database ({@link #openServer}),
 * migrated by Flyway on open (the same migrations on both, docs/decisions/0016).
 * For H2 one long-lived connection keeps the database open; work gets connections from {@link #connection()}.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "renkei";

    private final Path folder;
    private final DataSource dataSource;
    private final Connection keepOpen;

    private Database(Path folder, DataSource dataSource, Connection keepOpen) {
        this.folder = folder;
        this.dataSource = dataSource;
        this.keepOpen = keepOpen;
    }

    /** Opens (creating if needed) the database in {@code folder} and applies pending migrations. */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw new StoreException("Cannot create database folder " + folder, e);
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("renkei");
        ds.setPassword("");
        Connection keep;
        try {
            keep = ds.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) {
                throw new DatabaseLockedException(folder, e);
            }
            throw new StoreException("Cannot open database in " + folder, e);
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        LOG.info("Database open in {}", folder);
        return new Database(folder, ds, keep);
    }

    /**
     * Opens the office's shared PostgreSQL database at {@code jdbcUrl} ({@code jdbc:postgresql://host[:port]/db},
     * optionally {@code ?currentSchema=…}) and applies pending migrations. {@code user} null or blank: the URL's
     * {@code user=} parameter; {@code password} null: the URL's, else PostgreSQL's password file (pgpass).
     */
    public static Database openServer(String jdbcUrl, String user, char[] password) {
        PGSimpleDataSource ds = ServerDatabase.dataSource(jdbcUrl, user, password);
        ServerDatabase.check(ds, jdbcUrl);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        LOG.info("Database open on server {}", ServerDatabase.describe(jdbcUrl));
        return new Database(null, ds, null);
    }

    /** Default folder: {@code RENKEI_DB} environment variable, else {@code ~/.renkei}. */
    public static Path defaultFolder() {
        String env = System.getenv("RENKEI_DB");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".renkei");
    }

    /** The H2 folder; null for a server database. */
    public Path folder() {
        return folder;
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("Cannot get a connection", e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(TransactionWork<T> work) throws Exception {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Exception | Error e) {
                c.rollback();
                throw e;
            }
        }
    }

    @Override
    public void close() {
        if (keepOpen == null) {
            return;
        }
        try {
            keepOpen.close();
        } catch (SQLException e) {
            LOG.warn("Closing database failed", e);
        }
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws Exception;
    }
}
