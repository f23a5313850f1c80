package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code facility tags [--add T [--with-detail]] [--json]}: the capability vocabulary, extended by the office. */
@Command(name = "tags", description = "タグの語彙を表示し、自院のタグを追加します")
final class FacilityTagsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FacilityCommand parent;

    @Option(names = "--add", paramLabel = "T", description = "語彙にタグを追加")
    String add;

    @Option(names = "--with-detail", description = "追加するタグが内容を取る（例: 外国語=英語）")
    boolean withDetail;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Override
    public Integer call() {
        try (Database db = parent.dbOption.open()) {
            KnowledgeService service = new KnowledgeService(db);
            if (add != null) {
                service.addVocabularyTag(add, withDetail);
            }
            print(spec.commandLine().getOut(), service.vocabulary());
        }
        return 0;
    }

    private void print(PrintWriter out, List<CapabilityTag> tags) {
        if (json) {
            ObjectNode n = Json.object();
            ArrayNode array = n.putArray("tags");
            tags.forEach(t -> array.addObject().put("name", t.name()).put("takes_detail", t.takesDetail())
                    .put("builtin", t.builtin()));
            Json.print(out, n);
            return;
        }
        for (CapabilityTag t : tags) {
            out.println(t.name() + (t.takesDetail() ? "=…" : "") + (t.builtin() ? "" : "\t（自院で追加）"));
        }
        out.printf("%d 件%n", tags.size());
    }
}
