package org.renkei.app.knowledge;

import org.renkei.app.domain.ContactMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A set of changes to one facility's knowledge, applied together in one transaction. Null fields leave the fact as
 * it is; an empty contact person or notes text removes it.
 *
 * @param verifyAll confirm every recorded fact (also those not changed here) as of the edit's date
 */
public record KnowledgeEdit(List<TagChange> tags, List<TagChange> untags, Boolean registered, String contactPerson,
                            ContactMethod contactMethod, String notes, boolean verifyAll) {
    public KnowledgeEdit {
        tags = List.copyOf(tags);
        untags = List.copyOf(untags);
    }

    public static KnowledgeEdit none() {
        return new KnowledgeEdit(List.of(), List.of(), null, null, null, null, false);
    }

    /** A tag, its value ("" when the tag takes none) and its scope ("" = the whole facility). */
    public record TagChange(String tag, String detail, String department) {
        public TagChange {
            Objects.requireNonNull(tag, "tag");
            detail = detail == null ? "" : detail.strip();
            department = department == null ? "" : department;
        }
    }

    public boolean isEmpty() {
        return tags.isEmpty() && untags.isEmpty() && registered == null && contactPerson == null
                && contactMethod == null && notes == null && !verifyAll;
    }

    public KnowledgeEdit tag(String tag, String detail, String department) {
        List<TagChange> out = new ArrayList<>(tags);
        out.add(new TagChange(tag, detail, department));
        return new KnowledgeEdit(out, untags, registered, contactPerson, contactMethod, notes, verifyAll);
    }

    public KnowledgeEdit untag(String tag, String department) {
        List<TagChange> out = new ArrayList<>(untags);
        out.add(new TagChange(tag, "", department));
        return new KnowledgeEdit(tags, out, registered, contactPerson, contactMethod, notes, verifyAll);
    }

    public KnowledgeEdit registered(boolean value) {
        return new KnowledgeEdit(tags, untags, value, contactPerson, contactMethod, notes, verifyAll);
    }

    public KnowledgeEdit contact(String person, ContactMethod method) {
        return new KnowledgeEdit(tags, untags, registered, person, method, notes, verifyAll);
    }

    public KnowledgeEdit notes(String text) {
        return new KnowledgeEdit(tags, untags, registered, contactPerson, contactMethod, text, verifyAll);
    }

    public KnowledgeEdit withVerifyAll() {
        return new KnowledgeEdit(tags, untags, registered, contactPerson, contactMethod, notes, true);
    }
}
