package org.renkei.app.cli;

import org.renkei.app.store.Database;
import org.renkei.app.store.PasswordRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** {@code password change [--db DIR]}: the database's password. */
@Command(name = "password", description = "データベースのパスワード", subcommands = PasswordCommand.Change.class)
final class PasswordCommand extends CommandGroup {
    /** Re-encrypts the database under a new password; the database must not be open elsewhere. */
    @Command(name = "change", description = "データベースのパスワードを変更します。現在のパスワードは RENKEI_DB_PASSWORD、"
            + "新しいパスワードは RENKEI_DB_NEW_PASSWORD から読み、なければ入力を求めます（引数では渡せません）")
    static final class Change implements Callable<Integer> {
        /** A shared database's password is its server login, which the server's administrator changes. */
        static final String SERVER_REFUSAL = "共有データベース（PostgreSQL）のパスワードはサーバーのログインのパスワードです。"
                + "サーバーの管理者が変更してください（ALTER ROLE … PASSWORD）。password change は端末のデータベースのパスワードを変更します。";

        @Spec
        CommandSpec spec;

        @ParentCommand
        PasswordCommand parent;

        @Override
        public Integer call() {
            CliEnvironment env = CliEnvironment.of(spec);
            Path folder = parent.dbOption.folder(SERVER_REFUSAL);
            if (!Database.exists(folder)) {
                throw new CliRejectedException("データベースがありません: " + folder);
            }
            char[] current = DbPasswords.current(env);
            char[] next = null;
            try {
                next = DbPasswords.fresh(env, DbPasswords.NEW_VARIABLE,
                        "新しいパスワード（" + PasswordRules.MIN_LENGTH + " 文字以上）: ");
                Database.changePassword(folder, current, next);
            } finally {
                Arrays.fill(current, '\0');
                if (next != null) {
                    Arrays.fill(next, '\0');
                }
            }
            spec.commandLine().getOut().println("パスワードを変更しました。");
            return 0;
        }
    }
}
