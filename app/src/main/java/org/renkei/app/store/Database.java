package org.renkei.app.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
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
 * (docs/decisions/0014-encrypted-store.md), or an office's shared PostgreSQL database ({@link #openServer},
 * docs/decisions/0016), migrated by Flyway on open (the same migrations on both). For H2 one long-lived connection
 * keeps the database open (and H2's exclusive file lock held); work gets connections from {@link #connection()}.
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

    /** True when {@code folder} already holds a database (the window then asks for the password, not a new one). */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(FileRekey.file(folder));
    }

    private static JdbcDataSource fileDataSource(Path folder, char[] password) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(fileUrl(folder));
        ds.setUser(USER);
        ds.setPasswordChars(FilePassword.connection(password));
        return ds;
    }

    private static String fileUrl(Path folder) {
        // TRACE_LEVEL_FILE=0: H2's trace file would hold failing SQL with its values, unencrypted.
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Opens another embedded database folder (a backup being checked, the files just restored) with this database's
     * password, which the window does not keep elsewhere. Works after {@link #close()} too.
     */
    public synchronized Database openSibling(Path other) {
        if (!(dataSource instanceof JdbcDataSource own)) {
            throw new StoreException("Only the embedded database has a file password");
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(fileUrl(other));
        ds.setUser(USER);
        ds.setPassword(own.getPassword());
        Connection keep = connect(ds, other);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            closeQuietly(keep);
            throw e;
        }
        return new Database(other, ds, keep);
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

    /** The H2 folder; null for a server database. */
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
        if (keepOpen != null) {
            closeQuietly(keepOpen);
        }
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
