package org.renkei.app.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the office knows about one facility beyond the imported list, each fact with its 確認日 / 確認者.
 * Immutable: the {@code with…} methods return a changed copy.
 *
 * @param registered   登録医 (registered partner doctor) yes / no; null when not recorded
 * @param contact      contact person and preferred method; null when not recorded
 * @param notes        free notes; null when not recorded
 * @param capabilities capability tags, whole facility first, then by department, each tag at most once per scope
 */
public record FacilityKnowledge(FacilityKey key, Fact<Boolean> registered, Fact<Contact> contact, Fact<String> notes,
                                List<Capability> capabilities) {
    private static final Comparator<Capability> ORDER = Comparator.comparing(Capability::department)
            .thenComparing(Capability::tag);

    public FacilityKnowledge {
        Objects.requireNonNull(key, "key");
        capabilities = capabilities.stream().sorted(ORDER).toList();
        for (int i = 1; i < capabilities.size(); i++) {
            Capability a = capabilities.get(i - 1);
            if (a.sameSlot(capabilities.get(i).tag(), capabilities.get(i).department())) {
                throw new IllegalArgumentException("tag twice on one scope: " + a.tag() + " " + a.department());
            }
        }
        if (notes != null && notes.value().isBlank()) {
            notes = null;
        }
    }

    public static FacilityKnowledge empty(FacilityKey key) {
        return new FacilityKnowledge(key, null, null, null, List.of());
    }

    /** Nothing recorded. */
    public boolean isEmpty() {
        return registered == null && contact == null && notes == null && capabilities.isEmpty();
    }

    /** 登録医 recorded as yes. */
    public boolean isRegistered() {
        return registered != null && registered.value();
    }

    /** The tag on the whole facility or on any department. */
    public boolean hasCapability(String tag) {
        return capabilities.stream().anyMatch(c -> c.tag().equals(tag));
    }

    /** The tag on the whole facility or on this department (what a request for that department can rely on). */
    public boolean hasCapability(String tag, String department) {
        return capabilities.stream().anyMatch(c -> c.tag().equals(tag)
                && (c.wholeFacility() || c.department().equals(department)));
    }

    public Optional<Capability> capability(String tag, String department) {
        return capabilities.stream().filter(c -> c.sameSlot(tag, department)).findFirst();
    }

    public FacilityKnowledge withRegistered(Fact<Boolean> f) {
        return new FacilityKnowledge(key, f, contact, notes, capabilities);
    }

    public FacilityKnowledge withContact(Fact<Contact> f) {
        return new FacilityKnowledge(key, registered, f, notes, capabilities);
    }

    public FacilityKnowledge withNotes(Fact<String> f) {
        return new FacilityKnowledge(key, registered, contact, f, capabilities);
    }

    /** Sets the tag on its scope, replacing the same tag on the same scope. */
    public FacilityKnowledge withCapability(Capability c) {
        List<Capability> out = new ArrayList<>(without(c.tag(), c.department()));
        out.add(c);
        return new FacilityKnowledge(key, registered, contact, notes, out);
    }

    public FacilityKnowledge withoutCapability(String tag, String department) {
        return new FacilityKnowledge(key, registered, contact, notes, without(tag, department));
    }

    /** The same knowledge under another facility's key (a joined record of the same place). */
    public FacilityKnowledge withKey(FacilityKey other) {
        return new FacilityKnowledge(other, registered, contact, notes, capabilities);
    }

    /** Every recorded fact confirmed again, as of {@code v}. */
    public FacilityKnowledge verifiedAll(Verified v) {
        return new FacilityKnowledge(key, registered == null ? null : registered.withVerified(v),
                contact == null ? null : contact.withVerified(v), notes == null ? null : notes.withVerified(v),
                capabilities.stream().map(c -> c.withVerified(v)).toList());
    }

    /** Every recorded fact with a Japanese label (登録医, 連絡先, 備考, 訪問診療, 外国語（内科）…), in display order. */
    public List<LabelledFact> facts() {
        List<LabelledFact> out = new ArrayList<>();
        if (registered != null) {
            out.add(new LabelledFact("登録医", registered.verified()));
        }
        if (contact != null) {
            out.add(new LabelledFact("連絡先", contact.verified()));
        }
        if (notes != null) {
            out.add(new LabelledFact("備考", notes.verified()));
        }
        for (Capability c : capabilities) {
            out.add(new LabelledFact(c.wholeFacility() ? c.tag() : c.tag() + "（" + c.department() + "）",
                    c.verified()));
        }
        return out;
    }

    /** The facts older than {@code months} on {@code today}. */
    public List<LabelledFact> staleFacts(LocalDate today, int months) {
        return facts().stream().filter(f -> f.verified().isStale(today, months)).toList();
    }

    /** The oldest 確認日 among the facts (how fresh the profile is as a whole); empty when nothing is recorded. */
    public Optional<LocalDate> oldestVerification() {
        return facts().stream().map(f -> f.verified().on()).min(Comparator.naturalOrder());
    }

    private List<Capability> without(String tag, String department) {
        return capabilities.stream().filter(x -> !x.sameSlot(tag, department)).toList();
    }

    /** A fact named for people, with its confirmation. */
    public record LabelledFact(String label, Verified verified) {
    }
}
