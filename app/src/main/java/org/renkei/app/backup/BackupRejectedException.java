package org.renkei.app.backup;

/** A backup or restore refused; the message is Japanese and names no patient data. Nothing was changed. */
public class BackupRejectedException extends RuntimeException {
    public BackupRejectedException(String message) {
        super(message);
    }

    public BackupRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
