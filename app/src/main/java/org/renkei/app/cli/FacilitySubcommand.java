package org.renkei.app.cli;

import org.renkei.app.audit.AuditAction;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.store.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A {@code facility} subcommand: checks its arguments, then works on the knowledge of the database {@code --db}
 * names and prints text, or JSON with {@code --json}.
 */
abstract class FacilitySubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FacilityCommand parent;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Override
    public final Integer call() {
        check();
        try (Database db = parent.dbOption.open()) {
            run(new KnowledgeService(db), spec.commandLine().getOut());
            String change = change();
            if (change != null) {
                parent.dbOption.audit(db).record(AuditAction.FACILITY_EDIT, target(), change);
            }
        }
        return 0;
    }

    /** Refuses bad arguments before the database is opened (nothing is written then). */
    void check() {
    }

    /** What the command changed, for the access record (kinds of fact and tag names only); null when it only read. */
    String change() {
        return null;
    }

    /** What the access record names as changed. */
    String target() {
        return "連携情報の設定";
    }

    /** The command's work on the open database. */
    abstract void run(KnowledgeService service, PrintWriter out);
}
