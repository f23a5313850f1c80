package org.renkei.dataimport.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A cheap estimate of how many rows a file holds, for the progress bar's fraction and time left. Never
 * throws: a file it cannot estimate (legacy .xls, a damaged file, a zip past the size cap) gives
 * {@link #UNKNOWN}, and the readers report the real problem.
 */
public final class RowEstimate {
    public static final long UNKNOWN = -1;
    /** Uncompressed bytes scanned at most in a zip; beyond it the estimate gives up (the reader caps too). */
    static final long MAX_SCAN_BYTES = 512L * 1024 * 1024;
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[A-Z]+\\d+(?::[A-Z]+(\\d+))?\"");
    private static final int HEAD_BYTES = 4096;

    private RowEstimate() {
    }

    /** Rows (line breaks for text, last row of each sheet for .xlsx), or {@link #UNKNOWN}. */
    public static long of(Path file) {
        try {
            byte[] head = head(file);
            if (isOle2(head)) {
                return UNKNOWN;        // legacy .xls: no cheap row count
            }
            if (!isZip(head)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return lines(in, Long.MAX_VALUE);
                }
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.getEntry("[Content_Types].xml") != null ? sheetRows(zip) : zippedLines(zip);
            }
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    private static long sheetRows(ZipFile zip) throws IOException {
        long total = 0;
        boolean any = false;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (!e.getName().startsWith("xl/worksheets/sheet") || !e.getName().endsWith(".xml")) {
                continue;
            }
            try (InputStream in = zip.getInputStream(e)) {
                String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
                Matcher m = DIMENSION.matcher(head);
                if (!m.find()) {
                    return UNKNOWN;    // writers may omit <dimension>; do not guess
                }
                total += m.group(1) == null ? 1 : Long.parseLong(m.group(1));
                any = true;
            }
        }
        return any ? total : UNKNOWN;
    }

    private static long zippedLines(ZipFile zip) throws IOException {
        long total = 0;
        long budget = MAX_SCAN_BYTES;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (e.isDirectory()) {
                continue;
            }
            try (InputStream in = zip.getInputStream(e)) {
                long n = lines(in, budget);
                if (n == UNKNOWN) {
                    return UNKNOWN;
                }
                total += n;
                budget -= Math.max(0, e.getSize());
            }
        }
        return total;
    }

    /** Counts line breaks (a last line without one counts too), or UNKNOWN past {@code maxBytes}. */
    private static long lines(InputStream in, long maxBytes) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long count = 0;
        long bytes = 0;
        byte last = '\n';
        for (int n; (n = in.read(buf)) > 0; ) {
            bytes += n;
            if (bytes > maxBytes) {
                return UNKNOWN;
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    count++;
                }
            }
            last = buf[n - 1];
        }
        return last == '\n' ? count : count + 1;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        }
    }

    private static boolean isZip(byte[] h) {
        return h.length == 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
    }

    private static boolean isOle2(byte[] h) {
        return h.length == 4 && (h[0] & 0xff) == 0xD0 && (h[1] & 0xff) == 0xCF && h[2] == 0x11 && (h[3] & 0xff) == 0xE0;
    }
}
