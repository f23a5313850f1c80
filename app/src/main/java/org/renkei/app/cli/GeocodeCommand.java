package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Geocoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code geocode [--db DIR] [--json] ADDRESS}: offline address → lat/lng + precision. */
@Command(name = "geocode", description = "住所を緯度・経度に変換します（オフライン）")
final class GeocodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "（互換のため受け付けます。使用しません）")
    String db;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Parameters(paramLabel = "ADDRESS", arity = "1..*", description = "住所")
    java.util.List<String> address;

    @Override
    public Integer call() {
        String text = String.join(" ", address);
        GeocodeResult g = Geocoder.bundled().geocode(text);
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            if (g.found()) {
                n.put("lat", g.lat());
                n.put("lng", g.lng());
            } else {
                n.putNull("lat");
                n.putNull("lng");
            }
            n.put("precision", g.precision().code());
            n.put("matched", g.matched());
            n.put("municipality_code", g.municipalityCode());
            Json.print(out, n);
        } else if (g.found()) {
            out.printf("%s\t%.6f,%.6f\t精度: %s%n", g.matched(), g.lat(), g.lng(), g.precision().code());
        } else {
            out.println("該当する住所が見つかりません。");
        }
        if (!g.found()) {
            throw new CliRejectedException("住所「" + text + "」が見つかりません。");
        }
        return 0;
    }
}
