package org.renkei.dataimport.read.mhlw;

import org.renkei.dataimport.read.Coordinates;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.WholeNumber;
import org.renkei.dataimport.read.csv.CsvRow;
import org.renkei.dataimport.read.csv.CsvTable;

/** Cell parsing for the ナビイ files. Bad values become problems on the sink; the row goes on. */
final class Values {
    private final CsvTable table;
    private final ImportSink sink;

    Values(CsvTable table, ImportSink sink) {
        this.table = table;
        this.sink = sink;
    }

    void problem(CsvRow row, int column, String message) {
        sink.problem(table.problem(row.number(), column, message));
    }

    /** A ナビイ ID: 13 digits; a 12-digit one lost its leading zero (Excel, helpmesearch) and gets it back. */
    static String navId(String raw) {
        String id = Text.nfkc(raw);
        return id.length() == 12 && id.chars().allMatch(Character::isDigit) ? "0" + id : id;
    }

    /** A whole-number cell ({@link WholeNumber}); empty gives null, a bad value a problem and null. */
    Integer integer(CsvRow row, int column, String what) {
        WholeNumber.Parsed parsed = WholeNumber.parse(row.get(column), what);
        if (parsed.problem() != null) {
            problem(row, column, parsed.problem());
        }
        return parsed.value();
    }

    /**
     * Coordinates {lat, lng}, or null when the file has none ("0.0,0.0" or empty: the importer geocodes the
     * address later) or when they cannot be used (reported).
     */
    double[] coordinates(CsvRow row, int latColumn, int lngColumn) {
        Coordinates.Parsed parsed = Coordinates.parse(row.get(latColumn), row.get(lngColumn));
        if (parsed.problem() != null) {
            problem(row, latColumn, parsed.problem());
        }
        return parsed.latLng();
    }

    /** 5-digit municipality code from 都道府県コード (2) + 市区町村コード (3); "" with a problem when bad. */
    String municipalityCode(CsvRow row, int prefColumn, int cityColumn) {
        String pref = Text.nfkc(row.get(prefColumn));
        String city = Text.nfkc(row.get(cityColumn));
        if (pref.isEmpty() && city.isEmpty()) {
            return "";
        }
        if (pref.matches("\\d{1,2}") && city.matches("\\d{1,3}")) {
            return "0".repeat(2 - pref.length()) + pref + "0".repeat(3 - city.length()) + city;
        }
        problem(row, cityColumn, "都道府県コード「" + pref + "」と市区町村コード「" + city
                + "」から市区町村コードを作れません（住所から求めます）。");
        return "";
    }

    /**
     * A 0/1 flag: 1 → TRUE, 0 → FALSE, empty → null, anything else → null with a problem.
     *
     * @param consequence what happens to a bad value, shown in the problem, e.g. 無視します
     */
    Boolean flag(CsvRow row, int column, String consequence) {
        String v = Text.nfkc(row.get(column));
        switch (v) {
            case "1":
                return Boolean.TRUE;
            case "0":
                return Boolean.FALSE;
            case "":
                return null;
            default:
                problem(row, column, "値「" + row.get(column) + "」は 0 か 1 ではありません（" + consequence + "）。");
                return null;
        }
    }
}
