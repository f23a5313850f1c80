package org.renkei.dataimport.read.csv;

import java.io.IOException;
import java.io.InputStream;

/** Byte-level UTF-8 validation that tells a broken byte sequence from one cut off at end of input. */
final class Utf8Check {
    private Utf8Check() {
    }

    /**
     * @return {@code null} when the stream is valid UTF-8, else {line, truncated} where truncated is 1 when
     *         the only error is an incomplete sequence at end of input
     */
    static long[] firstError(InputStream in) throws IOException {
        byte[] buf = new byte[65536];
        long line = 1;
        int need = 0;
        int min = 0x80;
        int max = 0xBF;
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xFF;
                if (need > 0) {
                    if (b < min || b > max) {
                        return new long[] {line, 0};
                    }
                    need--;
                    min = 0x80;
                    max = 0xBF;
                    continue;
                }
                if (b == '\n') {
                    line++;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    min = b == 0xE0 ? 0xA0 : 0x80;
                    max = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    min = b == 0xF0 ? 0x90 : 0x80;
                    max = b == 0xF4 ? 0x8F : 0xBF;
                } else if (b >= 0x80) {
                    return new long[] {line, 0};
                }
            }
        }
        return need > 0 ? new long[] {line, 1} : null;
    }

    /**
     * Lines of two encodings in one file: the first line that is valid UTF-8 with Japanese in it (a 3- or 4-byte
     * sequence) and the first line that is not valid UTF-8 (Shift_JIS, as Excel saves it).
     *
     * @return {@code {firstUtf8Line, firstOtherLine}} (1-based) when the file has both, else {@code null}
     */
    static long[] mixedLines(InputStream in) throws IOException {
        byte[] buf = new byte[65536];
        long line = 1;
        long firstUtf8 = 0;
        long firstOther = 0;
        int need = 0;
        int length = 0;
        int min = 0x80;
        int max = 0xBF;
        boolean invalid = false;
        boolean wide = false;
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xFF;
                if (need > 0) {
                    if (b >= min && b <= max) {
                        need--;
                        min = 0x80;
                        max = 0xBF;
                        wide |= need == 0 && length >= 3;
                        continue;
                    }
                    invalid = true;
                    need = 0;
                }
                if (b == '\n') {
                    if (invalid && firstOther == 0) {
                        firstOther = line;
                    } else if (!invalid && wide && firstUtf8 == 0) {
                        firstUtf8 = line;
                    }
                    if (firstUtf8 > 0 && firstOther > 0) {
                        return new long[] {firstUtf8, firstOther};
                    }
                    line++;
                    invalid = false;
                    wide = false;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                    length = 2;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    length = 3;
                    min = b == 0xE0 ? 0xA0 : 0x80;
                    max = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    length = 4;
                    min = b == 0xF0 ? 0x90 : 0x80;
                    max = b == 0xF4 ? 0x8F : 0xBF;
                } else if (b >= 0x80) {
                    invalid = true;
                }
            }
        }
        invalid |= need > 0;
        if (invalid && firstOther == 0) {
            firstOther = line;
        } else if (!invalid && wide && firstUtf8 == 0) {
            firstUtf8 = line;
        }
        return firstUtf8 > 0 && firstOther > 0 ? new long[] {firstUtf8, firstOther} : null;
    }
}
