package org.renkei.app.cli;

import org.renkei.app.store.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/**
 * {@code --db DIR} on a command with subcommands ({@code case}, {@code referral}): accepted before or after the
 * subcommand's name ({@code case --db D create …} and {@code case create … --db D}). Password as in {@link DbOption}.
 */
final class InheritedDbOption {
    @Option(names = "--db", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "データベースのフォルダ（既定: RENKEI_DB または ~/.renkei）。"
                    + "パスワードは環境変数 RENKEI_DB_PASSWORD、なければ入力を求めます")
    Path db;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    Path folder() {
        return db != null ? db : CliEnvironment.of(mixee).defaultFolder();
    }

    Database open() {
        return DbOption.openWithPassword(CliEnvironment.of(mixee), folder());
    }
}
