package org.renkei.app.cli;

import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code facility show --id ID [--json]}: the imported record, its departments and the office's knowledge. */
@Command(name = "show", description = "施設の取込情報・診療科・連携情報（確認日・確認者、要確認の印）を表示します")
final class FacilityShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FacilityCommand parent;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "施設 ID（search が表示する ID）")
    long id;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Override
    public Integer call() {
        try (Database db = parent.dbOption.open()) {
            FacilityText.print(spec.commandLine().getOut(), new KnowledgeService(db).get(id), LocalDate.now(), json);
        }
        return 0;
    }
}
