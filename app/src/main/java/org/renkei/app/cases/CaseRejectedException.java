package org.renkei.app.cases;

/**
 * A case operation refused because of what the user gave (a missing field, an address that cannot be placed,
 * an unknown case or destination). The message is the one-line Japanese reason to show; it never contains
 * the patient's name, address or birth date, so it may be logged.
 */
public class CaseRejectedException extends RuntimeException {
    public CaseRejectedException(String reason) {
        super(reason);
    }
}
