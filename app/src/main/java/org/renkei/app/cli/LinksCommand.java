package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.domain.FacilityLink;
import org.renkei.app.domain.LinkState;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.facility.FacilityLinkService;
import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

/**
 * {@code links [--db DIR] [--pending] [--json]}: pairs of facilities from different sources that are (or may be) the
 * same one; {@code links confirm ID} and {@code links reject ID} record a person's decision.
 */
@Command(name = "links", description = "出典の異なる同一施設の組（自動・確認待ち・確定・別施設）を一覧します",
        subcommands = {LinksCommand.Confirm.class, LinksCommand.Reject.class})
final class LinksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--pending", description = "確認待ちの組だけを表示")
    boolean pending;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Override
    public Integer call() {
        try (Database db = dbOption.open()) {
            List<FacilityLink> links = new FacilityLinkService(db).list(pending);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode n = Json.object();
                ArrayNode array = n.putArray("links");
                links.forEach(l -> array.add(json(l)));
                Json.print(out, n);
                return 0;
            }
            if (links.isEmpty()) {
                out.println(pending ? "確認待ちの組はありません。" : "同一施設の組はありません。");
                return 0;
            }
            links.forEach(l -> print(out, l));
            long open = links.stream().filter(l -> l.state() == LinkState.PENDING).count();
            out.printf("%d 組（確認待ち %d 組: links confirm ID で同一、links reject ID で別施設）%n", links.size(), open);
            return 0;
        }
    }

    static void print(PrintWriter out, FacilityLink l) {
        out.printf("#%d %s スコア %d %s%n", l.id(), l.state().label(), l.score(), l.reason());
        for (LinkedFacility f : List.of(l.primary(), l.secondary())) {
            out.printf("    %s %s %s %s%n", f.source(), f.sourceKey(), f.name(), f.address());
        }
    }

    static ObjectNode json(FacilityLink l) {
        ObjectNode n = Json.object();
        n.put("id", l.id());
        n.put("state", l.state().code());
        n.put("score", l.score());
        n.put("reason", l.reason());
        if (l.decidedAt() == null) {
            n.putNull("decided_at");
        } else {
            n.put("decided_at", l.decidedAt().withNano(0).toString());
        }
        n.set("primary", side(l.primary()));
        n.set("secondary", side(l.secondary()));
        return n;
    }

    private static ObjectNode side(LinkedFacility f) {
        ObjectNode n = Json.object();
        n.put("id", String.valueOf(f.id()));
        n.put("source", f.source());
        n.put("source_key", f.sourceKey());
        n.put("name", f.name());
        n.put("address", f.address());
        n.put("status", f.status().code());
        return n;
    }

    /** {@code links confirm|reject ID}: one decision, with the --db of the subcommand or of {@code links}. */
    abstract static class Decision implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        LinksCommand parent;
        @Mixin
        DbOption dbOption;
        @Parameters(paramLabel = "ID", description = "links が表示する組の番号")
        long id;

        private final String done;
        private final BiFunction<FacilityLinkService, Long, Optional<FacilityLink>> action;

        Decision(String done, BiFunction<FacilityLinkService, Long, Optional<FacilityLink>> action) {
            this.done = done;
            this.action = action;
        }

        @Override
        public Integer call() {
            DbOption db = dbOption.db != null ? dbOption : parent.dbOption;
            try (Database d = db.open()) {
                AuditLog audit = (dbOption.staff != null ? dbOption : parent.dbOption).audit(d);
                FacilityLink l = action.apply(new FacilityLinkService(d), id)
                        .orElseThrow(() -> new CliRejectedException("同一施設の組 #" + id + " はありません（links で一覧できます）。"));
                audit.record(AuditAction.FACILITY_EDIT, "同一施設の組 #" + id + "（施設 " + l.primary().id() + "・"
                        + l.secondary().id() + "）", done);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("#%d を%sとしました: %s ／ %s%n", l.id(), done, l.primary().name(), l.secondary().name());
                return 0;
            }
        }
    }

    @Command(name = "confirm", description = "組を同一施設として確定します（もう一方は検索・マッチングに出なくなります）")
    static final class Confirm extends Decision {
        Confirm() {
            super("同一施設", FacilityLinkService::confirm);
        }
    }

    @Command(name = "reject", description = "組を別施設とします（再取込でも再び提案されません）")
    static final class Reject extends Decision {
        Reject() {
            super("別施設", FacilityLinkService::reject);
        }
    }
}
