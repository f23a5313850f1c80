package org.renkei.app.ui.detail;

import org.renkei.app.domain.Capability;
import org.renkei.app.domain.Verified;
import org.renkei.app.ui.common.Messages;

import java.time.format.DateTimeFormatter;

/**
 * One capability tag as a chip of the knowledge editor.
 *
 * @param department canonical department, or empty for the whole facility
 * @param verified   確認日 / 確認者 as stored; null for a chip added and not yet saved
 * @param stale      stored and confirmed longer ago than the office's stale age
 */
public record TagChip(String tag, String department, String detail, Verified verified, boolean stale) {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    public TagChip {
        department = department == null ? "" : department;
        detail = detail == null ? "" : detail.strip();
    }

    static TagChip of(Capability c, boolean stale) {
        return new TagChip(c.tag(), c.department(), c.detail(), c.verified(), stale);
    }

    /** 「外国語：英語・中国語（内科）」. */
    public String text() {
        return tag + (detail.isEmpty() ? "" : "：" + detail) + (department.isEmpty() ? "" : "（" + department + "）");
    }

    /** 「確認 2026/04/01 鈴木」, or 「未保存」 for a new chip. */
    public String verifiedText() {
        return verified == null ? Messages.get("knowledge.unsaved") : verifiedText(verified);
    }

    public boolean isNew() {
        return verified == null;
    }

    boolean sameSlot(TagChip other) {
        return tag.equals(other.tag) && department.equals(other.department);
    }

    static String verifiedText(Verified v) {
        return v.by().isEmpty() ? Messages.get("knowledge.verified", DATE.format(v.on()))
                : Messages.get("knowledge.verifiedBy", DATE.format(v.on()), v.by());
    }
}
