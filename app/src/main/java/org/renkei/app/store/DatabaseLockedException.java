package org.renkei.app.store;

import java.nio.file.Path;

/** The database is already open in another window or command (H2's exclusive file lock, error 90020). */
public class DatabaseLockedException extends StoreException {
    public DatabaseLockedException(Path folder, Throwable cause) {
        super("このデータベースは別の連携デスク（画面またはコマンド）が使用中です: " + folder
                + "。そちらを終了してから再度お試しください。");
        if (cause != null) {
            initCause(cause);
        }
    }
}
