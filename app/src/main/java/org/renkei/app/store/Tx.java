package org.renkei.app.store;

/** One transaction per service operation; a refusal rolls back and passes through, SQL failures are wrapped once. */
public final class Tx {
    private Tx() {
    }

    /** Runs {@code work} in one transaction; {@code what} names the operation for logs (no patient data). */
    public static <T> T run(Database db, String what, Database.TransactionWork<T> work) {
        try {
            return db.inTransaction(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(what, e);
        }
    }
}
