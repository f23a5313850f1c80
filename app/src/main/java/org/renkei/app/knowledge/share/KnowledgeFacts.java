package org.renkei.app.knowledge.share;

import org.renkei.app.domain.Capability;
import org.renkei.app.domain.Contact;
import org.renkei.app.domain.Fact;
import org.renkei.app.domain.FacilityKnowledge;

import java.util.ArrayList;
import java.util.List;

/** Converts between a facility's stored knowledge and its facts one by one. */
final class KnowledgeFacts {
    private KnowledgeFacts() {
    }

    static List<SharedFact> of(FacilityKnowledge k) {
        List<SharedFact> out = new ArrayList<>();
        if (k.registered() != null) {
            out.add(new SharedFact(FactSlot.REGISTERED, k.registered().value(), k.registered().verified(), ""));
        }
        if (k.contact() != null) {
            out.add(new SharedFact(FactSlot.CONTACT, k.contact().value(), k.contact().verified(), ""));
        }
        if (k.notes() != null) {
            out.add(new SharedFact(FactSlot.NOTES, k.notes().value(), k.notes().verified(), ""));
        }
        for (Capability c : k.capabilities()) {
            out.add(new SharedFact(FactSlot.tag(c.tag(), c.department()), c.detail(), c.verified(), ""));
        }
        return out;
    }

    /** {@code k} with {@code f} in its slot (replacing what was there). */
    static FacilityKnowledge put(FacilityKnowledge k, SharedFact f) {
        return switch (f.slot().kind()) {
            case REGISTERED -> k.withRegistered(new Fact<>((Boolean) f.value(), f.verified()));
            case CONTACT -> k.withContact(new Fact<>((Contact) f.value(), f.verified()));
            case NOTES -> k.withNotes(new Fact<>((String) f.value(), f.verified()));
            case TAG -> k.withCapability(new Capability(f.slot().tag(), f.slot().department(), (String) f.value(),
                    f.verified()));
        };
    }
}
