package org.renkei.app.ui.detail;

import org.renkei.app.domain.Fact;
import org.renkei.app.knowledge.FacilityFacts;
import org.renkei.app.ui.common.Messages;

import java.time.LocalDate;
import java.util.List;

/** The confirmation lines of the single-valued facts (登録医, 連絡先, 備考) for the editor. */
final class KnowledgeLines {
    private KnowledgeLines() {
    }

    static List<FactLine> facts(FacilityFacts f, LocalDate today) {
        var k = f.knowledge();
        return List.of(line("knowledge.registered", k.registered(), f, today),
                line("knowledge.contact", k.contact(), f, today),
                line("knowledge.notes", k.notes(), f, today));
    }

    private static FactLine line(String key, Fact<?> fact, FacilityFacts f, LocalDate today) {
        return fact == null ? new FactLine(Messages.get(key), Messages.get("knowledge.notRecorded"), false)
                : new FactLine(Messages.get(key), TagChip.verifiedText(fact.verified()),
                        f.isStale(fact.verified(), today));
    }
}
