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

    /** What the file adds; several files given together are imported facility lists first. */
    default Content content() {
        return Content.FACILITIES;
    }

    void read(Path file, ImportSink sink) throws ImportRejectedException;

    /** What a file adds, in the order files given together are imported. */
    enum Content {
        /** Facilities themselves (insert / update / close). */
        FACILITIES,
        /** Departments and hours of facilities already known by key. */
        DEPARTMENTS,
        /** Staff attributes of facilities already known by key. */
        ATTRIBUTES
    }
}
