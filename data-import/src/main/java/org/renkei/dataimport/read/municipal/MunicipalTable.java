package org.renkei.dataimport.read.municipal;

import org.renkei.dataimport.read.Coordinates;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.WholeNumber;
import org.renkei.dataimport.read.sheet.HeaderedRows;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The read loop and cell handling shared by the municipal open-data readers: columns by header name, problems by
 * sheet/row/column.
 */
final class MunicipalTable {
    private final String file;
    private final ImportSink sink;
    private List<String> header = List.of();
    private final List<String> keys = new ArrayList<>();

    private MunicipalTable(Path file, ImportSink sink) {
        this.file = file.getFileName().toString();
        this.sink = sink;
    }

    /** Receives the rows of a municipal file. */
    interface Rows {
        /** The header row, after the required columns were found. */
        default void header(MunicipalTable table, SheetRow header) {
        }

        /** A data row; {@code required} holds the indexes of the required columns, in the order asked for. */
        void row(MunicipalTable table, int[] required, SheetRow row) throws ImportRejectedException;
    }

    /**
     * Reads a municipal file: the header (found by {@code isHeader}, see {@link HeaderedRows}) must hold the
     * {@code required} columns, then each data row goes to {@code rows}; progress every 1000 rows and at the end.
     */
    static void read(Path file, ImportSink sink, Predicate<List<String>> isHeader, List<String> required, Rows rows)
            throws ImportRejectedException {
        MunicipalTable t = new MunicipalTable(file, sink);
        int[][] columns = new int[1][];
        long[] count = {0};
        HeaderedRows.read(file, sink, isHeader, new HeaderedRows.Visitor() {
            @Override
            public void header(SheetRow header) throws ImportRejectedException {
                t.header = header.cells();
                t.header.forEach(h -> t.keys.add(Text.headerKey(h)));
                columns[0] = t.require(header, required);
                rows.header(t, header);
            }

            @Override
            public void row(SheetRow row) throws ImportRejectedException {
                rows.row(t, columns[0], row);
                if (++count[0] % 1000 == 0) {
                    sink.progress(count[0]);
                }
            }
        });
        sink.progress(count[0]);
    }

    String file() {
        return file;
    }

    int column(String name) {
        return keys.indexOf(Text.headerKey(name));
    }

    /** Indexes of required columns; rejects naming every missing one. */
    private int[] require(SheetRow headerRow, List<String> names) throws ImportRejectedException {
        int[] idx = new int[names.size()];
        StringBuilder missing = new StringBuilder();
        for (int i = 0; i < idx.length; i++) {
            idx[i] = column(names.get(i));
            if (idx[i] < 0) {
                missing.append("「").append(names.get(i)).append("」");
            }
        }
        if (missing.length() > 0) {
            throw new ImportRejectedException(new ImportProblem(file, headerRow.sheet(), headerRow.number(), "",
                    "必要な列 " + missing + " が見出し行にありません。"));
        }
        return idx;
    }

    String name(int column) {
        return column >= 0 && column < header.size() ? header.get(column) : SheetRow.columnLetter(column);
    }

    void problem(SheetRow row, int column, String message) {
        sink.problem(new ImportProblem(file, row.sheet(), row.number(), column < 0 ? "" : name(column), message));
    }

    /** {lat, lng} when both cells hold coordinates inside Japan; null when empty or 0,0; a problem when bad. */
    double[] coordinates(SheetRow row, int latColumn, int lngColumn) {
        if (latColumn < 0 || lngColumn < 0) {
            return null;
        }
        Coordinates.Parsed parsed = Coordinates.parse(row.get(latColumn), row.get(lngColumn));
        if (parsed.problem() != null) {
            problem(row, latColumn, parsed.problem());
        }
        return parsed.latLng();
    }

    /** A whole-number cell ({@link WholeNumber}); empty or absent column → null; bad → problem and null. */
    Integer integer(SheetRow row, int column, String what) {
        if (column < 0) {
            return null;
        }
        WholeNumber.Parsed parsed = WholeNumber.parse(row.get(column), what);
        if (parsed.problem() != null) {
            problem(row, column, parsed.problem());
        }
        return parsed.value();
    }

    /** 7-digit postcode from 862-0975 / 〒862-0975; "" when empty; problem when bad. */
    String postcode(SheetRow row, int column) {
        if (column < 0) {
            return "";
        }
        String v = Text.nfkc(row.get(column)).replace("〒", "").replace("-", "").strip();
        if (v.isEmpty() || v.matches("\\d{7}")) {
            return v;
        }
        problem(row, column, "郵便番号「" + row.get(column) + "」が 7 桁ではありません（空欄として取り込みます）。");
        return "";
    }
}
