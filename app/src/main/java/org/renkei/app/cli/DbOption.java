package org.renkei.app.cli;

import org.renkei.app.store.Database;
import org.renkei.app.store.DatabaseLocation;
import picocli.CommandLine.Option;

/** The shared {@code --db DIR|URL} option: a database folder, or a shared PostgreSQL database's jdbc URL. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "DIR|URL", description = "データベースのフォルダ、または共有データベースの "
            + "jdbc:postgresql://サーバー/DB（既定: RENKEI_DB、~/.renkei/renkei.properties の db.url、~/.renkei）")
    String db;

    public Database open() {
        DatabaseLocation where = DatabaseLocation.resolve(db);
        if (where.isServer()) {
            return where.openServer(System.getenv());
        }
        return Database.open(where.folder());
    }
}
