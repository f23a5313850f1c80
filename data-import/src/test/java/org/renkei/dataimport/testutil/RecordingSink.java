package org.renkei.dataimport.testutil;

import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityAttributes;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportSink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps everything a reader reports. */
public final class RecordingSink implements ImportSink {
    public final List<FacilityRecord> facilities = new ArrayList<>();
    public final Map<String, List<DepartmentEntry>> departments = new LinkedHashMap<>();
    public final List<FacilityAttributes> attributes = new ArrayList<>();
    public final List<ImportProblem> problems = new ArrayList<>();
    public final List<Long> progress = new ArrayList<>();
    public int departmentCalls;

    @Override
    public void facility(FacilityRecord facility) {
        facilities.add(facility);
    }

    @Override
    public void departments(String source, String sourceKey, List<DepartmentEntry> entries) {
        departmentCalls++;
        departments.put(source + "/" + sourceKey, entries);
    }

    @Override
    public void attributes(FacilityAttributes a) {
        attributes.add(a);
    }

    @Override
    public void problem(ImportProblem problem) {
        problems.add(problem);
    }

    @Override
    public void progress(long rowsRead) {
        progress.add(rowsRead);
    }

    public FacilityRecord facility(String key) {
        return facilities.stream().filter(f -> f.sourceKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no facility " + key));
    }
}
