package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.cases.CaseService;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code case list [--patient ID] [--kana K] [--status S] [--from D] [--to D] [--json]}: newest first. */
@Command(name = "list", description = "ケースを一覧します（新しい順）。条件はすべて満たすものだけ")
final class CaseListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CaseCommand parent;

    @Option(names = "--patient", paramLabel = "ID", description = "患者ID（完全一致）")
    String patientId;

    @Option(names = "--kana", paramLabel = "K", description = "フリガナの先頭（ひらがな・カタカナどちらでも）")
    String kana;

    @Option(names = "--status", paramLabel = "S", description = "この状態の紹介先があるケース（下書き・送付済・受入…）")
    String status;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "作成日がこの日以降")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "作成日がこの日以前")
    String to;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Override
    public Integer call() {
        CaseQuery query = new CaseQuery(patientId, kana, CaseArgs.date(from, "--from"), CaseArgs.date(to, "--to"),
                CaseArgs.status(status, "--status"));
        try (Database db = parent.dbOption.open()) {
            List<ReferralCase> found = new CaseService(db).search(query);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode n = Json.object();
                ArrayNode cases = n.putArray("cases");
                found.forEach(rc -> cases.add(summary(rc)));
                Json.print(out, n);
                return 0;
            }
            if (found.isEmpty()) {
                out.println("該当するケースはありません。");
            }
            found.forEach(rc -> out.println(CaseText.listLine(rc)));
            out.flush();
        }
        return 0;
    }

    private static ObjectNode summary(ReferralCase rc) {
        ObjectNode n = Json.object();
        n.put("id", rc.id());
        n.put("created_on", rc.createdOn().toString());
        n.putObject("patient").put("id", rc.patient().id()).put("name", rc.patient().name())
                .put("kana", rc.patient().kana());
        ArrayNode dept = n.putArray("dept");
        rc.needs().departments().forEach(dept::add);
        ArrayNode keep = n.putArray("keep");
        rc.needs().keep().forEach(keep::add);
        ArrayNode dests = n.putArray("destinations");
        for (Destination d : rc.destinations()) {
            dests.addObject().put("order", d.order()).put("facility_id", String.valueOf(d.facilityId()))
                    .put("name", d.name()).put("status", d.status().label())
                    .put("status_date", d.statusDate() == null ? null : d.statusDate().toString());
        }
        return n;
    }
}
