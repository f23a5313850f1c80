package org.renkei.app.knowledge.share;

import org.renkei.app.domain.Contact;
import org.renkei.app.domain.Verified;

import java.util.Objects;

/**
 * One fact of a facility as shared between offices, with its 確認日 / 確認者.
 *
 * @param value  {@link Boolean} (登録医), {@link Contact} (連絡先), {@link String} (備考 text, or a tag's detail,
 *               empty when the tag takes none)
 * @param origin where the fact was read (「シート「連携情報」 5 行目」, 「facilities[2].tags[0]」), for messages; empty
 *               for facts read from the database
 */
public record SharedFact(FactSlot slot, Object value, Verified verified, String origin) {
    public SharedFact {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(verified, "verified");
        origin = origin == null ? "" : origin;
        Class<?> expected = switch (slot.kind()) {
            case REGISTERED -> Boolean.class;
            case CONTACT -> Contact.class;
            case NOTES, TAG -> String.class;
        };
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException(slot.label() + " needs a " + expected.getSimpleName() + ": " + value);
        }
    }

    /** Same value (whatever the confirmation). */
    public boolean sameValue(SharedFact other) {
        return value.equals(other.value);
    }

    /** The value as a coordinator reads it: はい / いいえ, 山田（FAX）, the notes, a tag's detail or 「あり」. */
    public String valueText() {
        return switch (slot.kind()) {
            case REGISTERED -> (Boolean) value ? "はい" : "いいえ";
            case CONTACT -> contactText((Contact) value);
            case NOTES -> (String) value;
            case TAG -> ((String) value).isEmpty() ? "あり" : (String) value;
        };
    }

    private static String contactText(Contact c) {
        if (c.method() == null) {
            return c.person();
        }
        return c.person().isEmpty() ? c.method().label() : c.person() + "（" + c.method().label() + "）";
    }
}
