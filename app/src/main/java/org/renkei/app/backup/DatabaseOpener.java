package org.renkei.app.backup;

import org.renkei.app.store.Database;

import java.nio.file.Path;

/**
 * Opens the database in a folder (migrating it); {@code Database::open} today. Injected so the way the database is
 * opened (a password) is decided in one place, and a restore opens the backup exactly as the app would.
 */
@FunctionalInterface
public interface DatabaseOpener {
    Database open(Path folder);

    /** Opens with the given password (a backup's own, when it differs from the current one); kept, not copied. */
    static DatabaseOpener withPassword(char[] password) {
        return folder -> Database.open(folder, password);
    }
}
