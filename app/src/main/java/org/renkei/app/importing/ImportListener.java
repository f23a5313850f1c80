package org.renkei.app.importing;

/** Progress of an import, for progress bars. Called from the importing thread. */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {
    };

    /** A file starts; {@code index} is 0-based among {@code count} files. */
    default void fileStarted(String fileName, int index, int count) {
    }

    /** Rows read so far in the current file and the file's share read so far (0..1, or -1 if unknown). */
    default void rowsRead(long rows, double fraction) {
    }

    /** True when the user asked to stop: the current file is rolled back. */
    default boolean cancelled() {
        return false;
    }
}
