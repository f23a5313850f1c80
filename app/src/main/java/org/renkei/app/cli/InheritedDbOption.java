package org.renkei.app.cli;

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

    Database open() {
        return Database.open(db != null ? db : Database.defaultFolder());
    }
}
