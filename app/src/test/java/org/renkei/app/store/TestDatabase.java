package org.renkei.app.store;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One empty test database that can be opened (and closed and opened again) any number of times; {@link #close()}
 * removes it (drops the PostgreSQL schema; the H2 folder goes with the test's {@code @TempDir}).
 */
public final class TestDatabase implements AutoCloseable {
    private final String name;
    private final Supplier<Database> opener;
    private final Runnable remover;

    TestDatabase(String name, Supplier<Database> opener, Runnable remover) {
        this.name = name;
        this.opener = opener;
        this.remover = remover;
    }

    static TestDatabase h2(Path folder) {
        return new TestDatabase("H2 " + folder, () -> Database.open(folder), () -> { });
    }

    /** Opens the database, migrating it on the first open. */
    public Database open() {
        return opener.get();
    }

    @Override
    public void close() {
        remover.run();
    }

    @Override
    public String toString() {
        return name;
    }
}
