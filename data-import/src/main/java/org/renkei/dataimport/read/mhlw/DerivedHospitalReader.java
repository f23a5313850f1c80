package org.renkei.dataimport.read.mhlw;

import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.DepartmentList;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.csv.CsvRow;
import org.renkei.dataimport.read.csv.CsvTable;

import java.nio.file.Path;
import java.util.List;

import static org.renkei.dataimport.read.mhlw.MhlwColumns.*;

/**
 * Reads the bundled DERIVED Tokyo hospital list ({@code tokyo_hospitals_mhlw20250601_with_departments_DERIVED.csv}):
 * the helpmesearch reduction of the ナビイ 01-1 file (IDs may have lost their leading zero) joined with that
 * project's department lists, {@code |}-joined, read like every department list ({@link DepartmentList}) after
 * {@link HelpmesearchDepartments} has rejoined that project's split fragments (糖尿病 + 代謝内科 → 糖尿病・代謝内科);
 * fragments that stay unknown are kept as labels and reported. Also reads the same file without the two derived
 * columns.
 */
public final class DerivedHospitalReader implements FacilityFileReader {
    private final HelpmesearchDepartments departments;

    public DerivedHospitalReader(DepartmentVocabulary vocabulary) {
        this.departments = new HelpmesearchDepartments(vocabulary);
    }

    public static DerivedHospitalReader bundled() {
        return new DerivedHospitalReader(DepartmentVocabulary.bundled());
    }

    @Override
    public String format() {
        return "mhlw-hospital-derived";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String scope() {
        // Tokyo only: a narrower scope than the national 01-1 list, so importing it never closes other prefectures.
        return "hospital-tokyo-derived";
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        try (CsvTable table = CsvTable.open(file)) {
            int[] c = table.require(ID, NAME, ADDRESS, LAT, LNG);
            int kana = table.column(KANA);
            int city = table.column(DERIVED_CITY_CODE);
            int url = table.column(URL);
            int depts = table.column(DERIVED_DEPARTMENTS);
            Values values = new Values(table, sink);
            long rows = 0;
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                String id = Values.navId(row.get(c[0]));
                if (id.isEmpty()) {
                    values.problem(row, c[0], "ID が空欄のため、この行は取り込みません。");
                    continue;
                }
                double[] at = values.coordinates(row, c[3], c[4]);
                String cityCode = Text.nfkc(row.get(city));
                sink.facility(new FacilityRecord(SOURCE, id, row.get(c[1]), row.get(kana), FacilityKind.HOSPITAL,
                        "", row.get(c[2]), cityCode.matches("\\d{5}") ? cityCode : "",
                        at == null ? null : at[0], at == null ? null : at[1],
                        at == null ? Precision.NONE : Precision.SOURCE, "", row.get(url), null, "",
                        departments(values, row, depts)), "", row.number());
                if (++rows % 1000 == 0) {
                    sink.progress(rows);
                }
            }
            sink.progress(rows);
        }
    }

    private List<DepartmentEntry> departments(Values values, CsvRow row, int column) {
        return departments.entries(List.of(row.get(column)),
                label -> values.problem(row, column, DepartmentList.unknownMessage(label)));
    }
}
