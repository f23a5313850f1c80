package org.renkei.dataimport.read.profile;

import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.read.DepartmentList;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a user's own list (CSV, .xlsx or .xls) through an {@link ImportProfile}: the header row must hold every
 * column the profile names by header text (else the file is rejected, naming them), then each non-blank row from
 * the first data row on becomes a facility of source {@code own:<name>}. The list is a full list of its source
 * (scope {@code all}): a facility missing from a newer import of the same list is closed.
 */
public final class ProfileReader implements FacilityFileReader {
    /** Format name in import reports. */
    public static final String FORMAT = "own-list";
    private static final int PROGRESS_EVERY = 1000;

    private final ImportProfile profile;
    private final DepartmentVocabulary vocabulary;

    public ProfileReader(ImportProfile profile, DepartmentVocabulary vocabulary) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    public static ProfileReader bundled(ImportProfile profile) {
        return new ProfileReader(profile, DepartmentVocabulary.bundled());
    }

    public ImportProfile profile() {
        return profile;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String source() {
        return profile.source();
    }

    @Override
    public String scope() {
        return "all";
    }

    /**
     * Checks that the file is of the profile's kind and that its header row holds the profile's columns, reading no
     * further than the header row; nothing is reported to a sink.
     */
    public void checkHeader(Path file) throws ImportRejectedException {
        Pass pass = new Pass(file, null);
        pass.headerOnly = true;
        pass.run();
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        new Pass(file, Objects.requireNonNull(sink, "sink")).run();
    }

    /** One reading of a file. */
    private final class Pass {
        private final Path file;
        private final String name;
        private final ImportSink sink;
        private boolean headerOnly;
        private MappedHeader header;
        private RowMapper mapper;
        private long rows;
        private long lastRow;

        Pass(Path file, ImportSink sink) {
            this.file = file;
            this.name = file.getFileName().toString();
            this.sink = sink;
        }

        void run() throws ImportRejectedException {
            FileType actual = ProfileRows.typeOf(file);
            if (actual.workbook() != profile.fileType().workbook()) {
                throw ProfileRows.reject(file, 0, "インポート設定「" + profile.name() + "」は "
                        + (profile.fileType().workbook() ? "Excel のブック" : "CSV ファイル") + "用ですが、このファイルは "
                        + (actual.workbook() ? "Excel のブック" : "CSV ファイル") + "です。", null);
            }
            ProfileRows.Outcome outcome = ProfileRows.read(file, profile.encoding(), profile.sheet(), sink,
                    this::row);
            if (header == null) {
                throw new ImportRejectedException(new ImportProblem(name, outcome.sheet(), profile.headerRow(), "",
                        "見出し行（" + profile.headerRow() + " 行目）がありません（"
                                + (lastRow == 0 ? "シートが空です" : "最後の行は " + lastRow + " 行目です") + "）。"));
            }
            if (headerOnly) {
                return;
            }
            if (rows == 0) {
                throw new ImportRejectedException(new ImportProblem(name, outcome.sheet(), profile.firstDataRow(), "",
                        "データ行がありません（" + profile.firstDataRow() + " 行目以降が空です）。"));
            }
            sink.progress(rows);
        }

        private boolean row(SheetRow row) throws ImportRejectedException {
            lastRow = row.number();
            if (header == null) {
                if (row.number() < profile.headerRow()) {
                    return true;
                }
                if (row.number() > profile.headerRow() || row.blank()) {
                    throw new ImportRejectedException(new ImportProblem(name, row.sheet(), profile.headerRow(), "",
                            "見出し行（" + profile.headerRow() + " 行目）が空です。インポート設定の見出し行の番号を確かめてください。"));
                }
                header = MappedHeader.resolve(profile, row, name);
                if (headerOnly) {
                    return false;
                }
                start(row);
                return true;
            }
            if (row.number() >= profile.firstDataRow() && !row.blank()) {
                mapper.map(row);
                if (++rows % PROGRESS_EVERY == 0) {
                    sink.progress(rows);
                }
            }
            return true;
        }

        private void start(SheetRow headerRow) {
            ProfileDepartments departments = new ProfileDepartments(vocabulary, profile.departments());
            for (String label : departments.everyRowUnknown()) {
                sink.problem(new ImportProblem(name, headerRow.sheet(), 0, "",
                        "すべての行に付ける" + DepartmentList.unknownMessage(label)));
            }
            mapper = new RowMapper(profile, header, departments, name, sink);
        }
    }
}
