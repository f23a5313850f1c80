package org.renkei.dataimport.read;

import java.nio.file.Path;

/** Reads one file format. Structural errors reject the whole file; value errors become problems. */
public interface FacilityFileReader {
    /** Short format name printed in import reports, e.g. {@code mhlw-facility}. */
    String format();

    /** Source the facilities belong to, e.g. {@code mhlw-navii}. */
    String source();

    /**
     * Scope of a full list within its source, e.g. {@code hospital}; facilities of the same source and scope
     * missing from a newer import are marked closed. Empty when the file is not a full list.
     */
    String scope();

    void read(Path file, ImportSink sink) throws ImportRejectedException;
}
