package org.renkei.app.store;

/** The database could not be opened with the given password (H2 error 90049 or 28000). */
public class WrongPasswordException extends StoreException {
    public WrongPasswordException(Throwable cause) {
        super("パスワードが違います。");
        initCause(cause);
    }
}
