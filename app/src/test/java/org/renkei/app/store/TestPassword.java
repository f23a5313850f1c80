package org.renkei.app.store;

/** The password every test database is created with. */
public final class TestPassword {
    /** As the CLI tests put it in {@code RENKEI_DB_PASSWORD}. */
    public static final String TEXT = "test-pass 連携";

    private TestPassword() {
    }

    /** A fresh copy (callers may wipe it). */
    public static char[] chars() {
        return TEXT.toCharArray();
    }
}
