package org.renkei.app.knowledge.share;

import java.util.Objects;

/**
 * Which fact about a facility: 登録医, 連絡先, 備考, or a capability tag on the whole facility or on one department.
 * Two offices' facts are compared slot by slot.
 *
 * @param tag        the tag's name for {@link Kind#TAG}, else empty
 * @param department the tag's department scope (canonical name), empty for the whole facility and for other kinds
 */
public record FactSlot(Kind kind, String tag, String department) implements Comparable<FactSlot> {
    public enum Kind { REGISTERED, CONTACT, NOTES, TAG }

    public static final FactSlot REGISTERED = new FactSlot(Kind.REGISTERED, "", "");
    public static final FactSlot CONTACT = new FactSlot(Kind.CONTACT, "", "");
    public static final FactSlot NOTES = new FactSlot(Kind.NOTES, "", "");

    public FactSlot {
        Objects.requireNonNull(kind, "kind");
        tag = tag == null ? "" : tag;
        department = department == null ? "" : department;
        if ((kind == Kind.TAG) == tag.isEmpty()) {
            throw new IllegalArgumentException("a tag slot needs a tag, other slots none: " + kind + " " + tag);
        }
    }

    public static FactSlot tag(String tag, String department) {
        return new FactSlot(Kind.TAG, tag, department);
    }

    /** 登録医, 連絡先, 備考, 訪問診療, 外国語（内科）. */
    public String label() {
        return switch (kind) {
            case REGISTERED -> "登録医";
            case CONTACT -> "連絡先";
            case NOTES -> "備考";
            case TAG -> department.isEmpty() ? tag : tag + "（" + department + "）";
        };
    }

    @Override
    public int compareTo(FactSlot o) {
        int k = kind.compareTo(o.kind);
        if (k != 0) {
            return k;
        }
        int d = department.compareTo(o.department);
        return d != 0 ? d : tag.compareTo(o.tag);
    }
}
