package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code stats [--db DIR] [--json]}: counts per kind and source. */
@Command(name = "stats", description = "登録施設数（種別・取込元ごと）を表示します")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Override
    public Integer call() {
        try (Database db = dbOption.open()) {
            FacilityService.Stats stats = new FacilityService(db).stats();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode n = Json.object();
                n.put("facilities", stats.facilities());
                ObjectNode kinds = n.putObject("by_kind");
                stats.byKind().forEach(kinds::put);
                ArrayNode sources = n.putArray("sources");
                for (FacilityService.SourceStats s : stats.sources()) {
                    sources.addObject().put("source", s.source()).put("count", s.count())
                            .put("last_import", s.lastImport().withNano(0).toString());
                }
                Json.print(out, n);
            } else {
                out.printf("施設数: %d%n", stats.facilities());
                stats.byKind().forEach((k, v) -> out.printf("  %s: %d%n", k, v));
                for (FacilityService.SourceStats s : stats.sources()) {
                    out.printf("取込元 %s: %d 件（最終取込 %s）%n", s.source(), s.count(), s.lastImport().withNano(0));
                }
            }
            return 0;
        }
    }
}
