package org.renkei.app.cli;

import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditTargets;
import org.renkei.app.knowledge.share.KnowledgeSharing;
import org.renkei.app.knowledge.share.MergePolicy;
import org.renkei.app.knowledge.share.MergePreview;
import org.renkei.app.knowledge.share.MergeResult;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code knowledge import F.json|F.xlsx [--prefer theirs|ours|newer] [--yes] [--json]}: prints the merge preview
 * (counts and every conflict with the side it takes) and applies it only with {@code --yes} or after "y" on a console.
 * Without {@code --prefer} conflicts keep ours.
 */
@Command(name = "import", description = "他院の連携情報を取り込みます（まず差分と競合を表示し、--yes で適用）")
final class KnowledgeImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    KnowledgeCommand parent;

    @Parameters(index = "0", paramLabel = "F.json|F.xlsx", description = "取り込むファイル")
    Path file;

    @Option(names = "--prefer", paramLabel = "theirs|ours|newer",
            description = "競合の扱い: theirs=相手、ours=自院（既定）、newer=確認日が新しい方（同日は自院）")
    String prefer;

    @Option(names = "--yes", description = "確認せずに適用する")
    boolean yes;

    @Option(names = "--json", description = "差分と結果を JSON で出力")
    boolean json;

    @Override
    public Integer call() {
        MergePolicy policy = prefer == null ? MergePolicy.OURS : MergePolicy.parse(prefer).orElseThrow(() ->
                new CliRejectedException("--prefer は theirs・ours・newer のいずれかです（「" + prefer + "」）。"));
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = parent.dbOption.open()) {
            KnowledgeSharing sharing = new KnowledgeSharing(db, Clock.systemDefaultZone());
            KnowledgeSharing.Incoming in = sharing.read(file);
            MergePreview preview = sharing.preview(in);
            if (!json) {
                KnowledgeImportText.preview(out, in.fileName(), preview, policy);
            }
            boolean apply = yes || !json && confirmed(out);
            MergeResult result = null;
            if (apply) {
                result = sharing.apply(in, policy, Map.of());
                parent.dbOption.audit(db).record(AuditAction.IMPORT, AuditTargets.ofFiles(List.of(file)),
                        "連携情報 " + result.summary());
            }
            if (json) {
                Json.print(out, KnowledgeImportText.json(in.fileName(), preview, policy, result));
            } else {
                out.println(result == null ? "まだ何も変更していません。適用するには --yes を付けて実行してください。"
                        : "取り込みました: " + result.summary() + "（施設 " + result.facilities() + " 件）");
            }
            out.flush();
        }
        return 0;
    }

    /** Asks on an interactive console; never when there is none (scripts, tests). */
    private static boolean confirmed(PrintWriter out) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        out.flush();
        String answer = console.readLine("この内容で取り込みますか？ [y/N]: ");
        return answer != null && List.of("y", "yes", "はい").contains(answer.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
