package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.knowledge.StaleFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** {@code facility stale [--months N] [--json]}: facts confirmed longer ago than the office's stale age. */
@Command(name = "stale", description = "確認から一定期間（既定 12 か月）を過ぎた連携情報を一覧します")
final class FacilityStaleCommand extends FacilitySubcommand {
    @Option(names = "--months", paramLabel = "N", description = "要確認とするまでの月数を変更して保存")
    Integer months;

    @Override
    void run(KnowledgeService service, PrintWriter out) {
        if (months != null) {
            service.setStaleMonths(months);
        }
        print(out, service.staleMonths(), service.staleFacts(LocalDate.now()));
    }

    @Override
    String change() {
        return months == null ? null : "要確認までの月数 " + months;
    }

    private void print(PrintWriter out, int staleMonths, List<StaleFact> facts) {
        if (json) {
            ObjectNode n = Json.object();
            n.put("stale_months", staleMonths);
            ArrayNode array = n.putArray("facts");
            for (StaleFact f : facts) {
                array.addObject().put("id", String.valueOf(f.facilityId())).put("name", f.facilityName())
                        .put("status", f.status().code()).put("fact", f.fact().label())
                        .put("verified_on", f.fact().verified().on().toString())
                        .put("verified_by", f.fact().verified().by());
            }
            Json.print(out, n);
            return;
        }
        for (StaleFact f : facts) {
            out.printf("#%d\t%s%s\t%s\t%s %s%n", f.facilityId(), f.facilityName(),
                    f.status() == FacilityStatus.CLOSED ? "（" + f.status().label() + "）" : "", f.fact().label(),
                    f.fact().verified().on(), f.fact().verified().by());
        }
        out.printf("要確認 %d 件（確認から %d か月超）%n", facts.size(), staleMonths);
    }
}
