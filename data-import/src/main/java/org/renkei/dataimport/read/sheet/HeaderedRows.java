package org.renkei.dataimport.read.sheet;

import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.csv.CsvRow;
import org.renkei.dataimport.read.csv.CsvTable;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A simple table with one header row, from a CSV (any encoding {@link CsvTable} accepts) or from the first
 * non-empty sheet of a workbook (first non-blank row = header). A header without data rows rejects the file.
 */
public final class HeaderedRows {
    /** Receives the header, then each non-blank data row. */
    public interface Visitor {
        void header(SheetRow header) throws ImportRejectedException;

        void row(SheetRow row) throws ImportRejectedException;
    }

    private HeaderedRows() {
    }

    public static void read(Path file, ImportSink sink, Visitor visitor) throws ImportRejectedException {
        String name = file.getFileName().toString();
        Workbooks.Kind kind;
        try {
            kind = Workbooks.kind(file);
        } catch (IOException e) {
            throw Workbooks.reject(name, "ファイルを読めません: " + e.getMessage(), e);
        }
        if (kind == Workbooks.Kind.OTHER && !Workbooks.hasExcelName(file)) {
            try (CsvTable table = CsvTable.open(file)) {
                visitor.header(new SheetRow("", 1, table.header()));
                for (CsvRow row = table.next(); row != null; row = table.next()) {
                    SheetRow r = new SheetRow("", row.number(), row.cells());
                    if (!r.blank()) {
                        visitor.row(r);
                    }
                }
            }
            return;
        }
        FirstSheet first = new FirstSheet(visitor);
        Workbooks.read(file, first, sink);
        if (first.header != null && first.rows == 0) {
            throw new ImportRejectedException(new ImportProblem(name, first.header.sheet(), first.header.number(), "",
                    "見出し行だけでデータ行がありません。"));
        }
        if (first.header == null) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "", "シートが空です。"));
        }
    }

    private static final class FirstSheet implements RowVisitor {
        private final Visitor visitor;
        private SheetRow header;
        private long rows;

        FirstSheet(Visitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public boolean row(SheetRow row) throws ImportRejectedException {
            if (row.blank()) {
                return true;
            }
            if (header == null) {
                header = row;
                visitor.header(row);
                return true;
            }
            if (!row.sheet().equals(header.sheet())) {
                return false; // only the first sheet with data
            }
            rows++;
            visitor.row(row);
            return true;
        }
    }
}
