package org.renkei.dataimport.read.sheet;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.renkei.dataimport.read.ImportLimits;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Streams the rows of an Excel workbook: {@code .xlsx} through the POI SAX/event API (OPCPackage + XSSFReader +
 * ReadOnlySharedStringsTable + XSSFSheetXMLHandler, so a 100,000-row sheet needs little memory) and legacy
 * {@code .xls} through HSSF. Cell text is what Excel shows ({@link DataFormatter}); formula cells give their
 * cached result; phonetic ruby runs ({@code rPh}) are never glued onto the text.
 *
 * <p>Structural problems reject the file with a Japanese message: encrypted / password-protected workbooks,
 * HTML or other files saved under an Excel name, broken or truncated files, workbooks without any cell, a formula
 * without its stored result, an Excel error value, a cell longer than Excel allows (32,767 characters).
 * A cell longer than {@link #MAX_CELL_CHARS} (and within Excel's limit) is cut to that length and reported.
 */
public final class Workbooks {
    /** Longest cell text kept; longer cells are truncated with a problem. */
    public static final int MAX_CELL_CHARS = 10_000;

    /** What a file's first bytes say it is. */
    public enum Kind {
        /** A zip container (.xlsx, or a plain .zip). */
        ZIP,
        /** An OLE2 compound document (.xls, or an encrypted .xlsx). */
        OLE2,
        /** HTML or XML text (a web page saved as .xls, Excel 2003 XML). */
        MARKUP,
        /** Anything else (CSV, text, empty). */
        OTHER
    }

    private Workbooks() {
    }

    /** The kind of a file by its first bytes. */
    public static Kind kind(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.ZIP;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return Kind.OLE2;
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading()
                .toLowerCase(Locale.ROOT);
        if (text.startsWith("<")) {
            return Kind.MARKUP;
        }
        return Kind.OTHER;
    }

    /** True when the file name ends in .xlsx, .xlsm or .xls. */
    public static boolean hasExcelName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    /**
     * Reads every sheet of the workbook in order.
     *
     * @param sink receives value problems (truncated cells); may be null
     * @throws ImportRejectedException when the file is no readable workbook, or when the visitor rejects it
     */
    public static void read(Path file, RowVisitor visitor, ImportSink sink) throws ImportRejectedException {
        String name = file.getFileName().toString();
        ImportLimits limits = ImportLimits.current();
        limits.checkFileSize(file);
        Kind kind;
        try {
            kind = kind(file);
        } catch (IOException e) {
            throw reject(name, "ファイルを読めません: " + e.getMessage(), e);
        }
        CellGuard guard = new CellGuard(name, sink, limits);
        switch (kind) {
            case ZIP -> readXlsx(file, name, visitor, guard);
            case OLE2 -> XlsWorkbook.read(file, name, visitor, guard);
            case MARKUP -> throw reject(name, "Excel ファイルではありません（中身は HTML/XML です。Web ページを"
                    + "「.xls」の名前で保存したものと思われます）。Excel で開いて「.xlsx」形式で保存し直してください。", null);
            default -> throw reject(name, "Excel ファイル（.xlsx / .xls）ではありません。", null);
        }
        if (guard.empty()) {
            throw reject(name, "ブックが空です（どのシートにもセルがありません）。", null);
        }
    }

    private static void readXlsx(Path file, String name, RowVisitor visitor, CellGuard guard)
            throws ImportRejectedException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw reject(name, broken(e), e);
        }
        try {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            DataFormatter formatter = formatter();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String sheet = sheets.getSheetName();
                    if (!visitor.wants(sheet)) {
                        guard.skippedSheet();
                        continue;
                    }
                    visitor.sheetStart(sheet);
                    SaxRows rows = new SaxRows(sheet, visitor, guard);
                    XMLReader parser = new SheetXmlFilter(XMLHelper.newXMLReader(), sheet, guard);
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, formatter, false));
                    try {
                        parser.parse(new InputSource(in));
                    } catch (SheetXmlFilter.Rejection r) {
                        throw r.rejected;
                    } catch (Carrier c) {
                        if (c.passThrough != null) {
                            throw c;
                        }
                        return; // visitor asked to stop
                    }
                    visitor.sheetEnd(sheet);
                }
            }
        } catch (Carrier c) {
            throw c.passThrough;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                 | RuntimeException e) {
            throw reject(name, broken(e), e);
        } finally {
            pkg.revert();
        }
    }

    private static String broken(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Zip bomb") || m.contains("zip bomb")) {
            return "ファイルの展開後の大きさが異常です（圧縮爆弾の疑い）。取り込みを中止しました。";
        }
        return "ファイルが壊れているか、途中までしか保存されていないため読めません（.xlsx の zip 構造が不正: "
                + e.getClass().getSimpleName() + "）。";
    }

    static String encrypted() {
        return "パスワードで保護（暗号化）されたブックは読めません。Excel でパスワードを解除して保存し直してください。";
    }

    /**
     * Cell text as Japanese Excel shows it: the built-in short date (format 14, stored as {@code m/d/yy}) and date-time
     * (22) read {@code 2023/10/1} and {@code 2023/10/1 9:30}, not the US {@code 10/1/23}.
     */
    static DataFormatter formatter() {
        DataFormatter f = new DataFormatter(Locale.JAPAN);
        f.addFormat("m/d/yy", new SimpleDateFormat("yyyy/M/d", Locale.JAPAN));
        f.addFormat("m/d/yy h:mm", new SimpleDateFormat("yyyy/M/d H:mm", Locale.JAPAN));
        return f;
    }

    /** Hands a row to the visitor; what the visitor throws unchecked is carried past the reader's own catch. */
    static boolean visit(RowVisitor visitor, SheetRow row) throws ImportRejectedException {
        try {
            return visitor.row(row);
        } catch (RuntimeException e) {
            throw new Carrier(e);
        }
    }

    static ImportRejectedException reject(String name, String message, Throwable cause) {
        ImportProblem p = new ImportProblem(name, "", 0, "", message);
        return cause == null ? new ImportRejectedException(p) : new ImportRejectedException(p, cause);
    }

    /**
     * Carries out of the SAX parser a stop request (nothing), or an exception of the visitor that is not the file's
     * fault (a store failure, a cancellation): it must reach the caller as it is, not as 「壊れている」.
     */
    static final class Carrier extends RuntimeException {
        final transient RuntimeException passThrough;

        Carrier(RuntimeException passThrough) {
            super(null, null, false, false);
            this.passThrough = passThrough;
        }
    }

    /** Collects one row's cells from the SAX handler. */
    private static final class SaxRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final RowVisitor visitor;
        private final CellGuard guard;
        private final List<String> cells = new ArrayList<>();
        private int next;

        SaxRows(String sheet, RowVisitor visitor, CellGuard guard) {
            this.sheet = sheet;
            this.visitor = visitor;
            this.guard = guard;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            boolean more;
            try {
                guard.row(sheet, rowNum + 1L, cells);
                more = visit(visitor, new SheetRow(sheet, rowNum + 1L, cells));
            } catch (ImportRejectedException e) {
                throw new SheetXmlFilter.Rejection(e);
            }
            if (!more) {
                throw new Carrier(null);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? next : new CellReference(ref).getCol();
            next = col + 1;
            if (value == null || value.isEmpty()) {
                return;
            }
            String text;
            try {
                text = guard.check(sheet, ref == null ? 0 : new CellReference(ref).getRow() + 1L, col, value);
            } catch (ImportRejectedException e) {
                throw new SheetXmlFilter.Rejection(e);
            }
            while (cells.size() < col) {
                cells.add("");
            }
            if (cells.size() == col) {
                cells.add(text);
            } else {
                cells.set(col, text);
            }
        }
    }
}
