package org.renkei.app.cli;

import org.renkei.app.knowledge.KnowledgeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;

/** {@code facility show --id ID [--json]}: the imported record, its departments and the office's knowledge. */
@Command(name = "show", description = "施設の取込情報・診療科・連携情報（確認日・確認者、要確認の印）を表示します")
final class FacilityShowCommand extends FacilitySubcommand {
    @Option(names = "--id", required = true, paramLabel = "ID", description = "施設 ID（search が表示する ID）")
    long id;

    @Override
    void run(KnowledgeService service, PrintWriter out) {
        FacilityText.print(out, service.get(id), LocalDate.now(), json);
    }
}
