package org.renkei.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.WrongPasswordException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI's database password: RENKEI_DB_PASSWORD or a prompt, never an argument; {@code password change}. */
class PasswordCliTest {
    @TempDir
    Path tmp;

    /** Answers prompts from a script and records what was asked. */
    static final class ScriptedPrompt implements CliEnvironment.PasswordPrompt {
        final Deque<String> answers;
        final List<String> asked = new ArrayList<>();

        ScriptedPrompt(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public char[] read(String prompt) {
            asked.add(prompt);
            return answers.isEmpty() ? null : answers.pop().toCharArray();
        }
    }

    @Test
    void withoutVariableOrTerminalNothingIsCreated() {
        Path db = tmp.resolve("db");
        CliRun r = CliRun.runIn(CliEnvironment.of(Map.of()), db, "stats");
        assertEquals(3, r.exit());
        assertTrue(r.err().startsWith("パスワードがありません。環境変数 RENKEI_DB_PASSWORD"), r.err());
        assertFalse(Database.exists(db));
    }

    @Test
    void aPasswordIsNeverAnArgument() {
        CliRun r = CliRun.run(tmp.resolve("db"), "stats", "--password", "secret-secret");
        assertEquals(2, r.exit(), r.err());
        assertFalse(Database.exists(tmp.resolve("db")));
    }

    @Test
    void aNewDatabaseNeedsALongEnoughPassword() {
        Path db = tmp.resolve("db");
        CliRun r = CliRun.runIn(CliEnvironment.of(Map.of("RENKEI_DB_PASSWORD", "short")), db, "stats");
        assertEquals(3, r.exit());
        assertEquals("パスワードは 8 文字以上にしてください（制御文字は使えません）。", r.err().strip());
        assertFalse(Database.exists(db));
    }

    @Test
    void aWrongPasswordIsRejected() {
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run(db, "stats").exit());
        CliRun r = CliRun.runIn(CliEnvironment.of(Map.of("RENKEI_DB_PASSWORD", "not-the-password")), db, "stats");
        assertEquals(3, r.exit());
        assertEquals("パスワードが違います。", r.err().strip());
    }

    @Test
    void aTerminalIsAskedTwiceForANewDatabaseThenOnce() {
        Path db = tmp.resolve("db");
        ScriptedPrompt mismatch = new ScriptedPrompt("first-choice", "second-choice");
        CliRun r = CliRun.runIn(new CliEnvironment(Map.of(), mismatch), db, "stats");
        assertEquals(3, r.exit());
        assertEquals("2 回入力したパスワードが一致しません。", r.err().strip());
        assertFalse(Database.exists(db));

        ScriptedPrompt create = new ScriptedPrompt("typed password", "typed password");
        assertEquals(0, CliRun.runIn(new CliEnvironment(Map.of(), create), db, "stats").exit());
        assertEquals(List.of("新しいデータベースのパスワード（8 文字以上）: ", "確認のためもう一度入力してください: "), create.asked);

        ScriptedPrompt open = new ScriptedPrompt("typed password");
        CliRun stats = CliRun.runIn(new CliEnvironment(Map.of(), open), db, "stats");
        assertEquals(0, stats.exit(), stats.err());
        assertEquals(List.of("データベースのパスワード: "), open.asked);
        assertTrue(stats.out().startsWith("施設数: 0"), stats.out());
    }

    @Test
    void changeFromVariables() {
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run(db, "stats").exit());
        CliRun tooShort = CliRun.runIn(CliEnvironment.of(Map.of("RENKEI_DB_PASSWORD", TestPassword.TEXT,
                "RENKEI_DB_NEW_PASSWORD", "short")), db, "password", "change");
        assertEquals(3, tooShort.exit());

        CliRun changed = CliRun.runIn(CliEnvironment.of(Map.of("RENKEI_DB_PASSWORD", TestPassword.TEXT,
                "RENKEI_DB_NEW_PASSWORD", "changed password")), db, "password", "change");
        assertEquals(0, changed.exit(), changed.err());
        assertEquals("パスワードを変更しました。", changed.out().strip());
        assertEquals(3, CliRun.run(db, "stats").exit(), "the old password no longer opens it");
        assertEquals(0, CliRun.runIn(CliEnvironment.of(Map.of("RENKEI_DB_PASSWORD", "changed password")), db, "stats")
                .exit());
        assertThrows(WrongPasswordException.class, () -> Database.open(db, TestPassword.chars()));
    }

    @Test
    void aSharedServerDatabaseIsRefusedWithAMessageAboutItsPasswordNotAboutBackups() {
        CliRun r = CliRun.runIn(CliEnvironment.of(Map.of()), null, "password", "change", "--db",
                "jdbc:postgresql://127.0.0.1:1/renkei");
        assertEquals(3, r.exit());
        assertTrue(r.err().startsWith("共有データベース（PostgreSQL）のパスワードはサーバーのログインのパスワードです。"), r.err());
        CliRun restore = CliRun.runIn(CliEnvironment.of(Map.of()), null, "restore", tmp.resolve("b.zip").toString(),
                "--db", "jdbc:postgresql://127.0.0.1:1/renkei");
        assertEquals(3, restore.exit());
        assertTrue(restore.err().startsWith("共有データベース（PostgreSQL）のバックアップと復元はサーバー側で"), restore.err());
    }

    @Test
    void changeFromTheTerminal() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run(db, "stats").exit());
        ScriptedPrompt wrongOld = new ScriptedPrompt("wrong password", "another password", "another password");
        CliRun wrong = CliRun.runIn(new CliEnvironment(Map.of(), wrongOld), db, "password", "change");
        assertEquals(3, wrong.exit());
        assertEquals("パスワードが違います。", wrong.err().strip());

        ScriptedPrompt prompt = new ScriptedPrompt(TestPassword.TEXT, "another password", "another password");
        CliRun ok = CliRun.runIn(new CliEnvironment(Map.of(), prompt), db, "password", "change");
        assertEquals(0, ok.exit(), ok.err());
        assertEquals(3, prompt.asked.size());
        Database.open(db, "another password".toCharArray()).close();

        CliRun none = CliRun.runIn(CliEnvironment.of(Map.of("RENKEI_DB_PASSWORD", "another password")),
                tmp.resolve("nothing"), "password", "change");
        assertEquals(3, none.exit());
        assertTrue(none.err().startsWith("データベースがありません: "), none.err());
        assertFalse(Files.exists(tmp.resolve("nothing").resolve("renkei.mv.db")));
    }
}
