package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.backup.BackupService;
import org.renkei.app.backup.DatabaseOpener;
import org.renkei.app.store.Database;
import org.renkei.app.store.DatabaseLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The shared {@code --db DIR|URL} option: a database folder, or a shared PostgreSQL database's jdbc URL. The password
 * comes from {@code RENKEI_DB_PASSWORD} or a prompt (docs/decisions/0014, 0016); never from an argument.
 */
public final class DbOption {
    static final String DB_HELP = "データベースのフォルダ、または共有データベースの jdbc:postgresql://サーバー/DB"
            + "（既定: RENKEI_DB、~/.renkei/renkei.properties の db.url、~/.renkei）。"
            + "パスワードは環境変数 RENKEI_DB_PASSWORD、なければ入力を求めます";

    @Option(names = "--db", paramLabel = "DIR|URL", description = DB_HELP)
    String db;

    @Option(names = "--staff", paramLabel = "NAME",
            description = "操作記録の担当者名（既定: RENKEI_STAFF または OS のユーザー名）")
    String staff;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    public Database open() {
        return open(CliEnvironment.of(mixee), db);
    }

    /** Opens the database {@code given} (or the default one) with the password from {@code env}. */
    static Database open(CliEnvironment env, String given) {
        DatabaseLocation where = location(env, given);
        if (where.isServer()) {
            return where.openServer(env.variables());
        }
        return openWithPassword(env, where.folder());
    }

    static DatabaseLocation location(CliEnvironment env, String given) {
        return DatabaseLocation.resolve(given, env.variables(), Path.of(System.getProperty("user.home"), ".renkei"));
    }

    static Database openWithPassword(CliEnvironment env, Path folder) {
        char[] password = DbPasswords.forOpening(env, folder);
        try {
            return Database.open(folder, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The embedded database's folder, for commands that work on its files (backup, restore, password); a shared
     * server database is refused: its backups and logins are the server's.
     */
    public Path folder() {
        return folderOf(CliEnvironment.of(mixee), db, BackupService.SERVER_REFUSAL);
    }

    /** The embedded database's folder; {@code refusal} is the message when {@code given} names a server database. */
    static Path folderOf(CliEnvironment env, String given, String refusal) {
        DatabaseLocation where = location(env, given);
        if (where.isServer()) {
            throw new CliRejectedException(refusal);
        }
        return where.folder();
    }

    /** Opens other database folders (a backup being checked, the restored one) with the same password source. */
    public DatabaseOpener opener() {
        CliEnvironment env = CliEnvironment.of(mixee);
        return folder -> openWithPassword(env, folder);
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
