package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.FacilityKey;
import org.renkei.app.knowledge.share.Comparison;
import org.renkei.app.knowledge.share.MergePolicy;
import org.renkei.app.knowledge.share.MergePreview;
import org.renkei.app.knowledge.share.MergeResult;
import org.renkei.app.knowledge.share.SharedFact;

import java.io.PrintWriter;
import java.util.Map;

/** The merge preview of {@code knowledge import} as text and as JSON. */
final class KnowledgeImportText {
    private KnowledgeImportText() {
    }

    static void preview(PrintWriter out, String file, MergePreview p, MergePolicy policy) {
        out.println("「" + file + "」" + (p.office().isEmpty() ? "" : "（" + p.office() + "）") + " 書き出し "
                + p.exportedAt().toLocalDate());
        out.println("施設 " + p.facilities() + " 件（うち自院の一覧にない施設 " + p.unknownFacilities().size() + " 件）・情報 "
                + p.comparisons().size() + " 件: 新規 " + p.count(Comparison.Outcome.NEW) + "・同一 "
                + p.count(Comparison.Outcome.SAME) + "（確認日の更新 " + p.refreshed() + "）・競合 "
                + p.count(Comparison.Outcome.CONFLICT));
        if (!p.newTags().isEmpty()) {
            out.println("語彙に追加するタグ: " + String.join("、", p.newTags().stream().map(CapabilityTag::name).toList()));
        }
        if (!p.conflicts().isEmpty()) {
            out.println("競合（" + policy.label() + "）:");
            for (Comparison c : p.conflicts()) {
                out.println("  " + c.facilityName() + " [" + c.key().source() + " " + c.key().sourceKey() + "] "
                        + c.slot().label() + ": 自院 " + text(c.ours()) + " / 相手 " + text(c.theirs()) + " → "
                        + side(p.side(c, policy, Map.of())));
            }
        }
        if (!p.unknownFacilities().isEmpty()) {
            out.println("自院の一覧にない施設（情報は保存され、その一覧を取り込むと表示されます）:");
            for (FacilityKey k : p.unknownFacilities()) {
                out.println("  " + k.source() + " " + k.sourceKey());
            }
        }
    }

    static ObjectNode json(String file, MergePreview p, MergePolicy policy, MergeResult result) {
        ObjectNode n = Json.object();
        n.put("file", file);
        n.put("office", p.office());
        n.put("exported_at", p.exportedAt().toString());
        n.put("policy", policy.code());
        n.put("facilities", p.facilities());
        ObjectNode counts = n.putObject("counts");
        counts.put("new", p.count(Comparison.Outcome.NEW));
        counts.put("same", p.count(Comparison.Outcome.SAME));
        counts.put("refreshed", p.refreshed());
        counts.put("conflict", p.count(Comparison.Outcome.CONFLICT));
        counts.put("unknown_facilities", p.unknownFacilities().size());
        ArrayNode tags = n.putArray("new_tags");
        p.newTags().forEach(t -> tags.add(t.name()));
        ArrayNode conflicts = n.putArray("conflicts");
        for (Comparison c : p.conflicts()) {
            ObjectNode o = conflicts.addObject();
            o.put("source", c.key().source()).put("source_key", c.key().sourceKey()).put("facility", c.facilityName())
                    .put("fact", c.slot().label());
            fact(o.putObject("ours"), c.ours());
            fact(o.putObject("theirs"), c.theirs());
            o.put("decision", p.side(c, policy, Map.of()) == MergePolicy.Side.THEIRS ? "theirs" : "ours");
        }
        ArrayNode unknown = n.putArray("unknown_facilities");
        p.unknownFacilities().forEach(k -> unknown.addObject().put("source", k.source())
                .put("source_key", k.sourceKey()));
        n.put("applied", result != null);
        if (result != null) {
            n.putObject("result").put("added", result.added()).put("refreshed", result.refreshed())
                    .put("took_theirs", result.tookTheirs()).put("kept_ours", result.keptOurs())
                    .put("tags_added", result.tagsAdded()).put("facilities", result.facilities());
        }
        return n;
    }

    private static void fact(ObjectNode o, SharedFact f) {
        o.put("value", f.valueText()).put("verified_on", f.verified().on().toString())
                .put("verified_by", f.verified().by());
    }

    private static String text(SharedFact f) {
        return f.valueText() + "（" + f.verified().on() + (f.verified().by().isEmpty() ? "" : " " + f.verified().by())
                + "）";
    }

    private static String side(MergePolicy.Side s) {
        return s == MergePolicy.Side.THEIRS ? "相手" : "自院";
    }
}
