package org.renkei.dataimport.read.mhlw;

import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;
import org.renkei.dataimport.read.DepartmentList;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.csv.CsvRow;
import org.renkei.dataimport.read.csv.CsvTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.renkei.dataimport.read.mhlw.MhlwColumns.*;

/**
 * Reads the ナビイ speciality-hours files ({@code 01-2_…speciality_hours…}, {@code 02-2_…}): one row per
 * facility × department × 診療時間帯. All rows of a department collapse into one {@link DepartmentEntry};
 * each facility's departments are emitted once, after the whole file has been read (so a structural error
 * anywhere rejects the file before anything is emitted). The 外来受付 (reception) columns are ignored.
 */
public final class MhlwHoursReader implements FacilityFileReader {
    private final DepartmentLabels labels;
    private final String scope;

    public MhlwHoursReader(DepartmentVocabulary vocabulary, String scope) {
        this.labels = new DepartmentLabels(Objects.requireNonNull(vocabulary, "vocabulary"));
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** For {@code 01-2_hospital_speciality_hours_*.csv}. */
    public static MhlwHoursReader hospitals() {
        return new MhlwHoursReader(DepartmentVocabulary.bundled(), "hospital");
    }

    /** For {@code 02-2_clinic_speciality_hours_*.csv}. */
    public static MhlwHoursReader clinics() {
        return new MhlwHoursReader(DepartmentVocabulary.bundled(), "clinic");
    }

    @Override
    public Content content() {
        return Content.DEPARTMENTS;
    }

    @Override
    public String format() {
        return "mhlw-" + scope + "-hours";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    /** The scope of the facilities these hours belong to; the file itself adds no facilities. */
    @Override
    public String scope() {
        return scope;
    }

    /** Departments being collected for one facility. */
    private static final class Dept {
        final String code;
        final String label;
        final List<OpeningHours> hours = new ArrayList<>();

        Dept(String code, String label) {
            this.code = code;
            this.label = label;
        }
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        Map<String, Map<String, Dept>> byFacility = new LinkedHashMap<>();
        try (CsvTable table = CsvTable.open(file)) {
            int[] c = table.require(ID, DEPT_CODE, DEPT_NAME, TIME_SLOT);
            List<String> days = new ArrayList<>();
            for (ServiceDay d : ServiceDay.values()) {
                days.add(start(d.label()));
                days.add(end(d.label()));
            }
            int[] times = table.require(days.toArray(String[]::new));
            Values values = new Values(table, sink);
            HoursParser hoursParser = new HoursParser(values);
            long rows = 0;
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                if (++rows % 1000 == 0) {
                    sink.progress(rows);
                }
                String id = Values.navId(row.get(c[0]));
                String label = row.get(c[2]);
                if (id.isEmpty() || label.isEmpty()) {
                    values.problem(row, id.isEmpty() ? c[0] : c[2],
                            (id.isEmpty() ? "ID" : "診療科目名") + " が空欄のため、この行は取り込みません。");
                    continue;
                }
                String code = Text.nfkc(row.get(c[1]));
                Map<String, Dept> depts = byFacility.computeIfAbsent(id, k -> new LinkedHashMap<>());
                Dept dept = depts.get(code + '\u0000' + label);
                if (dept == null) {
                    dept = new Dept(code, label);
                    depts.put(code + '\u0000' + label, dept);
                    if (labels.canonical(code, label) == null) {
                        values.problem(row, c[2], DepartmentList.unknownMessage(label));
                    }
                }
                int slot = hoursParser.slot(row, c[3], dept.hours);
                dept.hours.addAll(hoursParser.hours(row, times, slot));
            }
            sink.progress(rows);
        }
        Comparator<OpeningHours> order = Comparator.comparing(OpeningHours::day).thenComparingInt(OpeningHours::slot);
        byFacility.forEach((id, depts) -> {
            List<DepartmentEntry> entries = new ArrayList<>(depts.size());
            for (Dept d : depts.values()) {
                d.hours.sort(order);
                entries.add(labels.entry(d.code, d.label, d.hours));
            }
            sink.departments(SOURCE, id, entries);
        });
    }
}
