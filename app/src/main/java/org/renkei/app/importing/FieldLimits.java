package org.renkei.app.importing;

import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.ImportProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fits a record into the store's columns (V1__facilities.sql): a value longer than its column is cut and reported,
 * so that a long cell (Excel allows 32,767 characters) is a row problem, not a failed import.
 */
final class FieldLimits {
    static final int KEY = 64;
    private static final int NAME = 400;
    private static final int POSTAL = 16;
    private static final int ADDRESS = 1000;
    private static final int PHONE = 64;
    private static final int URL = 1000;
    private static final int CLOSED_DAYS = 200;
    private static final int LABEL = 200;

    private FieldLimits() {
    }

    /** The record with every text within its column; each cut is reported at {@code sheet} / {@code row}. */
    static FacilityRecord fit(FacilityRecord r, String file, String sheet, long row, Consumer<ImportProblem> problems) {
        Cutter c = new Cutter(file, sheet, row, problems);
        List<DepartmentEntry> depts = new ArrayList<>(r.departments().size());
        for (DepartmentEntry d : r.departments()) {
            String label = c.cut("診療科", d.label(), LABEL);
            depts.add(label.equals(d.label()) ? d : new DepartmentEntry(d.canonical(), label, d.code(), d.hours()));
        }
        FacilityRecord fitted = new FacilityRecord(r.source(), r.sourceKey(), c.cut("名称", r.name(), NAME),
                c.cut("フリガナ", r.kana(), NAME), r.kind(), c.cut("郵便番号", r.postalCode(), POSTAL),
                c.cut("所在地", r.address(), ADDRESS), r.municipalityCode(), r.lat(), r.lng(), r.precision(),
                c.cut("電話番号", r.phone(), PHONE), c.cut("URL", r.url(), URL), r.beds(),
                c.cut("休診日", r.closedDays(), CLOSED_DAYS), depts);
        return c.cuts == 0 ? r : fitted;
    }

    private static final class Cutter {
        private final String file;
        private final String sheet;
        private final long row;
        private final Consumer<ImportProblem> problems;
        int cuts;

        Cutter(String file, String sheet, long row, Consumer<ImportProblem> problems) {
            this.file = file;
            this.sheet = sheet;
            this.row = row;
            this.problems = problems;
        }

        String cut(String column, String value, int max) {
            if (value == null || value.length() <= max) {
                return value;
            }
            cuts++;
            problems.accept(new ImportProblem(file, sheet, row, column, String.format(
                    "値が長すぎます（%,d 文字）。先頭の %,d 文字だけ取り込みます。", value.length(), max)));
            return value.substring(0, max);
        }
    }
}
