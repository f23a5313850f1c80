package org.renkei.app.knowledge.share;

/**
 * What an import wrote.
 *
 * @param added      facts we did not have
 * @param refreshed  same values confirmed later by the other office (their 確認日 taken)
 * @param tookTheirs conflicts resolved to the other office's value
 * @param keptOurs   conflicts where ours stayed
 * @param tagsAdded  tags added to our vocabulary
 * @param facilities facilities whose knowledge changed
 */
public record MergeResult(int added, int refreshed, int tookTheirs, int keptOurs, int tagsAdded, int facilities) {
    /** 「追加 3・確認日更新 1・相手を採用 2・自院を維持 1」 (the access record's detail). */
    public String summary() {
        return "追加 " + added + "・確認日更新 " + refreshed + "・相手を採用 " + tookTheirs + "・自院を維持 " + keptOurs
                + (tagsAdded > 0 ? "・語彙追加 " + tagsAdded : "");
    }
}
