package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.knowledge.share.KnowledgeSharing;
import org.renkei.app.knowledge.share.SharedKnowledge;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code knowledge export --out F.json|F.xlsx}: everything the office knows, keyed by the lists' IDs. */
@Command(name = "export", description = "連携情報を .json または .xlsx に書き出します（施設は情報源と ID で識別）")
final class KnowledgeExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    KnowledgeCommand parent;

    @Option(names = "--out", required = true, paramLabel = "F.json|F.xlsx", description = "書き出すファイル")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Database db = parent.dbOption.open()) {
            AuditLog audit = parent.dbOption.audit(db);
            SharedKnowledge k = new KnowledgeSharing(db, Clock.systemDefaultZone()).export(out);
            audit.exported("連携情報（施設 " + k.facilities().size() + "件）", List.of(out));
            spec.commandLine().getOut().println(out.toAbsolutePath() + "（施設 " + k.facilities().size() + " 件・情報 "
                    + k.factCount() + " 件・独自タグ " + k.vocabulary().size() + " 件）");
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
