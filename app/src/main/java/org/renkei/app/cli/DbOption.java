package org.renkei.app.cli;

import org.renkei.app.store.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Arrays;

/** The shared {@code --db DIR} option; the password comes from {@code RENKEI_DB_PASSWORD} or a prompt. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "DIR", description = "データベースのフォルダ（既定: RENKEI_DB または ~/.renkei）。"
            + "パスワードは環境変数 RENKEI_DB_PASSWORD、なければ入力を求めます")
    Path db;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    Path folder() {
        return db != null ? db : CliEnvironment.of(mixee).defaultFolder();
    }

    public Database open() {
        return openWithPassword(CliEnvironment.of(mixee), folder());
    }

    static Database openWithPassword(CliEnvironment env, Path folder) {
        char[] password = DbPasswords.forOpening(env, folder);
        try {
            return Database.open(folder, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
