package org.renkei.app.ui.start;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assumptions;
import org.renkei.app.store.Database;
import org.renkei.app.store.DatabaseLocation;
import org.renkei.app.store.StoreKind;
import org.renkei.app.store.TestDatabase;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.start.StartPasswordViewModel.Outcome;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start password on a real encrypted database: a new one twice, then three tries. */
class StartPasswordViewModelTest {
    @TempDir
    Path tmp;

    private StartPasswordViewModel vm(Path folder) {
        return new StartPasswordViewModel(folder, !Database.exists(folder), p -> Database.open(folder, p),
                new SameThreadTaskRunner());
    }

    @Test
    void aNewPasswordIsCheckedThenCreatesTheDatabase() {
        Path folder = tmp.resolve("db");
        StartPasswordViewModel vm = vm(folder);
        assertTrue(vm.creating());
        vm.passwordProperty().set("short");
        vm.confirmationProperty().set("short");
        vm.submit();
        assertEquals("パスワードは 8 文字以上にしてください（制御文字は使えません）。", vm.messageProperty().get());
        vm.passwordProperty().set("long enough 1");
        vm.confirmationProperty().set("long enough 2");
        vm.submit();
        assertEquals("2 回入力したパスワードが一致しません。", vm.messageProperty().get());
        assertFalse(Database.exists(folder));

        vm.confirmationProperty().set("long enough 1");
        vm.submit();
        assertEquals(Outcome.OPENED, vm.outcomeProperty().get());
        assertEquals("", vm.passwordProperty().get(), "the typed text is cleared");
        vm.database().close();
        Database.open(folder, "long enough 1".toCharArray()).close();
    }

    @Test
    void threeWrongPasswordsEndTheStart() {
        Path folder = tmp.resolve("db");
        Database.open(folder, TestPassword.chars()).close();
        StartPasswordViewModel vm = vm(folder);
        assertFalse(vm.creating());
        vm.submit();
        assertEquals("パスワードを入力してください。", vm.messageProperty().get());
        assertEquals(3, vm.triesLeftProperty().get(), "an empty field is no try");

        vm.passwordProperty().set("wrong one");
        vm.submit();
        assertEquals("パスワードが違います。あと 2 回入力できます。", vm.messageProperty().get());
        assertEquals("", vm.passwordProperty().get());
        vm.passwordProperty().set("wrong two");
        vm.submit();
        assertEquals("パスワードが違います。あと 1 回入力できます。", vm.messageProperty().get());
        assertEquals(Outcome.ASKING, vm.outcomeProperty().get());
        vm.passwordProperty().set("wrong three");
        vm.submit();
        assertEquals(Outcome.GAVE_UP, vm.outcomeProperty().get());
        assertEquals("パスワードが 3 回違ったため、連携デスクを終了します。", vm.closingMessage());
        assertNull(vm.database());

        vm.passwordProperty().set(TestPassword.TEXT);
        vm.submit();
        assertEquals(Outcome.GAVE_UP, vm.outcomeProperty().get(), "no fourth try");
    }

    @Test
    void theRightPasswordOnTheSecondTryOpens() {
        Path folder = tmp.resolve("db");
        Database.open(folder, TestPassword.chars()).close();
        StartPasswordViewModel vm = vm(folder);
        vm.passwordProperty().set("wrong one");
        vm.submit();
        vm.passwordProperty().set(TestPassword.TEXT);
        vm.submit();
        assertEquals(Outcome.OPENED, vm.outcomeProperty().get());
        assertNotNull(vm.database());
        vm.database().close();
    }

    @Test
    void theSharedDatabaseAsksItsLoginPasswordAndOpensWithTheRightOne() {
        try (TestDatabase place = StoreKind.POSTGRESQL.create(tmp)) {
            String user = System.getenv(StoreKind.ENV_USER);
            String right = System.getenv(StoreKind.ENV_PASSWORD);
            Assumptions.assumeTrue(right != null, "the test server has no password");
            String where = DatabaseLocation.resolve(place.url(), java.util.Map.of(), tmp).describe();
            assertTrue(where.matches("[^/]+:\\d+/[^?]+"), where);
            StartPasswordViewModel vm = new StartPasswordViewModel(where,
                    p -> Database.openServer(place.url(), user, p), new SameThreadTaskRunner());
            assertTrue(vm.forServer());
            assertTrue(vm.intro().contains(where), vm.intro());

            vm.passwordProperty().set("not-the-Pa55word");
            vm.submit();
            assertEquals("共有データベース（" + where + "）にログインできません。パスワードが違います。あと 2 回入力できます。",
                    vm.messageProperty().get());
            assertEquals(Outcome.ASKING, vm.outcomeProperty().get());
            assertEquals("", vm.passwordProperty().get(), "the typed text is cleared");

            vm.passwordProperty().set(right);
            vm.submit();
            assertEquals(Outcome.OPENED, vm.outcomeProperty().get(), vm.messageProperty().get());
            assertFalse(vm.messageProperty().get().contains(right));
            try (Database db = vm.database(); var c = db.connection()) {
                assertNull(db.folder());
                assertTrue(c.isValid(5));
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aServerThatCannotBeReachedEndsTheStartAtOnce() {
        StartPasswordViewModel vm = new StartPasswordViewModel("127.0.0.1:1/renkei",
                p -> Database.openServer("jdbc:postgresql://127.0.0.1:1/renkei?connectTimeout=2", "renkei", p),
                new SameThreadTaskRunner());
        vm.passwordProperty().set("some password");
        vm.submit();
        assertEquals(Outcome.FAILED, vm.outcomeProperty().get(), "no tries wasted on a server that is down");
        assertTrue(vm.failure().getMessage().contains("接続できません"), vm.failure().getMessage());
    }

    @Test
    void aDatabaseInUseEndsTheStartWithItsMessage() {
        StartPasswordViewModel vm = new StartPasswordViewModel(tmp, false, p -> {
            throw new org.renkei.app.store.DatabaseLockedException(tmp, null);
        }, new SameThreadTaskRunner());
        vm.passwordProperty().set(TestPassword.TEXT);
        vm.submit();
        assertEquals(Outcome.FAILED, vm.outcomeProperty().get());
        assertTrue(vm.closingMessage().startsWith("このデータベースは別の連携デスク（画面またはコマンド）が使用中です"));
    }

    @Test
    void thePasswordIsChangedOnTheOpenDatabase() throws Exception {
        Path folder = tmp.resolve("db");
        try (Database db = Database.open(folder, TestPassword.chars())) {
            ChangePasswordViewModel vm = new ChangePasswordViewModel(db::changePassword, new SameThreadTaskRunner());
            vm.currentProperty().set("wrong password");
            vm.nextProperty().set("brand new pass");
            vm.confirmationProperty().set("brand new pass");
            vm.submit();
            assertEquals("現在のパスワードが違います。", vm.messageProperty().get());
            assertFalse(vm.doneProperty().get());
            vm.currentProperty().set(TestPassword.TEXT);
            vm.confirmationProperty().set("brand new pasS");
            vm.submit();
            assertEquals("2 回入力したパスワードが一致しません。", vm.messageProperty().get());
            vm.confirmationProperty().set("brand new pass");
            vm.submit();
            assertTrue(vm.doneProperty().get(), vm.messageProperty().get());
            try (var c = db.connection()) {
                assertTrue(c.isValid(1));
            }
        }
        Database.open(folder, "brand new pass".toCharArray()).close();
    }
}
