package org.renkei.app.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.store.StoreKind;
import org.renkei.app.store.TestDatabase;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --db jdbc:postgresql://…}: the CLI imports into and searches the shared database; a refused login exits 3. */
class ServerCliTest {
    @TempDir
    Path tmp;
    TestDatabase place;

    @BeforeEach
    void schema() {
        place = StoreKind.POSTGRESQL.create(tmp);
    }

    @AfterEach
    void drop() {
        if (place != null) {
            place.close();
        }
    }

    String url(String password) {
        String user = System.getenv(StoreKind.ENV_USER);
        return place.url() + (user == null ? "" : "&user=" + enc(user))
                + (password == null ? "" : "&password=" + enc(password));
    }

    /** Runs the CLI with the server password where a desk gives it: RENKEI_DB_PASSWORD. */
    static CliRun server(String password, String... args) {
        return CliRun.runIn(CliEnvironment.of(Map.of("RENKEI_DB_PASSWORD", password)), null, args);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void importAndSearchThroughTheServerUrl() {
        String url = url(null);
        String password = System.getenv(StoreKind.ENV_PASSWORD);
        CliRun imported = server(password, "import", "--db", url, "--sample");
        assertEquals(0, imported.exit(), imported.err());
        CliRun found = server(password, "search", "--db", url, "--name", "府中病院", "--json");
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().contains("医療法人社団喜平会　府中病院"), found.out());
        CliRun stats = server(password, "stats", "--db", url, "--json");
        assertEquals(583, stats.json().path("facilities").asInt(), stats.out());
    }

    @Test
    void aRefusedLoginExitsThreeWithAJapaneseMessage() {
        CliRun refused = server("not-the-Pa55word", "stats", "--db", url(null));
        assertEquals(RenkeiCommand.EXIT_REJECTED, refused.exit(), refused.err());
        assertTrue(refused.err().contains("ログインできません"), refused.err());
        assertFalse(refused.err().contains("not-the-Pa55word"));
    }

    @Test
    void backupAndRestoreAreLeftToTheServer() {
        String url = url(null);
        String password = System.getenv(StoreKind.ENV_PASSWORD);
        CliRun backup = server(password, "backup", "--db", url, "--out", tmp.resolve("b.zip").toString());
        assertEquals(RenkeiCommand.EXIT_REJECTED, backup.exit(), backup.err());
        assertTrue(backup.err().contains("pg_dump"), backup.err());
        assertFalse(tmp.resolve("b.zip").toFile().exists());
        CliRun restore = server(password, "restore", "--db", url, "--yes", tmp.resolve("b.zip").toString());
        assertEquals(RenkeiCommand.EXIT_REJECTED, restore.exit(), restore.err());
        assertTrue(restore.err().contains("pg_restore"), restore.err());
    }
}
