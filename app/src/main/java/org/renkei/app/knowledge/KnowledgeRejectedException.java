package org.renkei.app.knowledge;

/** A change to facility knowledge refused before anything was written; the message is Japanese, for the user. */
public class KnowledgeRejectedException extends RuntimeException {
    public KnowledgeRejectedException(String reason) {
        super(reason);
    }
}
