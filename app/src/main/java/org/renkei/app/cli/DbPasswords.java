package org.renkei.app.cli;

import org.renkei.app.store.Database;
import org.renkei.app.store.PasswordRules;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The database password on the command line: from {@code RENKEI_DB_PASSWORD}, else typed at a prompt; never an
 * argument. A new database (or a new password) must satisfy {@link PasswordRules}; typed new passwords are asked twice.
 */
final class DbPasswords {
    static final String VARIABLE = "RENKEI_DB_PASSWORD";
    static final String NEW_VARIABLE = "RENKEI_DB_NEW_PASSWORD";

    private DbPasswords() {
    }

    /** The password to open (or, when {@code folder} holds no database yet, to create) the database. */
    static char[] forOpening(CliEnvironment env, Path folder) {
        if (Database.exists(folder)) {
            return current(env);
        }
        return fresh(env, VARIABLE, "新しいデータベースのパスワード（" + PasswordRules.MIN_LENGTH + " 文字以上）: ");
    }

    /** The current password of an existing database. */
    static char[] current(CliEnvironment env) {
        String value = env.variable(VARIABLE);
        if (value != null) {
            return value.toCharArray();
        }
        char[] typed = ask(env, "データベースのパスワード: ", VARIABLE);
        if (typed.length == 0) {
            throw new CliRejectedException("パスワードが入力されませんでした。");
        }
        return typed;
    }

    /** A new password from {@code variable}, else typed twice; checked against {@link PasswordRules}. */
    static char[] fresh(CliEnvironment env, String variable, String prompt) {
        String value = env.variable(variable);
        char[] chosen;
        if (value != null) {
            chosen = value.toCharArray();
        } else {
            chosen = ask(env, prompt, variable);
            char[] again = ask(env, "確認のためもう一度入力してください: ", variable);
            boolean same = Arrays.equals(chosen, again);
            Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(chosen, '\0');
                throw new CliRejectedException("2 回入力したパスワードが一致しません。");
            }
        }
        if (!PasswordRules.acceptable(chosen)) {
            Arrays.fill(chosen, '\0');
            throw new CliRejectedException(PasswordRules.requirement());
        }
        return chosen;
    }

    private static char[] ask(CliEnvironment env, String prompt, String variable) {
        if (env.prompt() == null) {
            throw new CliRejectedException("パスワードがありません。環境変数 " + variable
                    + " に設定するか、端末から実行して入力してください（引数では渡せません）。");
        }
        char[] typed = env.prompt().read(prompt);
        return typed == null ? new char[0] : typed;
    }
}
