package org.renkei.app.store;

import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The two databases the store runs on, for tests that run once per kind ({@link OnEveryStore}).
 * PostgreSQL comes from {@code RENKEI_TEST_PG_URL} (+ {@code RENKEI_TEST_PG_USER}, {@code RENKEI_TEST_PG_PASSWORD});
 * without it the PostgreSQL variants are skipped on a desk, and FAIL when {@code CI=true} so that CI cannot
 * silently lose them.
 */
public enum StoreKind {
    H2, POSTGRESQL;

    public static final String ENV_URL = "RENKEI_TEST_PG_URL";
    public static final String ENV_USER = "RENKEI_TEST_PG_USER";
    public static final String ENV_PASSWORD = "RENKEI_TEST_PG_PASSWORD";

    /** A new empty database of this kind: a folder under {@code tmp}, or a new schema on the test server. */
    public TestDatabase create(Path tmp) {
        return this == H2 ? TestDatabase.h2(tmp.resolve("db")) : postgres(System.getenv());
    }

    static TestDatabase postgres(Map<String, String> env) {
        String url = server(env);
        String user = env.get(ENV_USER);
        String password = env.get(ENV_PASSWORD);
        String schema = "t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new AssertionFailedError("cannot create a test schema on " + ServerDatabase.describe(url), e);
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return TestDatabase.postgres(schema, schemaUrl, () -> Database.openServer(schemaUrl, user,
                password == null ? null : password.toCharArray()), () -> drop(url, user, password, schema));
    }

    /** The test server's URL; aborts the test when none is set, fails it when on CI. */
    static String server(Map<String, String> env) {
        String url = env.get(ENV_URL);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(env.get("CI"))) {
                throw new AssertionFailedError(ENV_URL + " is not set but CI=true: the PostgreSQL variants must run "
                        + "on CI (.ci/run starts PostgreSQL and sets it)");
            }
            Assumptions.abort(ENV_URL + " is not set: PostgreSQL variant skipped");
        }
        return url.strip();
    }

    private static void drop(String url, String user, String password, String schema) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema, e);
        }
    }
}
