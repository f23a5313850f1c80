package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.search.SearchHit;
import org.renkei.app.domain.SearchQuery;
import org.renkei.app.export.geo.ExportPoints;
import org.renkei.app.search.SearchService;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.store.Database;
import org.renkei.dataimport.geo.GeocodeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code search [--db DIR] [--dept D,...] [--near ADDRESS|LAT,LNG] [--km N] [--limit N] [--json]}. */
@Command(name = "search", description = "施設を検索します（--near があれば近い順）")
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--dept", split = ",", paramLabel = "D", description = "診療科（すべてを標榜する施設）")
    List<String> departments = List.of();

    @Option(names = "--name", paramLabel = "TEXT", description = "名称またはフリガナの一部")
    String name;

    @Option(names = "--near", paramLabel = "ADDRESS|LAT,LNG", description = "中心（住所または緯度,経度）")
    String near;

    @Option(names = "--km", paramLabel = "N", description = "中心からの最大距離（km）")
    Double km;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "最大件数（0 = すべて）")
    int limit;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "結果を .xlsx / .geojson / .kml に書き出す")
    Path export;

    @Override
    public Integer call() throws IOException {
        if (km != null && near == null) {
            throw new ParameterException(spec.commandLine(), "--km には --near が必要です");
        }
        if (km != null && km <= 0 || limit < 0) {
            throw new ParameterException(spec.commandLine(), "--km は正の数、--limit は 0 以上で指定してください");
        }
        List<String> depts = Inputs.departments(departments);
        GeocodeResult origin = near == null ? null : Inputs.location(near);
        try (Database db = dbOption.open()) {
            SearchQuery q = new SearchQuery(depts, name, origin == null ? null : origin.lat(),
                    origin == null ? null : origin.lng(), km, limit, false);
            List<SearchHit> hits = new SearchService(db).search(q);
            print(origin, hits);
            if (export != null) {
                AuditLog audit = dbOption.audit(db);
                Exports.points(ExportPoints.fromHits(hits), "検索結果", export);
                audit.exported("施設一覧（検索結果 " + hits.size() + "件）", List.of(export));
            }
        }
        return 0;
    }

    private void print(GeocodeResult origin, List<SearchHit> hits) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            if (origin == null) {
                n.putNull("origin");
            } else {
                n.putObject("origin").put("lat", origin.lat()).put("lng", origin.lng())
                        .put("precision", origin.precision().code()).put("matched", origin.matched());
            }
            ArrayNode results = n.putArray("results");
            hits.forEach(h -> results.add(Json.facility(h.facility(), h.km())));
            Json.print(out, n);
            return;
        }
        for (SearchHit h : hits) {
            out.printf("%s\t%s\t%s\t%s%n", h.km() == null ? "-" : String.format("%.2f km", h.km()),
                    h.facility().name(), String.join("・", h.facility().departmentNames()), h.facility().address());
        }
        out.printf("%d 件%n", hits.size());
    }
}
