package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.cases.CaseJson;
import org.renkei.app.cases.CaseService;
import org.renkei.app.export.geo.ExportPoints;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.StatusEvent;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code case show --case ID [--json]}: the whole case with each destination's history. */
@Command(name = "show", description = "ケースの内容・紹介先・経過を表示します")
final class CaseShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CaseCommand parent;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "ケース番号")
    long caseId;

    @Option(names = "--json", description = "JSON で出力（case create で読める形）")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "紹介先を .xlsx / .geojson / .kml に書き出す")
    Path export;

    @Override
    public Integer call() throws IOException {
        try (Database db = parent.dbOption.open()) {
            AuditLog audit = parent.dbOption.audit(db);
            CaseService service = new CaseService(db);
            ReferralCase rc = service.require(caseId);
            audit.caseViewed(caseId);
            Map<Long, List<StatusEvent>> histories = new LinkedHashMap<>();
            for (Destination d : rc.destinations()) {
                histories.put(d.facilityId(), service.history(caseId, d.facilityId()));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(CaseJson.write(rc, histories));
            } else {
                CaseText.print(out, rc, histories);
            }
            out.flush();
            if (export != null) {
                Exports.points(ExportPoints.fromCase(rc), "ケース " + caseId + " の紹介先", export);
                audit.exported("紹介先一覧 ケース " + caseId, List.of(export));
            }
        }
        return 0;
    }
}
