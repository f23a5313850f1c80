package org.renkei.dataimport.read.csv;

import java.io.IOException;

/** A CSV record that breaks RFC 4180 in a way that makes the rest of the file unreadable. */
public final class CsvSyntaxException extends IOException {
    /** What went wrong. */
    public enum Kind {
        /** End of file inside a quoted field. */
        UNTERMINATED_QUOTE,
        /** Characters between a closing quote and the next separator. */
        TEXT_AFTER_QUOTE
    }

    private final Kind kind;
    private final long record;
    private final int field;

    public CsvSyntaxException(Kind kind, long record, int field) {
        super(kind + " in record " + record + ", field " + (field + 1));
        this.kind = kind;
        this.record = record;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** 1-based record number (the header is record 1). */
    public long record() {
        return record;
    }

    /** 0-based field index within the record. */
    public int field() {
        return field;
    }
}
