package org.renkei.dataimport.read.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Encoding detection for Japanese CSV files: UTF-8 with a BOM; else UTF-8 when every byte sequence is valid
 * UTF-8; else Shift_JIS (as Windows writes it, CP932) when the file decodes strictly as CP932; else neither. A file
 * with both UTF-8 lines (with Japanese) and lines that are not UTF-8 is rejected as mixed, even when it happens to decode
 * as CP932 (UTF-8 bytes often do, as mojibake).
 */
public final class TextEncoding {
    /** Shift_JIS with the Microsoft extensions, as written by Excel and most Japanese Windows tools. */
    public static final Charset CP932 = Charset.forName("windows-31j");

    private TextEncoding() {
    }

    /** The detected encoding of a file. */
    public record Detected(Charset charset, boolean bom) {
    }

    /** Why a file cannot be decoded. */
    public enum Failure {
        /** Valid UTF-8 except for an incomplete character at the very end: the file was cut off. */
        TRUNCATED,
        /** A UTF-8 byte order mark, but invalid UTF-8 further on. */
        INVALID_UTF8,
        /** Neither UTF-8 nor CP932. */
        UNKNOWN,
        /** Some lines UTF-8, others another encoding (two files pasted together). */
        MIXED
    }

    /** A file that cannot be decoded; nothing of it should be read. */
    public static final class UndecodableException extends Exception {
        private final long line;
        private final Failure failure;
        private final long utf8Line;
        private final long otherLine;

        UndecodableException(long line, Failure failure) {
            this(line, failure, 0, 0);
        }

        private UndecodableException(long line, Failure failure, long utf8Line, long otherLine) {
            super(failure + " at line " + line);
            this.line = line;
            this.failure = failure;
            this.utf8Line = utf8Line;
            this.otherLine = otherLine;
        }

        /** Lines in two encodings: the line reported is where the second encoding starts. */
        static UndecodableException mixed(long utf8Line, long otherLine) {
            return new UndecodableException(Math.max(utf8Line, otherLine), Failure.MIXED, utf8Line, otherLine);
        }

        /** 1-based line where decoding failed. */
        public long line() {
            return line;
        }

        public Failure failure() {
            return failure;
        }

        /** Why the file cannot be read, in Japanese, for the user. */
        public String japaneseMessage() {
            return switch (failure) {
                case TRUNCATED -> "ファイルの末尾が文字の途中で切れています。ファイルが壊れているか、途中までしか保存されていません。";
                case INVALID_UTF8 -> "読めない文字があります（UTF-8 として不正なバイト列）。ファイルが壊れている可能性があります。";
                case UNKNOWN -> "文字コードを判別できません（UTF-8 でも Shift_JIS でも読めない文字があります）。";
                case MIXED -> "文字コードが混在しています（" + utf8Line + "行目は UTF-8、" + otherLine
                        + "行目は Shift_JIS など別の文字コード）。一つの文字コードで保存し直してください。";
            };
        }
    }

    public static Detected detect(Path file) throws IOException, UndecodableException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            if (!bom) {
                in.reset();
            }
            long[] utf8 = Utf8Check.firstError(in);
            if (utf8 == null) {
                return new Detected(StandardCharsets.UTF_8, bom);
            }
            if (utf8[1] == 1) {
                throw new UndecodableException(utf8[0], Failure.TRUNCATED);
            }
            long[] mixed = mixedLines(file, bom);
            if (mixed != null) {
                throw UndecodableException.mixed(mixed[0], mixed[1]);
            }
            if (bom) {
                throw new UndecodableException(utf8[0], Failure.INVALID_UTF8);
            }
            long cp932Line = cp932FirstError(file);
            if (cp932Line == 0) {
                return new Detected(CP932, false);
            }
            throw new UndecodableException(Math.max(utf8[0], cp932Line), Failure.UNKNOWN);
        }
    }

    /** A reader that decodes strictly (malformed input raises {@link CharacterCodingException}), BOM skipped. */
    public static Reader open(Path file, Detected detected) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536);
        if (detected.bom()) {
            in.skipNBytes(3);
        }
        return new InputStreamReader(in, detected.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static long[] mixedLines(Path file, boolean bom) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) {
                in.skipNBytes(3);
            }
            return Utf8Check.mixedLines(in);
        }
    }

    /** 1-based line of the first byte sequence that is not CP932, or 0 when the whole file decodes. */
    private static long cp932FirstError(Path file) throws IOException {
        long line = 1;
        try (Reader r = open(file, new Detected(CP932, false))) {
            char[] buf = new char[16384];
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line++;
                    }
                }
            }
            return 0;
        } catch (CharacterCodingException e) {
            return line;
        }
    }
}
