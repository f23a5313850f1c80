package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.store.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code --db DIR|URL} on a command with subcommands ({@code case}, {@code referral}): accepted before or after the
 * subcommand's name ({@code case --db D create …} and {@code case create … --db D}). Password as in {@link DbOption}.
 */
final class InheritedDbOption {
    @Option(names = "--db", paramLabel = "DIR|URL", scope = ScopeType.INHERIT, description = DbOption.DB_HELP)
    String db;

    @Option(names = "--staff", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "操作記録の担当者名（既定: RENKEI_STAFF または OS のユーザー名）")
    String staff;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    Database open() {
        return DbOption.open(CliEnvironment.of(mixee), db);
    }

    /** The embedded database's folder; a shared server database is refused with {@code refusal}. */
    java.nio.file.Path folder(String refusal) {
        return DbOption.folderOf(CliEnvironment.of(mixee), db, refusal);
    }

    /** The access record of {@code db} under the {@code --staff} name (docs/decisions/0015). */
    AuditLog audit(Database db) {
        return StaffOption.audit(db, staff);
    }
}
