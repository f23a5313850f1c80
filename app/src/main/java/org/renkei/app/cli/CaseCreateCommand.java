package org.renkei.app.cli;

import org.renkei.app.cases.CaseJson;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.cases.CaseService;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code case create --json CASE.json [--db DIR]}: stores a case and prints its id only. */
@Command(name = "create", description = "ケースを JSON ファイルから作成し、ケース番号だけを表示します")
final class CaseCreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CaseCommand parent;

    @Option(names = "--json", required = true, paramLabel = "CASE.json", description = "ケースの JSON ファイル（UTF-8）")
    Path file;

    @Override
    public Integer call() {
        ReferralCase draft = CaseJson.read(file, LocalDate.now());
        try (Database db = parent.dbOption.open()) {
            AuditLog audit = parent.dbOption.audit(db);
            ReferralCase stored = new CaseService(db).create(draft);
            audit.caseCreated(stored.id());
            spec.commandLine().getOut().println(stored.id());
        }
        return 0;
    }
}
