package org.renkei.app.cli;

import org.renkei.app.audit.AuditAction;
import org.renkei.app.backup.BackupRejectedException;
import org.renkei.app.backup.DatabaseOpener;
import org.renkei.app.backup.RestoreService;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * {@code restore FILE [--yes]}: checks the backup (opens it, migrations applied, prints its counts), asks, then moves
 * the current database aside into {@code replaced-YYYYMMDD-HHMMSS/} and the backup in.
 */
@Command(name = "restore", description = "バックアップからデータベースを復元します（今のデータベースは replaced-… に保管）")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Parameters(paramLabel = "FILE", description = "バックアップファイル（.zip）")
    Path file;

    @Option(names = "--yes", description = "確認せずに置き換える")
    boolean yes;

    @Override
    public Integer call() throws IOException {
        Path folder = dbOption.folder();
        String staff = dbOption.staffName();
        DatabaseOpener opener = dbOption.opener();
        RestoreService restore = new RestoreService(folder, opener, Clock.systemDefaultZone());
        PrintWriter out = spec.commandLine().getOut();
        try {
            RestoreService.Staged staged = restore.stage(file);
            out.println("バックアップの内容: " + staged.counts().describe());
            if (!yes && !confirmed(out)) {
                restore.discard(staged);
                throw new CliRejectedException("復元を中止しました。何も変更していません（--yes で確認せずに実行できます）。");
            }
            Path aside = restore.replace(staged);
            try (Database db = opener.open(folder)) {
                org.renkei.app.audit.AuditLog.as(db, staff).record(AuditAction.RESTORE, "ZIP 1件",
                        staged.counts().describe() + "（置き換え前: " + aside.getFileName() + "）");
            }
            out.println("復元しました。置き換える前のデータベースは " + aside + " に保管しました。");
            out.flush();
            return 0;
        } catch (BackupRejectedException e) {
            throw new CliRejectedException(e.getMessage());
        }
    }

    private static boolean confirmed(PrintWriter out) throws IOException {
        out.print("今のデータベースをこのバックアップで置き換えますか？ [y/N]: ");
        out.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }
}
