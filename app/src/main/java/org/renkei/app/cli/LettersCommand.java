package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.cases.CaseService;
import org.renkei.app.cases.SettingsService;
import org.renkei.app.export.letter.Letters;
import org.renkei.app.referral.ReferralCase;
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
import java.util.concurrent.Callable;

/** {@code letters --case ID --out DIR [--date YYYY-MM-DD]}: one 診療情報提供書 (.docx + .pdf) per destination. */
@Command(name = "letters", description = "ケースの紹介先ごとに診療情報提供書（.docx と PDF）を書き出します")
final class LettersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "ケース番号")
    long caseId;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "書き出し先のフォルダ（なければ作ります）")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "紹介状の日付（既定: 今日）")
    String date;

    @Override
    public Integer call() throws IOException {
        LocalDate letterDate = date == null ? LocalDate.now() : CaseArgs.date(date, "--date");
        try (Database db = dbOption.open()) {
            AuditLog audit = dbOption.audit(db);
            ReferralCase rc = new CaseService(db).require(caseId);
            List<Path> files = Letters.write(rc, new SettingsService(db).load(), letterDate, out);
            audit.exported("診療情報提供書 ケース " + caseId, files);
            PrintWriter w = spec.commandLine().getOut();
            files.forEach(f -> w.println(f.toAbsolutePath()));
            w.flush();
        }
        return 0;
    }
}
