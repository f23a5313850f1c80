package org.renkei.app.ui.share;

import org.renkei.app.knowledge.share.Comparison;
import org.renkei.app.knowledge.share.KnowledgeSharing;
import org.renkei.app.knowledge.share.MergePolicy;
import org.renkei.app.knowledge.share.MergePreview;
import org.renkei.app.knowledge.share.MergeResult;
import org.renkei.app.knowledge.share.SharedKnowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** What the window needs to share facility knowledge with another office (docs/decisions/0022). */
public interface KnowledgeShare {
    /** A file read and compared with ours, nothing written yet. */
    record Loaded(KnowledgeSharing.Incoming incoming, MergePreview preview) {
    }

    SharedKnowledge export(Path file) throws IOException;

    Loaded load(Path file);

    MergeResult apply(KnowledgeSharing.Incoming in, MergePolicy policy, Map<Comparison.Id, MergePolicy.Side> choices);

    static KnowledgeShare of(KnowledgeSharing s) {
        return new KnowledgeShare() {
            @Override
            public SharedKnowledge export(Path file) throws IOException {
                return s.export(file);
            }

            @Override
            public Loaded load(Path file) {
                KnowledgeSharing.Incoming in = s.read(file);
                return new Loaded(in, s.preview(in));
            }

            @Override
            public MergeResult apply(KnowledgeSharing.Incoming in, MergePolicy policy,
                                     Map<Comparison.Id, MergePolicy.Side> choices) {
                return s.apply(in, policy, choices);
            }
        };
    }
}
