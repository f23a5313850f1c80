package org.renkei.app.ui.detail;

import org.renkei.app.domain.Capability;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.knowledge.KnowledgeEdit;

import java.util.List;
import java.util.Objects;

/**
 * The editor's unsaved state compared with what is stored: the {@link KnowledgeEdit} that saving applies (empty when
 * nothing changed). Chips absent from {@code chips} are removed, new or changed ones set.
 */
record KnowledgeDraft(List<TagChip> chips, boolean registered, String contactPerson, ContactMethod contactMethod,
                      String notes) {
    KnowledgeDraft {
        chips = List.copyOf(chips);
        contactPerson = contactPerson == null ? "" : contactPerson.strip();
        notes = notes == null ? "" : notes.strip();
    }

    /** The draft of what is stored (nothing changed yet). */
    static KnowledgeDraft of(FacilityKnowledge k, List<TagChip> chips) {
        return new KnowledgeDraft(chips, k.isRegistered(), k.contact() == null ? "" : k.contact().value().person(),
                k.contact() == null ? null : k.contact().value().method(), k.notes() == null ? "" : k.notes().value());
    }

    KnowledgeEdit editFrom(FacilityKnowledge stored) {
        KnowledgeEdit e = KnowledgeEdit.none();
        for (Capability c : stored.capabilities()) {
            if (chips.stream().noneMatch(x -> x.tag().equals(c.tag()) && x.department().equals(c.department()))) {
                e = e.untag(c.tag(), c.department());
            }
        }
        for (TagChip chip : chips) {
            boolean same = stored.capability(chip.tag(), chip.department())
                    .map(c -> c.detail().equals(chip.detail())).orElse(false);
            if (!same) {
                e = e.tag(chip.tag(), chip.detail(), chip.department());
            }
        }
        if (registered != stored.isRegistered()) {
            e = e.registered(registered);
        }
        KnowledgeDraft before = of(stored, List.of());
        if (!contactPerson.equals(before.contactPerson) || !Objects.equals(contactMethod, before.contactMethod)) {
            e = e.contact(contactPerson, contactMethod);
        }
        if (!notes.equals(before.notes)) {
            e = e.notes(notes);
        }
        return e;
    }
}
