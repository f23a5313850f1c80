package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.cases.CaseService;
import org.renkei.app.cases.SettingsService;
import org.renkei.app.referral.WaitingReferral;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code referral waiting [--days N] [--json]}: 返事待ち, referrals sent more than N days ago without an answer. */
@Command(name = "waiting", description = "返事待ち: 送付から N 日を超えて返事のない紹介先")
final class ReferralWaitingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    ReferralCommand parent;

    @Option(names = "--days", paramLabel = "N", description = "日数（既定: office の設定、初期値 14）")
    Integer days;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Override
    public Integer call() {
        if (days != null && days < 0) {
            throw new ParameterException(spec.commandLine(), "--days は 0 以上で指定してください");
        }
        LocalDate today = LocalDate.now();
        try (Database db = parent.dbOption.open()) {
            int n = days != null ? days : new SettingsService(db).load().waitDays();
            List<WaitingReferral> waiting = new CaseService(db).awaiting(today, n);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode root = Json.object();
                root.put("today", today.toString());
                root.put("days", n);
                ArrayNode list = root.putArray("waiting");
                for (WaitingReferral w : waiting) {
                    list.addObject().put("case", w.caseId()).put("patient_id", w.patient().id())
                            .put("patient_name", w.patient().name())
                            .put("facility_id", String.valueOf(w.destination().facilityId()))
                            .put("facility_name", w.destination().name()).put("phone", w.destination().phone())
                            .put("sent_on", w.sentOn().toString()).put("days", w.daysWaiting(today));
                }
                Json.print(out, root);
                return 0;
            }
            out.printf("返事待ち（送付から %d 日を超えたもの）: %d 件%n", n, waiting.size());
            for (WaitingReferral w : waiting) {
                out.printf("  ケース %d　%s %s　%s（施設ID %d、電話 %s）　送付 %s（%d 日）%n", w.caseId(),
                        w.patient().id(), w.patient().name(), w.destination().name(), w.destination().facilityId(),
                        w.destination().phone().isEmpty() ? "未登録" : w.destination().phone(), w.sentOn(),
                        w.daysWaiting(today));
            }
            out.flush();
        }
        return 0;
    }
}
