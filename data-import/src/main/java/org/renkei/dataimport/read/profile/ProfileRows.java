package org.renkei.dataimport.read.profile;

import org.renkei.dataimport.read.ImportLimits;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.LimitTally;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.csv.CsvParser;
import org.renkei.dataimport.read.csv.CsvSyntaxException;
import org.renkei.dataimport.read.csv.TextEncoding;
import org.renkei.dataimport.read.sheet.RowVisitor;
import org.renkei.dataimport.read.sheet.SheetRow;
import org.renkei.dataimport.read.sheet.Workbooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of a user's list: every record of a CSV (in the detected or the given encoding, parsed by
 * {@link CsvParser}, no header assumed), or the rows of one sheet of a workbook ({@link Workbooks}; the other sheets
 * are skipped unread). Rows are numbered as Excel shows them (CSV: record number).
 */
final class ProfileRows {
    /** Receives rows in order; returns false to stop reading. */
    interface Rows {
        boolean row(SheetRow row) throws ImportRejectedException;
    }

    /** What was read: the file's type, every sheet of a workbook and the one read ("" for CSV). */
    record Outcome(FileType type, List<String> sheets, String sheet) {
    }

    private ProfileRows() {
    }

    /** The type of a file by its first bytes: a zip is .xlsx, an OLE2 document .xls, HTML under an Excel name .xls. */
    static FileType typeOf(Path file) throws ImportRejectedException {
        try {
            return switch (Workbooks.kind(file)) {
                case ZIP -> FileType.XLSX;
                case OLE2 -> FileType.XLS;
                case MARKUP -> Workbooks.hasExcelName(file) ? FileType.XLS : FileType.CSV;
                case OTHER -> FileType.CSV;
            };
        } catch (IOException e) {
            throw reject(file, 0, "ファイルを読めません: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the rows of {@code file}.
     *
     * @param sheet the sheet to read from a workbook; when it is not there the file is rejected naming the sheets
     */
    static Outcome read(Path file, CsvEncoding encoding, SheetRef sheet, ImportSink sink, Rows rows)
            throws ImportRejectedException {
        FileType type = typeOf(file);
        if (!type.workbook()) {
            readCsv(file, encoding, rows);
            return new Outcome(type, List.of(), "");
        }
        List<String> sheets = new ArrayList<>();
        String[] chosen = {null};
        Workbooks.read(file, new RowVisitor() {
            @Override
            public boolean wants(String name) {
                sheets.add(name);
                boolean pick = chosen[0] == null && (sheet.name() != null
                        ? Text.headerKey(sheet.name()).equals(Text.headerKey(name)) : sheet.index() == sheets.size());
                if (pick) {
                    chosen[0] = name;
                }
                return pick;
            }

            @Override
            public boolean row(SheetRow row) throws ImportRejectedException {
                return rows.row(row);
            }
        }, sink);
        if (chosen[0] == null) {
            throw reject(file, 0, "シート" + sheet.describe() + "がありません（このブックのシート: "
                    + String.join("、", sheets) + "）。", null);
        }
        return new Outcome(type, List.copyOf(sheets), chosen[0]);
    }

    private static void readCsv(Path file, CsvEncoding encoding, Rows rows) throws ImportRejectedException {
        CsvParser parser = null;
        int widest = 0;
        ImportLimits limits = ImportLimits.current();
        limits.checkFileSize(file);
        LimitTally tally = limits.tally(file.getFileName().toString());
        try (Reader reader = open(file, encoding)) {
            parser = new CsvParser(reader, limits);
            for (List<String> cells = parser.next(); cells != null; cells = parser.next()) {
                tally.row("", parser.recordNumber(), cells.stream().filter(c -> !c.isEmpty()).count());
                if (!rows.row(new SheetRow("", parser.recordNumber(), cells))) {
                    return;
                }
                widest = Math.max(widest, cells.size());
            }
            parser.requireComplete(widest);
        } catch (CsvSyntaxException e) {
            String column = e.field() >= 0 ? LimitTally.letter(e.field()) : "";
            throw new ImportRejectedException(new ImportProblem(file.getFileName().toString(), "", e.record(), column,
                    e.japaneseMessage()), e);
        } catch (CharacterCodingException e) {
            throw reject(file, parser == null ? 0 : parser.recordNumber() + 1, "文字コード"
                    + (encoding == CsvEncoding.AUTO ? "" : "（" + label(encoding) + "）")
                    + "として読めない文字があります。インポート設定の文字コードを確かめてください。", e);
        } catch (TextEncoding.UndecodableException e) {
            throw reject(file, e.line(), e.japaneseMessage(), e);
        } catch (IOException e) {
            throw reject(file, 0, "ファイルを読めません: " + e.getMessage(), e);
        }
    }

    private static Reader open(Path file, CsvEncoding encoding) throws IOException, TextEncoding.UndecodableException {
        return switch (encoding) {
            case AUTO -> TextEncoding.open(file, TextEncoding.detect(file));
            case UTF_8 -> TextEncoding.open(file, new TextEncoding.Detected(StandardCharsets.UTF_8, hasBom(file)));
            case CP932 -> TextEncoding.open(file, new TextEncoding.Detected(TextEncoding.CP932, false));
        };
    }

    private static boolean hasBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
        }
    }

    static String label(CsvEncoding encoding) {
        return switch (encoding) {
            case AUTO -> "自動判別";
            case UTF_8 -> "UTF-8";
            case CP932 -> "Shift_JIS（CP932）";
        };
    }

    static ImportRejectedException reject(Path file, long row, String message, Throwable cause) {
        ImportProblem p = new ImportProblem(file.getFileName().toString(), "", row, "", message);
        return cause == null ? new ImportRejectedException(p) : new ImportRejectedException(p, cause);
    }
}
