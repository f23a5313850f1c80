package org.renkei.dataimport.read.profile;

import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first rows of a user's list, for the mapping dialog: the file's type, its sheets (workbooks) and the rows up
 * to row {@value #ROWS} of the chosen sheet (blank rows of an .xlsx may be absent: rows carry their numbers).
 */
public record Preview(FileType type, List<String> sheets, String sheet, List<SheetRow> rows) {
    /** Rows read for the preview. */
    public static final int ROWS = 20;

    public Preview {
        sheets = List.copyOf(sheets);
        rows = List.copyOf(rows);
    }

    /**
     * Reads the first rows of {@code file}.
     *
     * @param sheet the sheet of a workbook to show (ignored for CSV); rejected when absent
     */
    public static Preview load(Path file, CsvEncoding encoding, SheetRef sheet) throws ImportRejectedException {
        List<SheetRow> rows = new ArrayList<>();
        ProfileRows.Outcome outcome = ProfileRows.read(file, encoding, sheet, null, row -> {
            if (row.number() > ROWS) {
                return false;
            }
            rows.add(row);
            return true;
        });
        return new Preview(outcome.type(), outcome.sheets(), outcome.sheet(), rows);
    }

    /** The number of columns of the widest row. */
    public int width() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }

    /** The row with this number, if the preview has it. */
    public Optional<SheetRow> row(long number) {
        return rows.stream().filter(r -> r.number() == number).findFirst();
    }

    /** The cells of the row with this number, empty when there is none. */
    public List<String> cells(long number) {
        return row(number).map(SheetRow::cells).orElse(List.of());
    }

    /** The non-blank rows after {@code headerRow}. */
    public List<SheetRow> rowsAfter(long headerRow) {
        return rows.stream().filter(r -> r.number() > headerRow && !r.blank()).toList();
    }
}
