package org.renkei.app.export;

/**
 * An export refused because of its input (no plan chosen, an unreadable logo, an empty period …). The message is
 * Japanese and meant for the user as is; nothing has been written when it is thrown. The CLI exits 3 on it.
 */
public class ExportRejectedException extends RuntimeException {
    public ExportRejectedException(String message) {
        super(message);
    }

    public ExportRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
