package org.renkei.app.knowledge.share;

import org.renkei.app.knowledge.KnowledgeRejectedException;

/** A shared knowledge file refused before anything was written; the Japanese message names the file and the place. */
public class ShareRejectedException extends KnowledgeRejectedException {
    public ShareRejectedException(String reason) {
        super(reason);
    }
}
