package org.renkei.app.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Opening the shared PostgreSQL database: migrations, the password file, and clear messages when it fails. */
class ServerDatabaseTest {
    @TempDir
    Path tmp;
    TestDatabase place;
    String user;
    String password;

    @BeforeEach
    void schema() {
        place = StoreKind.POSTGRESQL.create(tmp);
        user = System.getenv(StoreKind.ENV_USER);
        password = System.getenv(StoreKind.ENV_PASSWORD);
    }

    @AfterEach
    void drop() {
        if (place != null) {
            place.close();
        }
    }

    @Test
    void everyMigrationRunsAndASecondOpenFindsNothingToDo() throws Exception {
        try (Database db = place.open(); Connection c = db.connection(); Statement s = c.createStatement()) {
            assertNull(db.folder());
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(CAST(success AS INTEGER)) "
                    + "FROM flyway_schema_history WHERE version IS NOT NULL")) {
                rs.next();
                assertTrue(rs.getInt(1) >= 3, "V1..V3 at least");
                assertEquals(1, rs.getInt(2), "all succeeded");
            }
        }
        try (Database again = place.open(); Connection c = again.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM facility_link_state")) {
            rs.next();
            assertEquals(4, rs.getInt(1), "reference rows inserted once");
        }
    }

    @Test
    void withoutAPasswordThePostgresPasswordFileIsUsed() throws Exception {
        assumeTrue(password != null, "the test server has no password");
        assertThrows(ServerUnavailableException.class, () -> Database.openServer(place.url(), user, null),
                "without the file the server refuses the login");
        Path pgpass = Files.writeString(tmp.resolve("pgpass"), "*:*:*:" + user + ":" + password + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try (Database db = Database.openServer(place.url(), user, null); Connection c = db.connection()) {
            assertTrue(c.isValid(5));
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }

    @Test
    void aWrongPasswordSaysSoWithoutShowingIt() {
        ServerUnavailableException e = assertThrows(ServerUnavailableException.class,
                () -> Database.openServer(place.url(), user, "wrong-Pa55".toCharArray()));
        assertTrue(e.getMessage().contains("ログインできません"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-Pa55"));
        assertTrue(e.passwordRefused(), "the window then asks for another password");
    }

    @Test
    void noPasswordAtAllIsARefusedPasswordToo() {
        assumeTrue(password != null, "the test server has no password");
        ServerUnavailableException e = assertThrows(ServerUnavailableException.class,
                () -> Database.openServer(place.url(), user, null));
        assertTrue(e.passwordRefused(), e.getMessage());
        assertTrue(e.getMessage().contains("パスワードがありません"), e.getMessage());
    }

    @Test
    void aMissingDatabaseAndAnUnreachableServerAreTold() {
        String url = place.url();
        String missing = url.replaceFirst("/([^/?]+)\\?", "/renkei_no_such_db?");
        ServerUnavailableException e = assertThrows(ServerUnavailableException.class,
                () -> Database.openServer(missing, user, chars(password)));
        assertTrue(e.getMessage().contains("がサーバーにありません"), e.getMessage());
        assertFalse(e.passwordRefused(), "no password helps here");

        ServerUnavailableException down = assertThrows(ServerUnavailableException.class,
                () -> Database.openServer("jdbc:postgresql://127.0.0.1:1/renkei?connectTimeout=2", user,
                        chars(password)));
        assertTrue(down.getMessage().contains("接続できません"), down.getMessage());
        assertTrue(down.getMessage().contains("127.0.0.1:1/renkei"), down.getMessage());
        assertFalse(down.passwordRefused());
    }

    private static char[] chars(String s) {
        return s == null ? null : s.toCharArray();
    }
}
