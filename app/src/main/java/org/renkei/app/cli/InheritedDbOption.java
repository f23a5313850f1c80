package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.store.Database;
import org.renkei.app.store.DatabaseLocation;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --db DIR|URL} on a command with subcommands ({@code case}, {@code referral}): accepted before or after the
 * subcommand's name ({@code case --db D create …} and {@code case create … --db D}).
 */
final class InheritedDbOption {
    @Option(names = "--db", paramLabel = "DIR|URL", scope = ScopeType.INHERIT,
            description = "データベースのフォルダ、または共有データベースの jdbc:postgresql://サーバー/DB"
                    + "（既定: RENKEI_DB、~/.renkei/renkei.properties の db.url、~/.renkei）")
    String db;

    @Option(names = "--staff", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "操作記録の担当者名（既定: RENKEI_STAFF または OS のユーザー名）")
    String staff;

    Database open() {
        DatabaseLocation where = DatabaseLocation.resolve(db);
        if (where.isServer()) {
            return where.openServer(System.getenv());
        }
        return Database.open(where.folder());
    }

    /** The access record of {@code db} under the {@code --staff} name (docs/decisions/0015). */
    AuditLog audit(Database db) {
        return StaffOption.audit(db, staff);
    }
}
