package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.cases.CaseService;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code referral status --case ID --facility FID --set S [--note …] [--to 転送先] [--date YYYY-MM-DD]}. */
@Command(name = "status", description = "紹介先の状態を記録します（経過は残ります）")
final class ReferralStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    ReferralCommand parent;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "ケース番号")
    long caseId;

    @Option(names = "--facility", required = true, paramLabel = "FID", description = "施設ID（case plan / case show が表示）")
    long facilityId;

    @Option(names = "--set", required = true, paramLabel = "S", description = "下書き・送付済・受入・辞退・転送・初診確認・終了")
    String status;

    @Option(names = "--note", paramLabel = "TEXT", description = "メモ")
    String note;

    @Option(names = "--to", paramLabel = "転送先", description = "転送のとき: 患者が紹介された先")
    String forwardedTo;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "日付（既定: 今日）")
    String date;

    @Override
    public Integer call() {
        ReferralStatus s = CaseArgs.status(status, "--set");
        LocalDate day = CaseArgs.date(date, "--date");
        try (Database db = parent.dbOption.open()) {
            AuditLog audit = parent.dbOption.audit(db);
            ReferralCase rc = new CaseService(db).setStatus(caseId, facilityId, s, day, note, forwardedTo);
            audit.statusChanged(caseId, facilityId, s.label());
            Destination d = rc.destinations().stream().filter(x -> x.facilityId() == facilityId).findFirst()
                    .orElseThrow();
            spec.commandLine().getOut().printf("ケース %d ／ %s: %s（%s）%s%n", rc.id(), d.name(), d.status().label(),
                    d.statusDate(), d.forwardedTo().isEmpty() ? "" : " 転送先: " + d.forwardedTo());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
