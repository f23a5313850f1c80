package org.renkei.dataimport.read.csv;

import org.renkei.dataimport.read.ImportLimits;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small streaming RFC 4180 parser: comma separator, fields optionally enclosed in double quotes, a doubled
 * quote inside a quoted field for a literal quote, CRLF, LF or CR line ends, line breaks inside quoted fields.
 * A quote inside an unquoted field is kept literally (common in real files). Not thread-safe.
 */
public final class CsvParser {
    private static final int EOF = -1;

    private final Reader in;
    /** The longest field read ({@link ImportLimits#maxCellChars}): a longer one would fill the memory. */
    private final int maxFieldChars;
    /** The most fields of one record ({@link ImportLimits#maxColumns}). */
    private final int maxFields;
    private final char[] buf = new char[16384];
    private int pos;
    private int len;
    private int pushedBack = Integer.MIN_VALUE;
    private long record;
    private boolean lastTerminated = true;
    private boolean lastQuoted;
    private int lastSize;

    /** A parser with the current {@link ImportLimits}. */
    public CsvParser(Reader in) {
        this(in, ImportLimits.current());
    }

    public CsvParser(Reader in, ImportLimits limits) {
        this.in = in;
        this.maxFieldChars = limits.maxCellChars();
        this.maxFields = limits.maxColumns();
    }

    /** The next record, or {@code null} at end of input. */
    public List<String> next() throws IOException {
        int c = read();
        if (c == EOF) {
            return null;
        }
        record++;
        List<String> cells = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        while (true) {
            lastQuoted = c == '"';
            if (c == '"') {
                c = quoted(sb, cells.size());
                if (c != ',' && c != '\r' && c != '\n' && c != EOF) {
                    throw new CsvSyntaxException(CsvSyntaxException.Kind.TEXT_AFTER_QUOTE, record, cells.size());
                }
            } else {
                while (c != ',' && c != '\r' && c != '\n' && c != EOF) {
                    append(sb, c, cells.size());
                    c = read();
                }
            }
            cells.add(sb.toString());
            sb.setLength(0);
            if (c == ',' && cells.size() >= maxFields) {
                throw new CsvSyntaxException(CsvSyntaxException.Kind.TOO_MANY_FIELDS, record, maxFields, maxFields);
            }
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                int n = read();
                if (n != '\n') {
                    pushedBack = n;
                }
            }
            lastTerminated = c != EOF;
            lastSize = cells.size();
            return cells;
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int quoted(StringBuilder sb, int field) throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvSyntaxException(CsvSyntaxException.Kind.UNTERMINATED_QUOTE, record, field);
            }
            if (c == '"') {
                c = read();
                if (c != '"') {
                    return c;
                }
            }
            append(sb, c, field);
        }
    }

    private void append(StringBuilder sb, int c, int field) throws CsvSyntaxException {
        if (sb.length() >= maxFieldChars) {
            throw new CsvSyntaxException(CsvSyntaxException.Kind.FIELD_TOO_LONG, record, field, maxFieldChars);
        }
        sb.append((char) c);
    }

    /**
     * Rejects the last record returned when it may have been cut off. A record is complete when it ended with a
     * line break, or, at end of input without one, when its last field closed its quotes and it has
     * {@code columns} fields: a cut inside a quoted field leaves the quote open, and a cut inside an unquoted field
     * or between fields cannot be told from a complete record, so it is rejected.
     *
     * @throws CsvSyntaxException {@link CsvSyntaxException.Kind#CUT_OFF_LAST_LINE}
     */
    public void requireComplete(int columns) throws CsvSyntaxException {
        if (!lastTerminated && !(lastQuoted && lastSize == columns)) {
            throw new CsvSyntaxException(CsvSyntaxException.Kind.CUT_OFF_LAST_LINE, record, -1);
        }
    }

    /** Number of records returned so far (= 1-based number of the last one). */
    public long recordNumber() {
        return record;
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return EOF;
            }
        }
        return buf[pos++];
    }
}
