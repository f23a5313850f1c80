package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.cases.CaseService;
import org.renkei.app.match.MatchJson;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Plan;
import org.renkei.app.match.Uncovered;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code case plan --case ID [--top N] [--json]}: runs the matcher for the case and stores the best plan. */
@Command(name = "plan", description = "ケースの紹介先を探し、最良の案を紹介先（下書き）として保存します")
final class CasePlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CaseCommand parent;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "ケース番号")
    long caseId;

    @Option(names = "--top", paramLabel = "N", defaultValue = "3", description = "表示する案の数（既定 3）")
    int top;

    @Option(names = "--json", description = "JSON で出力（match --json と同じ形に \"case\" を加えたもの）")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Database db = parent.dbOption.open()) {
            AuditLog audit = parent.dbOption.audit(db);
            CaseService service = new CaseService(db);
            MatchResult result = service.plan(caseId, top);
            Plan best = result.best().orElseThrow(() -> new CliRejectedException(noPlan(result)));
            ReferralCase rc = service.choosePlan(caseId, best);
            audit.planChosen(caseId, rc.destinations().size());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode n = Json.object();
                n.put("case", rc.id());
                n.setAll((ObjectNode) Json.MAPPER.readTree(MatchJson.write(result, rc.homeLat(), rc.homeLng(),
                        CaseText.homePrecision(rc))));
                Json.print(out, n);
            } else {
                MatchText.print(out, result);
                out.printf("ケース %d の紹介先として案1を保存しました（下書き）:%n", rc.id());
                for (Destination d : rc.destinations()) {
                    out.printf("  %d. %s（施設ID %d）: %s%n", d.order(), d.name(), d.facilityId(),
                            String.join("・", d.covers()));
                }
                out.flush();
            }
        }
        return 0;
    }

    private String noPlan(MatchResult result) {
        StringBuilder sb = new StringBuilder("ケース " + caseId + ": 条件に合う紹介先が見つかりません");
        for (Uncovered u : result.uncovered()) {
            sb.append(u.nearestKm() == null ? String.format("（%s: 該当施設なし）", u.dept())
                    : String.format("（%s: 最寄り %.2f km）", u.dept(), u.nearestKm()));
        }
        return sb.append("。").toString();
    }
}
