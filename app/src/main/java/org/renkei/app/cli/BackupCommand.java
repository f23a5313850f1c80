package org.renkei.app.cli;

import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.backup.BackupRejectedException;
import org.renkei.app.backup.BackupService;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code backup --out FILE.zip}: a backup of the database (encrypted files stay encrypted in it). */
@Command(name = "backup", description = "データベースのバックアップ（.zip）を作成します")
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "バックアップの出力先")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new CliRejectedException("--out のファイル名は .zip で終わるようにしてください: " + out.getFileName());
        }
        try (Database db = dbOption.open()) {
            AuditLog audit = dbOption.audit(db);
            Path written;
            try {
                written = new BackupService(db, Clock.systemDefaultZone()).backupTo(out);
            } catch (BackupRejectedException e) {
                throw new CliRejectedException(e.getMessage());
            }
            audit.record(AuditAction.BACKUP, "ZIP 1件", "手動");
            spec.commandLine().getOut().printf("%s（%,d バイト）%n", written, Files.size(written));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
