package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.backup.BackupService;
import org.renkei.app.store.Database;
import org.renkei.app.store.DatabaseLocation;
import picocli.CommandLine.Option;

/** The shared {@code --db DIR|URL} option: a database folder, or a shared PostgreSQL database's jdbc URL. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "DIR|URL", description = "データベースのフォルダ、または共有データベースの "
            + "jdbc:postgresql://サーバー/DB（既定: RENKEI_DB、~/.renkei/renkei.properties の db.url、~/.renkei）")
    String db;

    @Option(names = "--staff", paramLabel = "NAME",
            description = "操作記録の担当者名（既定: RENKEI_STAFF または OS のユーザー名）")
    String staff;

    public Database open() {
        DatabaseLocation where = DatabaseLocation.resolve(db);
        if (where.isServer()) {
            return where.openServer(System.getenv());
        }
        return Database.open(where.folder());
    }

    /**
     * The embedded database's folder, for commands that work on its files (backup, restore); a shared server
     * database is refused: its backups are the server's (pg_dump).
     */
    public java.nio.file.Path folder() {
        DatabaseLocation where = DatabaseLocation.resolve(db);
        if (where.isServer()) {
            throw new CliRejectedException(BackupService.SERVER_REFUSAL);
        }
        return where.folder();
    }

    /** The access record of {@code db} under the {@code --staff} name (docs/decisions/0015). */
    public AuditLog audit(Database db) {
        return StaffOption.audit(db, staff);
    }

    /** The {@code --staff} name resolved (option, RENKEI_STAFF, OS user); refused when unusable. */
    public String staffName() {
        return StaffOption.resolve(staff);
    }
}
