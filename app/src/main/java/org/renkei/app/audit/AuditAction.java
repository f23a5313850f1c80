package org.renkei.app.audit;

import org.renkei.app.domain.Codes;

/** What was done. The code is stored; the label is what the viewer, the CLI and the workbook show. */
public enum AuditAction {
    CASE_VIEW("ケース閲覧"),
    CASE_CREATE("ケース作成"),
    CASE_EDIT("ケース編集"),
    PLAN_CHOSEN("紹介先の決定"),
    STATUS_CHANGE("状態変更"),
    EXPORT("書き出し"),
    IMPORT("取り込み"),
    FACILITY_EDIT("施設情報の変更"),
    SETTINGS("設定変更"),
    STAFF_CHANGE("担当者の変更"),
    AUDIT_EXPORT("操作記録の書き出し"),
    BACKUP("バックアップ"),
    RESTORE("復元"),
    /** A code written by a newer version of the app. */
    OTHER("その他");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The action of a stored code; {@link #OTHER} for a code this version does not know. */
    public static AuditAction parse(String code) {
        return Codes.find(values(), AuditAction::name, code).orElse(OTHER);
    }
}
