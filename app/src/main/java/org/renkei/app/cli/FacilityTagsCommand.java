package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.knowledge.KnowledgeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** {@code facility tags [--add T [--with-detail]] [--json]}: the capability vocabulary, extended by the office. */
@Command(name = "tags", description = "タグの語彙を表示し、自院のタグを追加します")
final class FacilityTagsCommand extends FacilitySubcommand {
    @Option(names = "--add", paramLabel = "T", description = "語彙にタグを追加")
    String add;

    @Option(names = "--with-detail", description = "追加するタグが内容を取る（例: 外国語=英語）")
    boolean withDetail;

    @Override
    void run(KnowledgeService service, PrintWriter out) {
        if (add != null) {
            service.addVocabularyTag(add, withDetail);
        }
        print(out, service.vocabulary());
    }

    @Override
    String change() {
        return add == null ? null : "語彙にタグ追加 " + add;
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
