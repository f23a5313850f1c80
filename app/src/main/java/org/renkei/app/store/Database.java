package org.renkei.app.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The embedded H2 file database in one folder, encrypted with AES ({@code CIPHER=AES}) under the user's password
 * and migrated by Flyway on open. One long-lived connection keeps the database open (and H2's exclusive file lock
 * held); work gets connections from {@link #connection()}. See docs/decisions/0014-encrypted-store.md.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "renkei";

    private static final String USER = "renkei";

    private final Path folder;
    private DataSource dataSource;
    private Connection keepOpen;

    private Database(Path folder, DataSource dataSource, Connection keepOpen) {
        this.folder = folder;
        this.dataSource = dataSource;
        this.keepOpen = keepOpen;
    }

    /**
     * Opens (creating if needed) the encrypted database in {@code folder} and applies pending migrations.
     * A database left unencrypted by an earlier version is first encrypted in place with {@code password}.
     * The caller keeps (and wipes) {@code password}.
     *
     * @throws WrongPasswordException   when the password does not open the file
     * @throws DatabaseLockedException  when another window or command has the database open
     */
    public static Database open(Path folder, char[] password) {
        Objects.requireNonNull(password, "password");
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw new StoreException("Cannot create database folder " + folder, e);
        }
        if (FileRekey.isPlain(folder)) {
            LOG.info("Encrypting an unencrypted database in {}", folder);
            FileRekey.rekey(folder, null, password);
            deleteOldTrace(folder);
        }
        JdbcDataSource ds = fileDataSource(folder, password);
        Connection keep = connect(ds, folder);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            closeQuietly(keep);
            throw e;
        }
        LOG.info("Database open in {}", folder);
        return new Database(folder, ds, keep);
    }

    /** True when {@code folder} already holds a database (the window then asks for the password, not a new one). */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(FileRekey.file(folder));
    }

    private static JdbcDataSource fileDataSource(Path folder, char[] password) {
        JdbcDataSource ds = new JdbcDataSource();
        // TRACE_LEVEL_FILE=0: H2's trace file would hold failing SQL with its values, unencrypted.
        ds.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser(USER);
        ds.setPasswordChars(FilePassword.connection(password));
        return ds;
    }

    private static Connection connect(DataSource ds, Path folder) {
        try {
            return ds.getConnection();
        } catch (SQLException e) {
            throw translate(e, folder);
        }
    }

    private static StoreException translate(SQLException e, Path folder) {
        return switch (e.getErrorCode()) {
            case 90020 -> new DatabaseLockedException(folder, e);
            case 90049, 28000 -> new WrongPasswordException(e);
            default -> new StoreException("Cannot open database in " + folder, e);
        };
    }

    /** An H2 trace file from an earlier version may hold SQL values in plain text. */
    private static void deleteOldTrace(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE_NAME + ".trace.db"));
        } catch (Exception e) {
            LOG.warn("Could not delete the old trace file in {}", folder, e);
        }
    }

    /**
     * Changes the password of the closed database in {@code folder}.
     *
     * @throws WrongPasswordException  when {@code oldPassword} does not open it
     */
    public static void changePassword(Path folder, char[] oldPassword, char[] newPassword) {
        try (Database db = open(folder, oldPassword)) {
            db.changePassword(oldPassword, newPassword);
        }
    }

    /**
     * Changes the password of this open database: closes it, re-encrypts the file and opens it again with the new
     * password. Other threads asking for a connection meanwhile wait. Fails with {@link DatabaseLockedException}
     * while other work still holds a connection (the database stays open with the old password).
     *
     * @throws WrongPasswordException  when {@code oldPassword} is not the current password
     */
    public synchronized void changePassword(char[] oldPassword, char[] newPassword) {
        if (!(dataSource instanceof JdbcDataSource)) {
            throw new StoreException("Only the embedded database has a file password");
        }
        DataSource current = dataSource;
        closeQuietly(keepOpen);
        try {
            // Opening with the old password proves it (the database is closed now unless other work holds it).
            try (Connection check = connect(fileDataSource(folder, oldPassword), folder)) {
                check.getMetaData();
            }
            FileRekey.rekey(folder, oldPassword, newPassword);
        } catch (SQLException e) {
            keepOpen = connect(current, folder);
            throw new StoreException("Cannot check the password in " + folder, e);
        } catch (RuntimeException e) {
            keepOpen = connect(current, folder);
            throw e;
        }
        JdbcDataSource changed = fileDataSource(folder, newPassword);
        keepOpen = connect(changed, folder);
        dataSource = changed;
        LOG.info("Database password changed in {}", folder);
    }

    /** Default folder: {@code RENKEI_DB} environment variable, else {@code ~/.renkei}. */
    public static Path defaultFolder() {
        return defaultFolder(System.getenv());
    }

    /** Default folder from the given environment: {@code RENKEI_DB}, else {@code ~/.renkei}. */
    public static Path defaultFolder(java.util.Map<String, String> environment) {
        String env = environment.get("RENKEI_DB");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".renkei");
    }

    public Path folder() {
        return folder;
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public synchronized Connection connection() {
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
    public synchronized void close() {
        closeQuietly(keepOpen);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
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
