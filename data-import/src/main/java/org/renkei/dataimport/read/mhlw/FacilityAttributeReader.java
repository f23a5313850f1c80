package org.renkei.dataimport.read.mhlw;

import org.renkei.dataimport.model.FacilityAttributes;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.csv.CsvRow;
import org.renkei.dataimport.read.csv.CsvTable;

import java.nio.file.Path;

import static org.renkei.dataimport.read.mhlw.MhlwColumns.ATTRIBUTE_HEADER;
import static org.renkei.dataimport.read.mhlw.MhlwColumns.SOURCE;

/**
 * Reads a staff attribute file {@code ID,home_visit,accepting_new,barrier_free} (values 0/1) for facilities
 * of the ナビイ source. Not a full list: nothing is closed by it. A row with a value other than 0/1 is
 * reported and skipped, so a typo never clears an attribute.
 */
public final class FacilityAttributeReader implements FacilityFileReader {
    private static final String SKIPPED = "この行の属性は取り込みません";

    @Override
    public Content content() {
        return Content.ATTRIBUTES;
    }

    @Override
    public String format() {
        return "facility-attributes";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String scope() {
        return "";
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        try (CsvTable table = CsvTable.open(file)) {
            int[] c = table.require(ATTRIBUTE_HEADER.toArray(String[]::new));
            Values values = new Values(table, sink);
            long rows = 0;
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                if (++rows % 1000 == 0) {
                    sink.progress(rows);
                }
                String id = Values.navId(row.get(c[0]));
                if (id.isEmpty()) {
                    values.problem(row, c[0], "ID が空欄のため、この行は取り込みません。");
                    continue;
                }
                Boolean home = strict(values, row, c[1]);
                Boolean accepting = strict(values, row, c[2]);
                Boolean barrierFree = strict(values, row, c[3]);
                if (home != null && accepting != null && barrierFree != null) {
                    sink.attributes(new FacilityAttributes(id, home, accepting, barrierFree), "", row.number());
                }
            }
            sink.progress(rows);
        }
    }

    private static Boolean strict(Values values, CsvRow row, int column) {
        Boolean b = values.flag(row, column, SKIPPED);
        if (b == null && row.get(column).isEmpty()) {
            values.problem(row, column, "値が空欄です（" + SKIPPED + "）。");
        }
        return b;
    }
}
