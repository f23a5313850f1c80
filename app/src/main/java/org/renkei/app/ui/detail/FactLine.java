package org.renkei.app.ui.detail;

/**
 * A single-valued fact's confirmation as the editor shows it (登録医 / 連絡先 / 備考).
 *
 * @param verifiedText 「確認 2026/04/01 鈴木」, or 「未登録」
 * @param stale        confirmed longer ago than the office's stale age
 */
public record FactLine(String label, String verifiedText, boolean stale) {
}
