package org.renkei.dataimport.read.csv;

import org.renkei.dataimport.read.ImportLimits;
import org.renkei.dataimport.read.LimitTally;

import java.io.IOException;
import java.util.Locale;

/** A CSV record that breaks RFC 4180, or is cut off, in a way that makes the file unreadable. */
public final class CsvSyntaxException extends IOException {
    /** What went wrong. */
    public enum Kind {
        /** End of file inside a quoted field. */
        UNTERMINATED_QUOTE,
        /** Characters between a closing quote and the next separator. */
        TEXT_AFTER_QUOTE,
        /** A last record without a line break that does not end in a closed quote with the right field count. */
        CUT_OFF_LAST_LINE,
        /** A field longer than {@link ImportLimits#maxCellChars}. */
        FIELD_TOO_LONG,
        /** A record with more fields than {@link ImportLimits#maxColumns}. */
        TOO_MANY_FIELDS
    }

    private final Kind kind;
    private final long record;
    private final int field;
    /** The limit passed, for {@link Kind#FIELD_TOO_LONG} and {@link Kind#TOO_MANY_FIELDS}. */
    private final int limit;

    public CsvSyntaxException(Kind kind, long record, int field) {
        this(kind, record, field, 0);
    }

    public CsvSyntaxException(Kind kind, long record, int field, int limit) {
        super(kind + " in record " + record + ", field " + (field + 1));
        this.kind = kind;
        this.record = record;
        this.field = field;
        this.limit = limit;
    }

    public Kind kind() {
        return kind;
    }

    /** 1-based record number (the header is record 1). */
    public long record() {
        return record;
    }

    /** 0-based field index within the record; -1 when the problem is not tied to one field. */
    public int field() {
        return field;
    }

    /** What went wrong, in Japanese, for the user. */
    public String japaneseMessage() {
        return switch (kind) {
            case UNTERMINATED_QUOTE -> "引用符「\"」が閉じられないままファイルが終わっています。ファイルが壊れているか途中で切れています。";
            case TEXT_AFTER_QUOTE -> "引用符「\"」で囲まれた値の後に、区切りの「,」以外の文字があります。";
            case CUT_OFF_LAST_LINE -> "最終行が途中で切れています（末尾に改行がありません）。"
                    + "ファイルが途中までしか保存されていない可能性があります。";
            case FIELD_TOO_LONG -> String.format(Locale.ROOT, "値が上限の %,d 文字を超えています。"
                    + "ファイルが壊れているか、引用符「\"」が閉じられていません。", limit);
            case TOO_MANY_FIELDS -> LimitTally.tooManyColumns(limit, limit);
        };
    }
}
