package org.renkei.app.cli;

import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditEntry;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.audit.AuditWorkbook;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code audit --from YYYY-MM-DD --to YYYY-MM-DD [--out F.xlsx]}: the 操作記録 of a period, printed or as .xlsx. */
@Command(name = "audit", description = "操作記録（誰が・いつ・何をしたか）を表示または .xlsx に書き出します")
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "期間の開始日（既定: --to の日）")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "期間の終了日（既定: 今日）")
    String to;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "表示せずに .xlsx に書き出す")
    Path out;

    @Override
    public Integer call() throws IOException {
        LocalDate last = to == null ? LocalDate.now() : CaseArgs.date(to, "--to");
        LocalDate first = from == null ? last : CaseArgs.date(from, "--from");
        if (first.isAfter(last)) {
            throw new CliRejectedException("期間の開始（" + first + "）が終了（" + last + "）より後です。");
        }
        if (out != null && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new CliRejectedException("--out のファイル名は .xlsx で終わるようにしてください: " + out.getFileName());
        }
        try (Database db = dbOption.open()) {
            AuditLog audit = dbOption.audit(db);
            List<AuditEntry> entries = audit.between(first, last);
            PrintWriter w = spec.commandLine().getOut();
            if (out != null) {
                AuditWorkbook.write(entries, first, last, out);
                audit.record(AuditAction.AUDIT_EXPORT, "XLSX 1件", first + "〜" + last + "（" + entries.size() + "件）");
                w.println(out.toAbsolutePath() + "（操作記録 " + entries.size() + " 件）");
            } else {
                w.println(String.join("\t", AuditWorkbook.HEADERS));
                for (AuditEntry e : entries) {
                    w.println(String.join("\t", AuditWorkbook.time(e), e.staff(), e.action().label(), e.target(),
                            e.detail()));
                }
            }
            w.flush();
        }
        return 0;
    }
}
