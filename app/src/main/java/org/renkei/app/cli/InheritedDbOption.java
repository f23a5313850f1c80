package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.store.Database;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/**
 * {@code --db DIR} on a command with subcommands ({@code case}, {@code referral}): accepted before or after the
 * subcommand's name ({@code case --db D create …} and {@code case create … --db D}).
 */
final class InheritedDbOption {
    @Option(names = "--db", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "データベースのフォルダ（既定: RENKEI_DB または ~/.renkei）")
    Path db;

    @Option(names = "--staff", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "操作記録の担当者名（既定: RENKEI_STAFF または OS のユーザー名）")
    String staff;

    Database open() {
        return Database.open(db != null ? db : Database.defaultFolder());
    }

    /** The access record of {@code db} under the {@code --staff} name (docs/decisions/0015). */
    AuditLog audit(Database db) {
        return StaffOption.audit(db, staff);
    }
}
