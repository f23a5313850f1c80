package org.renkei.app.cli;

import org.renkei.app.store.Database;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The shared {@code --db DIR} option. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "DIR", description = "データベースのフォルダ（既定: RENKEI_DB または ~/.renkei）")
    Path db;

    public Database open() {
        return Database.open(db != null ? db : Database.defaultFolder());
    }
}
