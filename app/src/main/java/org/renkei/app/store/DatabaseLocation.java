package org.renkei.app.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the database is: an H2 folder ({@code url} null) or an office's shared PostgreSQL database ({@code folder}
 * null). Chosen, first found: the given text (CLI {@code --db}, window {@code -Drenkei.db}), then the
 * {@code RENKEI_DB} environment variable — either a folder or a {@code jdbc:postgresql://…} address —, else the
 * default folder {@code ~/.renkei}, unless a {@code renkei.properties} in the default folder (or in the
 * {@code RENKEI_DB} folder) names a server with {@code db.url=} (and {@code db.user=}). The user given in
 * {@code RENKEI_DB_USER} wins over the settings file and the URL; the password comes from
 * {@code RENKEI_DB_PASSWORD}, else PostgreSQL's password file (pgpass). See docs/decisions/0016.
 */
public record DatabaseLocation(Path folder, String url, String user) {
    public static final String SETTINGS_FILE = "renkei.properties";
    public static final String ENV_FOLDER = "RENKEI_DB";
    public static final String ENV_USER = "RENKEI_DB_USER";
    public static final String ENV_PASSWORD = "RENKEI_DB_PASSWORD";

    /** From the given text, the process environment and the user's home folder. */
    public static DatabaseLocation resolve(String given) {
        return resolve(given, System.getenv(), Path.of(System.getProperty("user.home"), ".renkei"));
    }

    /** From the given text (may be null), an environment and the default folder (used when nothing else is set). */
    public static DatabaseLocation resolve(String given, Map<String, String> env, Path defaultFolder) {
        String user = blankToNull(env.get(ENV_USER));
        if (!isBlank(given)) {
            return of(given.strip(), user);
        }
        String fromEnv = env.get(ENV_FOLDER);
        if (!isBlank(fromEnv) && ServerDatabase.isServerUrl(fromEnv)) {
            return of(fromEnv.strip(), user);
        }
        Path folder = isBlank(fromEnv) ? defaultFolder : Path.of(fromEnv.strip());
        Properties settings = settings(folder.resolve(SETTINGS_FILE));
        String url = blankToNull(settings.getProperty("db.url"));
        if (url != null) {
            return new DatabaseLocation(null, url, user != null ? user : blankToNull(settings.getProperty("db.user")));
        }
        return new DatabaseLocation(folder, null, null);
    }

    private static DatabaseLocation of(String text, String user) {
        return ServerDatabase.isServerUrl(text) ? new DatabaseLocation(null, text, user)
                : new DatabaseLocation(Path.of(text), null, null);
    }

    public boolean isServer() {
        return url != null;
    }

    /** Opens the server database with the password from {@code RENKEI_DB_PASSWORD} in {@code env} (if set). */
    public Database openServer(Map<String, String> env) {
        if (!isServer()) {
            throw new IllegalStateException("not a server location");
        }
        String password = env.get(ENV_PASSWORD);
        return Database.openServer(url, user, password == null ? null : password.toCharArray());
    }

    /** What to show the user: the folder, or {@code host:port/database} of the server. */
    public String describe() {
        return isServer() ? ServerDatabase.describe(url) : folder.toString();
    }

    /** Never the URL itself: it may carry a password. */
    @Override
    public String toString() {
        return describe();
    }

    private static Properties settings(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new StoreException("Cannot read " + file, e);
            }
        }
        return p;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
