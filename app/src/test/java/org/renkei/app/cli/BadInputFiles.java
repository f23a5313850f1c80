package org.renkei.app.cli;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The hostile files of issue 4, made at test time in a folder (nothing big is committed): workbooks in the 厚生局
 * layout with one real institution (浜田病院), broken in one way each.
 */
final class BadInputFiles {
    /** What the generated workbooks put in the first data row. */
    static final String[] HAMADA = {"1", "01,1004,9", null, "医療法人財団 小畑会 浜田病院",
            "〒101-0062\n千代田区神田駿河台二丁目５番地", "03-5280-1166", "一般　56", "医療法人財団小畑会", "令和 5.10. 1", "小 産婦"};
    static final int TEN_MB = 10 * 1024 * 1024;

    private final Path dir;

    BadInputFiles(Path dir) {
        this.dir = dir;
    }

    /** A 厚生局 workbook (sheet 東京都, header on rows 3–4) with the given data rows from row 5; {@code edit} may change cells. */
    Path bureau(String name, Consumer<Sheet> edit, String[]... rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("東京都");
            row(s, 0, "コード内容別医療機関一覧表　東京都");
            row(s, 2, "項番", "医療機関番号", "併設", "医療機関名称", "医療機関所在地", "電話番号", "病床数", "開設者名",
                    "指定年月日", "診療科名", "備考");
            row(s, 3, null, null, null, null, null, null, null, "管理者名", "登録理由");
            for (int i = 0; i < rows.length; i++) {
                row(s, 4 + i, rows[i]);
            }
            edit.accept(s);
            wb.write(out);
        }
        return file;
    }

    static void row(Sheet s, int r, String... cells) {
        Row row = s.createRow(r);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    /** 医療機関名称 (D5) as a formula; with {@code calculate} its result is stored, else only the formula is. */
    Path formula(String name, boolean calculate) throws IOException {
        return bureau(name, s -> {
            Row r = s.getRow(4);
            r.removeCell(r.getCell(3));
            r.createCell(3).setCellFormula("\"浜田\"&\"病院\"");
            if (calculate) {
                s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
        }, HAMADA);
    }

    /** 病床数 (G5) is a formula whose stored result is the error #DIV/0!. */
    Path formulaError(String name) throws IOException {
        return bureau(name, s -> {
            s.getRow(4).getCell(6).setCellFormula("56/0");
            s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        }, HAMADA);
    }

    /** 指定年月日 (I5) as a real Excel date (built-in format 14, as Excel stores a typed 2023/10/1). */
    Path dateCell(String name) throws IOException {
        return bureau(name, s -> {
            Cell c = s.getRow(4).getCell(8);
            CellStyle style = s.getWorkbook().createCellStyle();
            style.setDataFormat((short) 14);
            c.setCellValue(LocalDate.of(2023, 10, 1));
            c.setCellStyle(style);
        }, HAMADA);
    }

    /** The real layout sample cut in half. */
    Path truncated(String name, Path whole) throws IOException {
        byte[] all = Files.readAllBytes(whole);
        return Files.write(dir.resolve(name), Arrays.copyOf(all, all.length / 2));
    }

    /** The real layout sample with 4 KB in its middle overwritten (a bad disk sector, a broken download). */
    Path corrupted(String name, Path whole) throws IOException {
        byte[] all = Files.readAllBytes(whole);
        Arrays.fill(all, all.length / 2, all.length / 2 + 4096, (byte) 0x5A);
        return Files.write(dir.resolve(name), all);
    }

    /** A workbook encrypted with the password 「himitsu」 (Excel's 「パスワードを使用して暗号化」). */
    Path encrypted(String name) throws Exception {
        Path plain = bureau("plain-" + name, s -> { }, HAMADA);
        Path enc = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor e = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            e.confirmPassword("himitsu");
            try (OutputStream os = e.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(enc)) {
                fs.writeFilesystem(out);
            }
        }
        return enc;
    }

    /** A workbook with one sheet and no cell. */
    Path emptySheet(String name) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }
        return file;
    }

    /**
     * The 浜田病院 workbook with a 10 MB 医療機関名称 cell: written as a placeholder, then the sheet XML is rewritten with
     * 10,485,760 random letters (random, so that the zip does not look like a bomb; POI itself refuses such a cell).
     */
    Path hugeCell(String name) throws IOException {
        Path small = bureau("small-" + name, s -> s.getRow(4).getCell(3).setCellValue("PLACEHOLDER"), HAMADA);
        Path out = dir.resolve(name);
        Random random = new Random(4);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(small));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                String text = new String(content, StandardCharsets.UTF_8);
                int at = text.indexOf("PLACEHOLDER");
                if (at < 0) {
                    zip.write(content);
                } else {
                    zip.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = new byte[65536];
                    for (int written = 0; written < TEN_MB; written += chunk.length) {
                        for (int i = 0; i < chunk.length; i++) {
                            chunk[i] = (byte) ('a' + random.nextInt(26));
                        }
                        zip.write(chunk, 0, Math.min(chunk.length, TEN_MB - written));
                    }
                    zip.write(text.substring(at + "PLACEHOLDER".length()).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return out;
    }

    /** A CSV of the ナビイ-derived layout whose 正式名称 in the first data row is 10 MB long. */
    Path hugeCsvField(String name, Path sample) throws IOException {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(sample); OutputStream os = Files.newOutputStream(out)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int firstRow = text.indexOf('\n') + 1;
            int name1 = text.indexOf(',', firstRow) + 1;
            os.write(text.substring(0, name1).getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[65536];
            Arrays.fill(chunk, (byte) 'x');
            for (int written = 0; written < TEN_MB; written += chunk.length) {
                os.write(chunk);
            }
            os.write(text.substring(name1).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** An .xlsx whose sheet inflates 1,000-fold, to 64 MB of blanks (the shape of a zip bomb). */
    Path xlsxBomb(String name) throws IOException {
        Path small = bureau("small-" + name, s -> { }, HAMADA);
        return bomb(small, dir.resolve(name), "xl/worksheets/sheet1.xml");
    }

    /** The code-list zip layout (one CSV member) whose member inflates about 1,000-fold, to 64 MB. */
    Path csvZipBomb(String name) throws IOException {
        Path out = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.putNextEntry(new ZipEntry("all_med_inst_cd.csv"));
            byte[] row = "130110049,0110049,医療法人財団 小畑会 浜田病院,1010062,千代田区神田駿河台二丁目５番地\r\n"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[row.length * 1000];
            for (int i = 0; i < 1000; i++) {
                System.arraycopy(row, 0, block, i * row.length, row.length);
            }
            for (long written = 0; written < (64L << 20); written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return out;
    }

    private static Path bomb(Path small, Path out, String member) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(small));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (!e.getName().equals(member)) {
                    zip.write(content);
                } else {
                    String text = new String(content, StandardCharsets.UTF_8);
                    int end = text.lastIndexOf("</sheetData>");
                    zip.write(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blank = new byte[1 << 20];
                    Arrays.fill(blank, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        zip.write(blank);
                    }
                    zip.write(text.substring(end).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return out;
    }

    /** A CSV whose lines are UTF-8 except one line saved in Shift_JIS (CP932), as when two files are pasted together. */
    Path mixedEncodings(String name, Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        Path out = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(out)) {
            for (int i = 0; i < lines.length; i++) {
                String line = i == lines.length - 1 ? lines[i] : lines[i] + "\n";
                os.write(line.getBytes(i == 300 ? java.nio.charset.Charset.forName("windows-31j")
                        : StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
