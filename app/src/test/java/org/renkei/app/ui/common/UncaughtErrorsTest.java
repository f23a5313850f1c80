package org.renkei.app.ui.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renkei.app.ui.testing.FakeDialogs;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UncaughtErrorsTest {
    private String savedLogDir;

    @BeforeEach
    void saveLogDir() {
        savedLogDir = System.getProperty("renkei.log.dir");
    }

    @AfterEach
    void restoreLogDir() {
        if (savedLogDir == null) {
            System.clearProperty("renkei.log.dir");
        } else {
            System.setProperty("renkei.log.dir", savedLogDir);
        }
    }

    @Test
    void theDialogIsJapaneseAndNamesTheLogFileNotTheExceptionText() {
        System.setProperty("renkei.log.dir", Path.of("/var/log/renkei-test").toString());
        FakeDialogs dialogs = new FakeDialogs();
        UncaughtErrors errors = new UncaughtErrors(dialogs, Runnable::run);
        errors.uncaughtException(Thread.currentThread(), new IllegalStateException("Cannot invoke \"String.length()\""));
        errors.uncaughtException(Thread.currentThread(), new NullPointerException());

        assertEquals(2, dialogs.errors.size());
        String shown = dialogs.errors.get(0);
        assertTrue(shown.startsWith("予期しないエラーが発生しました: 処理を続けられませんでした。"), shown);
        assertTrue(shown.contains(Path.of("/var/log/renkei-test", "renkei.log").toString()), shown);
        for (String dialog : dialogs.errors) {
            assertFalse(dialog.contains("String.length") || dialog.contains("null") || dialog.contains("Exception"),
                    dialog);
        }
        assertEquals(List.of(shown, shown), dialogs.errors, "the same plain text whatever the exception says");
    }

    @Test
    void theLogFileDefaultsToTheUserDataFolder() {
        System.clearProperty("renkei.log.dir");
        assertEquals(Path.of(System.getProperty("user.home"), ".renkei", "logs", "renkei.log"), LogLocation.file());
        System.setProperty("renkei.log.dir", "  ");
        assertEquals(Path.of(System.getProperty("user.home"), ".renkei", "logs", "renkei.log"), LogLocation.file());
    }
}
