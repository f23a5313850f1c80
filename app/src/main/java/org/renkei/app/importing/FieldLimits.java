package org.renkei.app.importing;

import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.ImportProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    private static final int CODE = 8;

    private FieldLimits() {
    }

    /** The record with every text within its column; each cut is reported at {@code sheet} / {@code row}. */
    static FacilityRecord fit(FacilityRecord r, String file, String sheet, long row, Consumer<ImportProblem> problems) {
        Cutter c = new Cutter(file, sheet, row, problems);
        List<DepartmentEntry> depts = departments(r.departments(), c);
        FacilityRecord fitted = new FacilityRecord(r.source(), r.sourceKey(), c.cut("名称", r.name(), NAME),
                c.cut("フリガナ", r.kana(), NAME), r.kind(), c.cut("郵便番号", r.postalCode(), POSTAL),
                c.cut("所在地", r.address(), ADDRESS), r.municipalityCode(), r.lat(), r.lng(), r.precision(),
                c.cut("電話番号", r.phone(), PHONE), c.cut("URL", r.url(), URL), r.beds(),
                c.cut("休診日", r.closedDays(), CLOSED_DAYS), depts);
        return c.cuts == 0 ? r : fitted;
    }

    /**
     * Departments (of a department-hours file) within their columns: a label longer than its column is cut, a code
     * longer than one (no real 診療科目コード is) is dropped; each is reported at {@code sheet} / {@code row}.
     */
    static List<DepartmentEntry> fitDepartments(List<DepartmentEntry> entries, String file, String sheet, long row,
                                                Consumer<ImportProblem> problems) {
        Cutter c = new Cutter(file, sheet, row, problems);
        List<DepartmentEntry> fitted = departments(entries, c);
        return c.cuts == 0 ? entries : fitted;
    }

    private static List<DepartmentEntry> departments(List<DepartmentEntry> entries, Cutter c) {
        List<DepartmentEntry> depts = new ArrayList<>(entries.size());
        for (DepartmentEntry d : entries) {
            String label = c.cut("診療科", d.label(), LABEL);
            String code = d.code();
            if (code != null && code.length() > CODE) {
                c.drop("診療科目コード", String.format("診療科目コード「%s」が長すぎます（%,d 文字、上限 %d 文字）。"
                        + "コードなしで取り込みます。", code.length() > 40 ? code.substring(0, 40) + "…" : code,
                        code.length(), CODE));
                code = null;
            }
            depts.add(label.equals(d.label()) && Objects.equals(code, d.code()) ? d
                    : new DepartmentEntry(d.canonical(), label, code, d.hours()));
        }
        return depts;
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

        void drop(String column, String message) {
            cuts++;
            problems.accept(new ImportProblem(file, sheet, row, column, message));
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
