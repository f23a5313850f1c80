package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.store.Database;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The shared {@code --db DIR} option. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "DIR", description = "データベースのフォルダ（既定: RENKEI_DB または ~/.renkei）")
    Path db;

    @Option(names = "--staff", paramLabel = "NAME",
            description = "操作記録の担当者名（既定: RENKEI_STAFF または OS のユーザー名）")
    String staff;

    public Database open() {
        return Database.open(db != null ? db : Database.defaultFolder());
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
