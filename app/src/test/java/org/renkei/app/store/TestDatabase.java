package org.renkei.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One test database that can be opened (and closed and opened again) any number of times; {@link #close()}
 * removes it (drops the PostgreSQL schema; an H2 folder goes with its {@code @TempDir}).
 */
public final class TestDatabase implements AutoCloseable {
    private final String name;
    private final Path folder;
    private final String schema;
    private final String url;
    private final Supplier<Database> opener;
    private final Runnable remover;

    private TestDatabase(String name, Path folder, String schema, String url, Supplier<Database> opener,
                         Runnable remover) {
        this.name = name;
        this.folder = folder;
        this.schema = schema;
        this.url = url;
        this.opener = opener;
        this.remover = remover;
    }

    static TestDatabase h2(Path folder) {
        return new TestDatabase("H2 " + folder, folder, null, null, () -> Database.open(folder, TestPassword.chars()), () -> { });
    }

    static TestDatabase postgres(String schema, String url, Supplier<Database> opener, Runnable dropper) {
        return new TestDatabase("PostgreSQL " + schema, null, schema, url, opener, dropper);
    }

    /** Opens the database, migrating it on the first open. */
    public Database open() {
        return opener.get();
    }

    /** The H2 folder; null on PostgreSQL. */
    public Path folder() {
        return folder;
    }

    /** The PostgreSQL URL (with {@code currentSchema}, without user or password); null on H2. */
    public String url() {
        return url;
    }

    /**
     * A new database of the same kind with the same rows: the H2 files copied into {@code tmp}/db (this database
     * must be closed), or a new PostgreSQL schema filled from this one.
     */
    public TestDatabase copy(Path tmp) {
        if (folder != null) {
            return h2(copyFiles(folder, tmp.resolve("db")));
        }
        TestDatabase fresh = StoreKind.POSTGRESQL.create(tmp);
        try (Database db = fresh.open(); Connection c = db.connection()) {
            SchemaCopy.copy(c, schema, fresh.schema);
        } catch (SQLException e) {
            fresh.close();
            throw new IllegalStateException("cannot copy schema " + schema, e);
        }
        return fresh;
    }

    private static Path copyFiles(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
