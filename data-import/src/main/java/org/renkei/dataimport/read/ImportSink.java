package org.renkei.dataimport.read;

import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityAttributes;
import org.renkei.dataimport.model.FacilityRecord;

import java.util.List;

/** Receives what a reader finds, row by row, so large files need not be held in memory. */
public interface ImportSink {
    /** A complete facility (insert or update by source + key). */
    void facility(FacilityRecord facility);

    /**
     * A complete facility read at {@code row} of {@code sheet} ("" for CSV), so that problems the store finds
     * later (an address it cannot place, a duplicate ID) name where it came from. Readers call this one.
     */
    default void facility(FacilityRecord facility, String sheet, long row) {
        facility(facility);
    }

    /** Departments with hours for a facility already known by its key (MHLW speciality-hours files). */
    void departments(String source, String sourceKey, List<DepartmentEntry> departments);

    /** Staff attributes for a facility known by its key. */
    void attributes(FacilityAttributes attributes);

    /** Staff attributes read at {@code row} of {@code sheet} ("" for CSV). Readers call this one. */
    default void attributes(FacilityAttributes attributes, String sheet, long row) {
        attributes(attributes);
    }

    /** A non-fatal problem: the row is still imported as far as possible. */
    void problem(ImportProblem problem);

    /** Rows read so far (for progress); called now and then, not for every row. */
    default void progress(long rowsRead) {
    }
}
