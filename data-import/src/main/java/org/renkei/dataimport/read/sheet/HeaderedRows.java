package org.renkei.dataimport.read.sheet;

import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.csv.CsvRow;
import org.renkei.dataimport.read.csv.CsvTable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * A simple table with one header row, from a CSV (any encoding {@link CsvTable} accepts; the header is its first
 * record) or from a workbook: the header is the first row within the {@link HeaderWindow} that passes the
 * reader's header test, the data rows are the non-blank rows after it on the same sheet. When no row passes the
 * test, the visitor gets the first non-blank row as header so that it can name the missing columns; the file is
 * rejected either way. A header without data rows rejects the file.
 */
public final class HeaderedRows {
    /** Receives the header, then each non-blank data row. */
    public interface Visitor {
        void header(SheetRow header) throws ImportRejectedException;

        void row(SheetRow row) throws ImportRejectedException;
    }

    private HeaderedRows() {
    }

    /** @param isHeader the header test on a row's cells, e.g. {@code TakamatsuReader::matches} */
    public static void read(Path file, ImportSink sink, Predicate<List<String>> isHeader, Visitor visitor)
            throws ImportRejectedException {
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
        HeaderThenRows rows = new HeaderThenRows(isHeader, visitor);
        Workbooks.read(file, rows, sink);
        if (rows.header == null && rows.firstRow == null) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "", "シートが空です。"));
        }
        if (rows.header == null) {
            visitor.header(rows.firstRow); // names the missing columns
            throw new ImportRejectedException(new ImportProblem(name, rows.firstRow.sheet(), rows.firstRow.number(),
                    "", "見出し行が見つかりません（どのシートの先頭 " + HeaderWindow.ROWS + " 行にもありません）。"));
        }
        if (rows.count == 0) {
            throw new ImportRejectedException(new ImportProblem(name, rows.header.sheet(), rows.header.number(), "",
                    "見出し行だけでデータ行がありません。"));
        }
    }

    private static final class HeaderThenRows implements RowVisitor {
        private final Predicate<List<String>> isHeader;
        private final Visitor visitor;
        private final HeaderWindow window = new HeaderWindow();
        private SheetRow header;
        private SheetRow firstRow;
        private long count;

        HeaderThenRows(Predicate<List<String>> isHeader, Visitor visitor) {
            this.isHeader = isHeader;
            this.visitor = visitor;
        }

        @Override
        public boolean row(SheetRow row) throws ImportRejectedException {
            if (header == null) {
                if (window.contains(row)) {
                    firstRow = firstRow == null ? row : firstRow;
                    if (isHeader.test(row.cells())) {
                        header = row;
                        visitor.header(row);
                    }
                }
                return true;
            }
            if (!row.sheet().equals(header.sheet())) {
                return false; // only the header's sheet
            }
            if (!row.blank()) {
                count++;
                visitor.row(row);
            }
            return true;
        }
    }
}
