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

/** Shared cell handling of the municipal open-data readers: columns by header name, problems by sheet/row/column. */
final class MunicipalTable {
    private final String file;
    private final ImportSink sink;
    private List<String> header = List.of();
    private final List<String> keys = new ArrayList<>();

    MunicipalTable(Path file, ImportSink sink) {
        this.file = file.getFileName().toString();
        this.sink = sink;
    }

    void header(SheetRow row) {
        header = row.cells();
        keys.clear();
        header.forEach(h -> keys.add(Text.headerKey(h)));
    }

    String file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    int column(String name) {
        return keys.indexOf(Text.headerKey(name));
    }

    /** Indexes of required columns; rejects naming every missing one. */
    int[] require(SheetRow headerRow, String... names) throws ImportRejectedException {
        int[] idx = new int[names.length];
        StringBuilder missing = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            idx[i] = column(names[i]);
            if (idx[i] < 0) {
                missing.append("「").append(names[i]).append("」");
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
