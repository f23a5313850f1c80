package org.renkei.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the database is: --db / -Drenkei.db, RENKEI_DB, the settings file, the default folder. */
class DatabaseLocationTest {
    static final String URL = "jdbc:postgresql://db.example.local:5433/renkei";

    @TempDir
    Path home;

    @Test
    void aGivenFolderOrUrlWins() {
        DatabaseLocation folder = DatabaseLocation.resolve(home.resolve("x").toString(), Map.of("RENKEI_DB", URL), home);
        assertEquals(home.resolve("x"), folder.folder());
        assertFalse(folder.isServer());
        DatabaseLocation server = DatabaseLocation.resolve(" " + URL + " ", Map.of("RENKEI_DB_USER", "renkei_office"),
                home);
        assertTrue(server.isServer());
        assertEquals(URL, server.url());
        assertEquals("renkei_office", server.user());
        assertEquals("db.example.local:5433/renkei", server.describe());
    }

    @Test
    void environmentThenSettingsFileThenDefaultFolder() throws Exception {
        assertEquals(home, DatabaseLocation.resolve(null, Map.of(), home).folder());
        assertEquals(URL, DatabaseLocation.resolve("", Map.of("RENKEI_DB", URL), home).url());
        assertEquals(home.resolve("other"), DatabaseLocation.resolve(null,
                Map.of("RENKEI_DB", home.resolve("other").toString()), home).folder());

        Files.writeString(home.resolve(DatabaseLocation.SETTINGS_FILE), "# 共有データベース\ndb.url=" + URL
                + "\ndb.user=renkei_office\n");
        DatabaseLocation fromFile = DatabaseLocation.resolve(null, Map.of(), home);
        assertEquals(URL, fromFile.url());
        assertEquals("renkei_office", fromFile.user());
        assertEquals("desk3", DatabaseLocation.resolve(null, Map.of("RENKEI_DB_USER", "desk3"), home).user(),
                "the environment's user wins over the file");
        assertFalse(DatabaseLocation.resolve(home.toString(), Map.of(), home).isServer(),
                "a folder given explicitly is that H2 database, whatever its settings file says");
    }

    @Test
    void theUrlIsNeverPrintedWithItsPassword() {
        DatabaseLocation l = DatabaseLocation.resolve(URL + "?user=a&password=s3cret", Map.of(), home);
        assertFalse(l.toString().contains("s3cret"), l.toString());
        assertNull(l.folder());
    }

    @Test
    void aMalformedServerAddressIsRefusedInJapanese() {
        ServerUnavailableException e = assertThrows(ServerUnavailableException.class,
                () -> Database.openServer("jdbc:postgresql://[bad", null, null));
        assertTrue(e.getMessage().contains("アドレスが正しくありません"), e.getMessage());
    }

    @Test
    void postgresVariantsAreSkippedOnADeskButFailOnCi() {
        assertThrows(TestAbortedException.class, () -> StoreKind.server(Map.of()));
        assertThrows(AssertionFailedError.class, () -> StoreKind.server(Map.of("CI", "true")));
        assertEquals("jdbc:postgresql://h/d", StoreKind.server(Map.of("CI", "true", StoreKind.ENV_URL,
                "jdbc:postgresql://h/d")));
    }
}
