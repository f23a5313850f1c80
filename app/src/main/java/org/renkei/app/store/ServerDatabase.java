package org.renkei.app.store;

import org.postgresql.Driver;
import org.postgresql.PGProperty;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

/** The connection details of a shared PostgreSQL database: URL checks and the data source (docs/decisions/0016). */
final class ServerDatabase {
    static final String URL_PREFIX = "jdbc:postgresql:";

    private ServerDatabase() {
    }

    /** True for a {@code jdbc:postgresql:…} address (any other text is a folder). */
    static boolean isServerUrl(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(URL_PREFIX);
    }

    /** A data source for the URL; the user and password override the URL's own when given. */
    static PGSimpleDataSource dataSource(String jdbcUrl, String user, char[] password) {
        if (!isServerUrl(jdbcUrl) || Driver.parseURL(jdbcUrl.strip(), null) == null) {
            throw ServerUnavailableException.badUrl(jdbcUrl);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl.strip());
        if (user != null && !user.isBlank()) {
            ds.setUser(user.strip());
        }
        if (password != null) {
            ds.setPassword(new String(password));
        }
        if (ds.getApplicationName() == null || ds.getApplicationName().startsWith("PostgreSQL JDBC")) {
            ds.setApplicationName("Renkei Desk");
        }
        return ds;
    }

    /** Connects once: the server answers, the login works, the database exists and stores text as UTF-8. */
    static void check(PGSimpleDataSource ds, String jdbcUrl) {
        String encoding;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_encoding")) {
            rs.next();
            encoding = rs.getString(1);
        } catch (SQLException e) {
            throw ServerUnavailableException.of(jdbcUrl, e, ds.getPassword() != null);
        }
        if (!"UTF8".equalsIgnoreCase(encoding)) {
            throw ServerUnavailableException.notUtf8(jdbcUrl, encoding);
        }
    }

    /** {@code host:port/database} of the URL, without user, password or other parameters (safe to log and show). */
    static String describe(String jdbcUrl) {
        Properties p = jdbcUrl == null ? null : Driver.parseURL(jdbcUrl.strip(), null);
        if (p == null) {
            return "?";
        }
        return PGProperty.PG_HOST.getOrDefault(p) + ":" + PGProperty.PG_PORT.getOrDefault(p) + "/"
                + PGProperty.PG_DBNAME.getOrDefault(p);
    }
}
