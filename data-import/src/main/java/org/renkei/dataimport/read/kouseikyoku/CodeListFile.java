package org.renkei.dataimport.read.kouseikyoku;

import org.renkei.dataimport.read.ImportLimits;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.LimitTally;
import org.renkei.dataimport.read.csv.CsvParser;
import org.renkei.dataimport.read.csv.CsvSyntaxException;
import org.renkei.dataimport.read.csv.TextEncoding;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import static org.renkei.dataimport.read.kouseikyoku.MedInstCodeListReader.COLUMNS;
import static org.renkei.dataimport.read.kouseikyoku.MedInstCodeListReader.MAX_RATIO;
import static org.renkei.dataimport.read.kouseikyoku.MedInstCodeListReader.MAX_UNCOMPRESSED;

/**
 * The records of the headerless code list, from a plain CSV (encoding detected) or from the single CSV member of a
 * zip (UTF-8, streamed, capped against zip bombs). Structural errors reject the file in Japanese.
 */
final class CodeListFile {
    private CodeListFile() {
    }

    /** Receives each record; returns false to stop reading. */
    interface RecordHandler {
        boolean record(long row, List<String> cells) throws ImportRejectedException;
    }

    /** Streams the records of the CSV or of the zip's CSV member; rejects structural errors. */
    static void records(Path file, RecordHandler handler) throws ImportRejectedException {
        String name = file.getFileName().toString();
        ImportLimits limits = ImportLimits.current();
        limits.checkFileSize(file);
        try {
            if (isZip(file)) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    ZipEntry member = member(zip, name);
                    long declared = member.getSize();
                    long packed = member.getCompressedSize();
                    if (declared > MAX_UNCOMPRESSED
                            || declared > 1024 * 1024 && packed > 0 && declared / packed > MAX_RATIO) {
                        throw bomb(name);
                    }
                    try (InputStream raw = new Capped(zip.getInputStream(member), member.getCompressedSize(), name);
                         Reader r = new InputStreamReader(new BufferedInputStream(raw, 65536),
                                 StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                         .onUnmappableCharacter(CodingErrorAction.REPORT))) {
                        parse(name + "!" + member.getName(), r, handler, limits);
                    }
                }
            } else {
                TextEncoding.Detected enc = TextEncoding.detect(file);
                try (Reader r = TextEncoding.open(file, enc)) {
                    parse(name, r, handler, limits);
                }
            }
        } catch (TextEncoding.UndecodableException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", e.line(), "", e.japaneseMessage()), e);
        } catch (ZipBombException e) {
            throw e.rejected;
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "",
                    "読めない文字があります（UTF-8 として不正なバイト列）。"), e);
        } catch (ZipException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "",
                    "zip ファイルが壊れているため読めません（" + e.getMessage() + "）。"), e);
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "",
                    "ファイルを読めません: " + e.getMessage()), e);
        }
    }

    private static void parse(String name, Reader reader, RecordHandler handler, ImportLimits limits)
            throws IOException, ImportRejectedException {
        CsvParser parser = new CsvParser(reader, limits);
        LimitTally tally = limits.tally(name);
        boolean any = false;
        try {
            for (List<String> cells = parser.next(); cells != null; cells = parser.next()) {
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                parser.requireComplete(COLUMNS.length);
                if (cells.size() != COLUMNS.length) {
                    throw new ImportRejectedException(new ImportProblem(name, "", parser.recordNumber(), "",
                            "列の数が 5 ではありません（この行 " + cells.size() + " 列）。医療機関コード一覧の形式が崩れています。"));
                }
                tally.row("", parser.recordNumber(), cells.stream().filter(c -> !c.isEmpty()).count());
                any = true;
                if (!handler.record(parser.recordNumber(), new ArrayList<>(cells))) {
                    return;
                }
            }
        } catch (CsvSyntaxException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", e.record(), "", e.japaneseMessage()), e);
        }
        if (!any) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "", "ファイルが空です。"));
        }
    }

    private static ZipEntry member(ZipFile zip, String name) throws ImportRejectedException {
        List<? extends ZipEntry> csv = zip.stream().filter(e -> !e.isDirectory()).toList();
        if (csv.size() != 1 || !csv.get(0).getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "",
                    "zip の中身が CSV ファイル 1 つではありません（" + csv.size() + " 個のファイル）。"));
        }
        return csv.get(0);
    }

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] m = in.readNBytes(4);
            return m.length == 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4;
        }
    }

    private static ImportRejectedException bomb(String name) {
        return new ImportRejectedException(new ImportProblem(name, "", 0, "",
                "zip の展開後の大きさが異常です（" + MAX_UNCOMPRESSED / (1024 * 1024) + " MB 超、または圧縮率 "
                        + MAX_RATIO + " 倍超。圧縮爆弾の疑い）。取り込みを中止しました。"));
    }

    private static final class ZipBombException extends IOException {
        private final transient ImportRejectedException rejected;

        ZipBombException(ImportRejectedException rejected) {
            this.rejected = rejected;
        }
    }

    /** Counts inflated bytes and stops past the size or ratio cap. */
    private static final class Capped extends FilterInputStream {
        private final long compressed;
        private final String name;
        private long count;

        Capped(InputStream in, long compressed, String name) {
            super(in);
            this.compressed = compressed;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws ZipBombException {
            count += n;
            if (count > MAX_UNCOMPRESSED
                    || count > 1024 * 1024 && compressed > 0 && count / compressed > MAX_RATIO) {
                throw new ZipBombException(bomb(name));
            }
        }
    }
}
