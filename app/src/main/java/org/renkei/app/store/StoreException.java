package org.renkei.app.store;

/** A database operation failed. The message says what was being done (English, for logs). */
public class StoreException extends RuntimeException {
    public StoreException(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
