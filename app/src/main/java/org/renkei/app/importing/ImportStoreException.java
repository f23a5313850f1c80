package org.renkei.app.importing;

import org.renkei.app.store.StoreException;

/** Writing imported rows failed (the file's transaction is rolled back). */
class ImportStoreException extends StoreException {
    ImportStoreException(String what, Throwable cause) {
        super(what, cause);
    }
}
