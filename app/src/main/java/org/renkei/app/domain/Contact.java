package org.renkei.app.domain;

/**
 * Whom to contact at the facility and how.
 *
 * @param person empty when only the method is known
 * @param method null when only the person is known
 */
public record Contact(String person, ContactMethod method) {
    public Contact {
        person = person == null ? "" : person.strip();
        if (person.isEmpty() && method == null) {
            throw new IllegalArgumentException("a contact needs a person or a method");
        }
    }
}
