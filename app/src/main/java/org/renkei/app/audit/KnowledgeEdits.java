package org.renkei.app.audit;

import org.renkei.app.knowledge.KnowledgeEdit;

import java.util.ArrayList;
import java.util.List;

/** How a knowledge edit is told in the access record, for the window and the CLI alike. */
public final class KnowledgeEdits {
    private KnowledgeEdits() {
    }

    /** 「タグ追加 訪問診療・タグ削除 往診・登録医・連絡先・備考・全項目確認」: tag names and kinds of fact only. */
    public static String describe(KnowledgeEdit e) {
        List<String> parts = new ArrayList<>();
        if (!e.tags().isEmpty()) {
            parts.add("タグ追加 " + String.join("、", e.tags().stream().map(KnowledgeEdit.TagChange::tag).toList()));
        }
        if (!e.untags().isEmpty()) {
            parts.add("タグ削除 " + String.join("、", e.untags().stream().map(KnowledgeEdit.TagChange::tag).toList()));
        }
        if (e.registered() != null) {
            parts.add("登録医");
        }
        if (e.contactPerson() != null || e.contactMethod() != null) {
            parts.add("連絡先");
        }
        if (e.notes() != null) {
            parts.add("備考");
        }
        if (e.verifyAll()) {
            parts.add("全項目確認");
        }
        return String.join("・", parts);
    }
}
