package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.cases.CaseService;
import org.renkei.app.export.summary.SummaryWorkbook;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.List;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** {@code summary --from 2026-01 --to 2026-12 --out FILE.xlsx}: the referral summary workbook (逆紹介の集計). */
@Command(name = "summary", description = "期間の紹介集計表（.xlsx）を書き出します")
final class SummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM", description = "最初の月")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "最後の月")
    String to;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "書き出すファイル")
    Path out;

    @Override
    public Integer call() throws IOException {
        YearMonth first = month(from, "--from");
        YearMonth last = month(to, "--to");
        try (Database db = dbOption.open()) {
            AuditLog audit = dbOption.audit(db);
            int n = SummaryWorkbook.write(new CaseService(db).records(first, last), first, last, out);
            audit.exported("紹介集計表 " + first + "〜" + last, List.of(out));
            PrintWriter w = spec.commandLine().getOut();
            w.println(out.toAbsolutePath() + "（紹介 " + n + " 件）");
            w.flush();
        }
        return 0;
    }

    private static YearMonth month(String text, String option) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliRejectedException(option + " の月「" + text + "」は YYYY-MM の形式にしてください。");
        }
    }
}
