package org.renkei.dataimport.read.csv;

import org.renkei.dataimport.read.ImportLimits;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.LimitTally;
import org.renkei.dataimport.read.Text;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file with a header row, read strictly: anything that breaks the file's structure (encoding, quoting,
 * column count, a cut-off last line, no data) rejects the whole file with a Japanese message naming the
 * row and column. Columns are found by header name, not position. A last line without a line break is
 * complete only when it ends in a closed quote and has the header's column count
 * ({@link CsvParser#requireComplete}).
 */
public final class CsvTable implements Closeable {
    private final String fileName;
    private final Charset charset;
    private final Reader reader;
    private final CsvParser parser;
    private final List<String> header;
    private final List<String> headerKeys = new ArrayList<>();
    private final LimitTally tally;
    private boolean sawData;

    private CsvTable(Path file, TextEncoding.Detected detected, Reader reader, ImportLimits limits)
            throws ImportRejectedException {
        this.fileName = file.getFileName().toString();
        this.charset = detected.charset();
        this.reader = reader;
        this.parser = new CsvParser(reader, limits);
        this.tally = limits.tally(fileName);
        List<String> h = nextRecord();
        if (h == null || (h.size() == 1 && h.get(0).isBlank())) {
            throw reject(0, "", "ファイルが空です。");
        }
        this.header = List.copyOf(h);
        h.forEach(name -> headerKeys.add(Text.headerKey(name)));
    }

    /**
     * Opens a file: checks its size against the current {@link ImportLimits}, detects the encoding and reads the
     * header row. Rows, columns, cells and cell length are checked against the same limits as they are read.
     */
    public static CsvTable open(Path file) throws ImportRejectedException {
        String name = file.getFileName().toString();
        ImportLimits limits = ImportLimits.current();
        limits.checkFileSize(file);
        try {
            TextEncoding.Detected detected = TextEncoding.detect(file);
            Reader reader = TextEncoding.open(file, detected);
            try {
                return new CsvTable(file, detected, reader, limits);
            } catch (ImportRejectedException | RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (TextEncoding.UndecodableException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", e.line(), "", e.japaneseMessage()), e);
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "",
                    "ファイルを読めません: " + e.getMessage()), e);
        }
    }

    /** The next data row, or {@code null} at end of file. Blank lines are skipped. */
    public CsvRow next() throws ImportRejectedException {
        List<String> cells;
        do {
            cells = nextRecord();
        } while (cells != null && cells.size() == 1 && cells.get(0).isEmpty() && header.size() > 1);
        long row = parser.recordNumber();
        if (cells == null) {
            if (!sawData) {
                throw reject(1, "", "見出し行だけでデータ行がありません。");
            }
            return null;
        }
        try {
            parser.requireComplete(header.size());
        } catch (CsvSyntaxException e) {
            throw syntax(e);
        }
        if (cells.size() != header.size()) {
            throw reject(row, "", "列の数が見出し行と違います（見出し " + header.size() + " 列、この行 "
                    + cells.size() + " 列）。区切りの「,」や引用符「\"」が崩れていないか確認してください。");
        }
        tally.row("", row, cells.stream().filter(c -> !c.isEmpty()).count());
        sawData = true;
        return new CsvRow(row, cells);
    }

    private List<String> nextRecord() throws ImportRejectedException {
        try {
            return parser.next();
        } catch (CsvSyntaxException e) {
            throw syntax(e);
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(fileName, "", parser.recordNumber() + 1, "",
                    "ファイルを読めません: " + e.getMessage()), e);
        }
    }

    private ImportRejectedException syntax(CsvSyntaxException e) {
        String column = header == null || e.field() < 0 ? "" : columnName(e.field());
        if (column.isEmpty() && e.field() >= 0 && header != null) {
            column = LimitTally.letter(e.field()); // past the header: the letter a spreadsheet shows
        }
        return new ImportRejectedException(new ImportProblem(fileName, "", e.record(), column, e.japaneseMessage()), e);
    }

    /** Index of a column by header name (NFKC, whitespace ignored), or -1. */
    public int column(String name) {
        return headerKeys.indexOf(Text.headerKey(name));
    }

    /** Indexes of required columns; rejects the file naming every missing one. */
    public int[] require(String... names) throws ImportRejectedException {
        int[] idx = new int[names.length];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            idx[i] = column(names[i]);
            if (idx[i] < 0) {
                missing.add("「" + names[i] + "」");
            }
        }
        if (!missing.isEmpty()) {
            throw reject(1, names[indexOfFirstMissing(idx)],
                    "必要な列 " + String.join("", missing) + " が見出し行にありません。");
        }
        return idx;
    }

    private static int indexOfFirstMissing(int[] idx) {
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] < 0) {
                return i;
            }
        }
        return 0;
    }

    public String columnName(int index) {
        return index >= 0 && index < header.size() ? header.get(index) : "";
    }

    public List<String> header() {
        return header;
    }

    public Charset charset() {
        return charset;
    }

    /** A value problem in this file (the row is still imported). */
    public ImportProblem problem(long row, int column, String message) {
        return new ImportProblem(fileName, "", row, columnName(column), message);
    }

    /** A structural error rejecting the whole file. */
    public ImportRejectedException reject(long row, String column, String message) {
        return new ImportRejectedException(new ImportProblem(fileName, "", row, column, message));
    }

    /** Closes the file. Nothing was written to it, so a failure to close loses nothing and is ignored. */
    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
