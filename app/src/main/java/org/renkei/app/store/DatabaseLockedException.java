package org.renkei.app.store;

import java.nio.file.Path;

/** The database is already open in another window or command. */
public class DatabaseLockedException extends StoreException {
    public DatabaseLockedException(Path folder, Throwable cause) {
        super("データベース（" + folder + "）は別の連携デスクまたはコマンドで使用中です。そちらを終了してから再度お試しください。");
        initCause(cause);
    }
}
