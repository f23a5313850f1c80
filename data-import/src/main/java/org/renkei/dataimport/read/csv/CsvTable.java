package org.renkei.dataimport.read.csv;

import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.Text;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file with a header row, read strictly: anything that breaks the file's structure (encoding, quoting,
 * column count, a cut-off last line, no data) rejects the whole file with a Japanese message naming the
 * row and column. Columns are found by header name, not position.
 */
public final class CsvTable implements Closeable {
    private final Path file;
    private final String fileName;
    private final Charset charset;
    private final Reader reader;
    private final CsvParser parser;
    private final List<String> header;
    private final List<String> headerKeys = new ArrayList<>();
    private boolean sawData;
    private boolean quotedLastLineComplete;

    private CsvTable(Path file, TextEncoding.Detected detected, Reader reader) throws ImportRejectedException {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.charset = detected.charset();
        this.reader = reader;
        this.parser = new CsvParser(reader);
        List<String> h = nextRecord();
        if (h == null || (h.size() == 1 && h.get(0).isBlank())) {
            throw reject(0, "", "ファイルが空です。");
        }
        this.header = List.copyOf(h);
        h.forEach(name -> headerKeys.add(Text.headerKey(name)));
    }

    /** Opens a file: detects the encoding and reads the header row. */
    public static CsvTable open(Path file) throws ImportRejectedException {
        String name = file.getFileName().toString();
        try {
            TextEncoding.Detected detected = TextEncoding.detect(file);
            Reader reader = TextEncoding.open(file, detected);
            try {
                return new CsvTable(file, detected, reader);
            } catch (ImportRejectedException | RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (TextEncoding.UndecodableException e) {
            String msg = switch (e.failure()) {
                case TRUNCATED -> "ファイルの末尾が文字の途中で切れています。ファイルが壊れているか、途中までしか保存されていません。";
                case INVALID_UTF8 -> "読めない文字があります（UTF-8 として不正なバイト列）。ファイルが壊れている可能性があります。";
                case UNKNOWN -> "文字コードを判別できません（UTF-8 でも Shift_JIS でも読めない文字があります）。";
            };
            throw new ImportRejectedException(new ImportProblem(name, "", e.line(), "", msg), e);
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "",
                    "ファイルを読めません: " + e.getMessage()), e);
        }
    }

    /**
     * Like {@link #open(Path)}, but a last line without a line break is accepted when its last field is quoted
     * and closed and its column count is right (the real 高松市 CSV ends so). Strict mode rejects it as cut off.
     */
    public static CsvTable openAcceptingQuotedLastLine(Path file) throws ImportRejectedException {
        CsvTable t = open(file);
        t.quotedLastLineComplete = true;
        return t;
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
        // lenient: a last line without line break is complete when its last field closed its quotes (高松市 writes so)
        if (!parser.lastRecordTerminated()
                && !(quotedLastLineComplete && parser.lastFieldQuoted() && cells.size() == header.size())) {
            throw reject(row, "", "最終行が途中で切れています（末尾に改行がありません）。"
                    + "ファイルが途中までしか保存されていない可能性があります。");
        }
        if (cells.size() != header.size()) {
            throw reject(row, "", "列の数が見出し行と違います（見出し " + header.size() + " 列、この行 "
                    + cells.size() + " 列）。区切りの「,」や引用符「\"」が崩れていないか確認してください。");
        }
        sawData = true;
        return new CsvRow(row, cells);
    }

    private List<String> nextRecord() throws ImportRejectedException {
        try {
            return parser.next();
        } catch (CsvSyntaxException e) {
            String column = header == null ? "" : columnName(e.field());
            String msg = e.kind() == CsvSyntaxException.Kind.UNTERMINATED_QUOTE
                    ? "引用符「\"」が閉じられないままファイルが終わっています。ファイルが壊れているか途中で切れています。"
                    : "引用符「\"」で囲まれた値の後に、区切りの「,」以外の文字があります。";
            throw new ImportRejectedException(new ImportProblem(fileName, "", e.record(), column, msg), e);
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(new ImportProblem(fileName, "", parser.recordNumber() + 1, "",
                    "読めない文字があります（" + charset.displayName() + " として不正なバイト列）。"), e);
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(fileName, "", parser.recordNumber() + 1, "",
                    "ファイルを読めません: " + e.getMessage()), e);
        }
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

    public String fileName() {
        return fileName;
    }

    public Path file() {
        return file;
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

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
