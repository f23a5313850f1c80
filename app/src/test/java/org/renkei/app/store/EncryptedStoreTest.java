package org.renkei.app.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.cases.CaseJson;
import org.renkei.app.cases.CaseService;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.referral.ReferralCase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store is encrypted at rest: no readable patient or facility text in its files; passwords are checked. */
class EncryptedStoreTest {
    static final String PATIENT = "暗号化 試験太郎";
    static final String KANA = "アンゴウカ シケンタロウ";
    static final String FACILITY = "稲城市立病院";

    @TempDir
    Path tmp;

    @Test
    void filesHoldNoReadablePatientOrFacilityText() throws Exception {
        Path folder = SampleStore.copyTo(tmp.resolve("db"));
        long id;
        try (Database db = Database.open(folder, TestPassword.chars())) {
            id = new CaseService(db).create(distinctCase()).id();
            assertEquals(1, count(db, "SELECT COUNT(*) FROM facility WHERE name = ?", FACILITY),
                    "the facility scanned for is in the store");
        }
        assertTrue(Files.readString(folder.resolve("renkei.mv.db"), StandardCharsets.ISO_8859_1).startsWith("H2encrypt"));
        for (String text : List.of(PATIENT, KANA, FACILITY, "府中市宮西町", "1948-04-02")) {
            assertFalse(anyFileContains(folder, text), text + " readable in " + listing(folder));
        }
        try (Database db = Database.open(folder, TestPassword.chars())) {
            assertEquals(PATIENT, new CaseService(db).get(id).orElseThrow().patient().name());
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAJapaneseMessage() {
        Path folder = tmp.resolve("db");
        Database.open(folder, TestPassword.chars()).close();
        WrongPasswordException wrong = assertThrows(WrongPasswordException.class,
                () -> Database.open(folder, "not the password".toCharArray()));
        assertEquals("パスワードが違います。", wrong.getMessage());
        Database.open(folder, TestPassword.chars()).close();
    }

    /** A database written by an earlier version without encryption is encrypted in place on open, data kept. */
    @Test
    void anUnencryptedDatabaseIsEncryptedInPlace() throws Exception {
        Path folder = tmp.resolve("old");
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("renkei") + ";TRACE_LEVEL_FILE=2");
        plain.setUser("renkei");
        plain.setPassword("");
        Flyway.configure().dataSource(plain).locations("classpath:db/migration").load().migrate();
        try (Connection c = plain.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO facility_source_key_missing VALUES (1)");
        } catch (java.sql.SQLException expected) {
            // an error traced in plain text, as an earlier version could leave behind
        }
        try (Connection c = plain.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO office_settings(id, hospital_name, era_dates, wait_days) VALUES (1, ?, TRUE, 14)")) {
            ps.setString(1, PATIENT);
            ps.executeUpdate();
        }
        assertTrue(anyFileContains(folder, PATIENT), "control: the plain file shows the text");
        assertTrue(Files.exists(folder.resolve("renkei.trace.db")));

        try (Database db = Database.open(folder, TestPassword.chars())) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM office_settings WHERE hospital_name = ?", PATIENT));
        }
        assertFalse(anyFileContains(folder, PATIENT), listing(folder));
        assertFalse(Files.exists(folder.resolve("renkei.trace.db")), "the old plain trace is removed");
        assertEquals(List.of("renkei.mv.db"), names(folder), "no work files left");
        assertThrows(WrongPasswordException.class, () -> Database.open(folder, "other-password".toCharArray()));
    }

    @Test
    void thePasswordCanBeChanged() throws Exception {
        Path folder = SampleStore.copyTo(tmp.resolve("db"));
        char[] next = "新しい pass word".toCharArray();
        assertThrows(WrongPasswordException.class,
                () -> Database.changePassword(folder, "wrong-password".toCharArray(), next));
        Database.open(folder, TestPassword.chars()).close();

        Database.changePassword(folder, TestPassword.chars(), next);
        assertEquals("新しい pass word", new String(next), "the caller's array is left alone");
        assertThrows(WrongPasswordException.class, () -> Database.open(folder, TestPassword.chars()));
        try (Database db = Database.open(folder, next)) {
            assertEquals(583, count(db, "SELECT COUNT(*) FROM facility"));
        }
        assertEquals(List.of("renkei.mv.db"), names(folder));
    }

    /** The window changes the password of its open database; while other work holds a connection it refuses. */
    @Test
    void anOpenDatabaseChangesItsPasswordWhenNothingElseHoldsIt() throws Exception {
        Path folder = tmp.resolve("db");
        char[] next = "second-password".toCharArray();
        try (Database db = Database.open(folder, TestPassword.chars())) {
            try (Connection busy = db.connection()) {
                assertThrows(DatabaseLockedException.class, () -> db.changePassword(TestPassword.chars(), next));
                assertEquals(0, count(db, "SELECT COUNT(*) FROM facility"), "still usable");
            }
            assertThrows(WrongPasswordException.class, () -> db.changePassword("wrong-password".toCharArray(), next));
            db.changePassword(TestPassword.chars(), next);
            assertEquals(0, count(db, "SELECT COUNT(*) FROM facility"), "reopened with the new password");
        }
        assertThrows(WrongPasswordException.class, () -> Database.open(folder, TestPassword.chars()));
        Database.open(folder, next).close();
    }

    private static ReferralCase distinctCase() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(Path.of("src/test/resources/cases/case-fuchu.json").toFile());
        ((ObjectNode) json.get("patient")).put("name", PATIENT).put("kana", KANA);
        Path file = Files.createTempFile("case", ".json");
        try {
            Files.writeString(file, mapper.writeValueAsString(json));
            return CaseJson.read(file, LocalDate.of(2026, 11, 20));
        } finally {
            Files.delete(file);
        }
    }

    /**
     * True when a file under {@code folder} holds {@code text} as UTF-8, UTF-16 or in H2's own string form (MVStore
     * writes characters from U+0800 as three bytes without UTF-8's continuation marks, so a UTF-8 scan alone would
     * not even find Japanese text in a plain database).
     */
    static boolean anyFileContains(Path folder, String text) throws IOException {
        ByteBuffer h2 = ByteBuffer.allocate(text.length() * 3);
        DataUtils.writeStringData(h2, text, text.length());
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE), Arrays.copyOf(h2.array(), h2.position()));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (byte[] needle : needles) {
                    if (indexOf(bytes, needle) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String listing(Path folder) throws IOException {
        return names(folder).toString();
    }

    private static int count(Database db, String sql, String... args) throws Exception {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
