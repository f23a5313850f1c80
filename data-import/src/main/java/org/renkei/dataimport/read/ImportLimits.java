package org.renkei.dataimport.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The most an import file may hold: bytes on disk, rows, columns (cells in one row), cells in all, characters in one
 * cell. Past any of them the file is rejected (nothing written) with a Japanese message naming the file, sheet, row
 * and column, instead of filling the memory or running for hours. The defaults are far above the largest real lists
 * (the nationwide MHLW clinic hours sheet, the 厚生局 nationwide code list) and at Excel's own limits where Excel has
 * one. Each can be changed by a system property {@code renkei.import.<name>} (for tests, or an office with a larger
 * list): {@code maxFileBytes}, {@code maxRows}, {@code maxColumns}, {@code maxCells}, {@code maxCellChars}.
 *
 * @param maxFileBytes bytes of the file as stored (a zip's or a workbook's compressed size)
 * @param maxRows      non-blank rows (CSV records, workbook rows over all sheets read, JSON entries)
 * @param maxColumns   columns of one row (CSV fields, workbook columns holding a value, JSON array items)
 * @param maxCells     non-empty cells over the whole file
 * @param maxCellChars characters of one cell (Excel allows 32,767)
 */
public record ImportLimits(long maxFileBytes, long maxRows, int maxColumns, long maxCells, int maxCellChars) {
    /** Generous defaults: 200 MB, 2,000,000 rows, 1,000 columns, 50,000,000 cells, 32,767 characters. */
    public static final ImportLimits DEFAULTS = new ImportLimits(200L * 1024 * 1024, 2_000_000, 1_000, 50_000_000,
            32_767);
    /** Prefix of the system properties that override a default. */
    public static final String PROPERTY_PREFIX = "renkei.import.";

    public ImportLimits {
        if (maxFileBytes < 1 || maxRows < 1 || maxColumns < 1 || maxCells < 1 || maxCellChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The defaults with any system property override applied; read anew for each file. */
    public static ImportLimits current() {
        return new ImportLimits(property("maxFileBytes", DEFAULTS.maxFileBytes),
                property("maxRows", DEFAULTS.maxRows), narrow(property("maxColumns", DEFAULTS.maxColumns)),
                property("maxCells", DEFAULTS.maxCells), narrow(property("maxCellChars", DEFAULTS.maxCellChars)));
    }

    private static int narrow(long n) {
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    /** A positive whole number from {@code renkei.import.<name>}, else {@code fallback}. */
    private static long property(String name, long fallback) {
        String v = System.getProperty(PROPERTY_PREFIX + name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.strip().replace("_", ""));
            return n < 1 ? fallback : n;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Rejects a file larger than {@link #maxFileBytes} (or one that cannot be sized). */
    public void checkFileSize(Path file) throws ImportRejectedException {
        String name = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "", "ファイルを読めません: "
                    + e.getMessage()), e);
        }
        if (size > maxFileBytes) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "", "ファイルが大きすぎます（"
                    + megabytes(size) + "）。取り込めるのは " + megabytes(maxFileBytes)
                    + " までです。ファイルを分けて取り込んでください。"));
        }
    }

    /** A size for people: {@code 12.3 MB}, or bytes below 1 MB. */
    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%,d バイト", bytes);
        }
        return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A counter of rows and cells for one file, against these limits. */
    public LimitTally tally(String fileName) {
        return new LimitTally(this, fileName);
    }
}
