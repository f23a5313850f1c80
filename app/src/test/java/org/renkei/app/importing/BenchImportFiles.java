package org.renkei.app.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.renkei.dataimport.read.kouseikyoku.Prefectures;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Not a test: writes the import benchmark's input files from the REAL nationwide 厚生局 code list
 * ({@code kouseikyoku_all_med_inst_cd_202508.zip}): the list itself as a plain CSV, and the same institutions
 * in the bureau's コード内容別医療機関一覧表 layout as .xlsx (one sheet per prefecture, two rows per institution:
 * the institution row and the 管理者 row). Names, codes, postcodes and addresses are real; the bureau columns the
 * code list lacks (開設者, 指定年月日, 診療科名) are filled with one fixed value each and say nothing real.
 * Usage: {@code BenchImportFiles <code-list.zip> <out-dir>}; see docs/benchmarks.md.
 */
public final class BenchImportFiles {
    private static final String[] HEADER = {"項番", "医療機関番号", "併設", "医療機関名称", "医療機関所在地", "電話番号", "病床数",
            "開設者名", "指定年月日", "診療科名", "備考"};

    public static void main(String[] args) throws Exception {
        Path zip = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Map<String, List<String[]>> byPrefecture = new LinkedHashMap<>();
        Path csv = out.resolve("all_med_inst_cd.csv");
        try (ZipFile z = new ZipFile(zip.toFile());
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     z.getInputStream(z.entries().nextElement()), StandardCharsets.UTF_8));
             var w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                w.write(line);
                w.write('\n');
                String[] c = line.split(",", -1);
                byPrefecture.computeIfAbsent(c[0].substring(0, 2), k -> new ArrayList<>()).add(c);
            }
        }
        Path xlsx = out.resolve("bureau_layout_all.xlsx");
        long rows = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream o = Files.newOutputStream(xlsx)) {
            for (Map.Entry<String, List<String[]>> e : byPrefecture.entrySet()) {
                String pref = Prefectures.name(e.getKey());
                Sheet s = wb.createSheet(pref);
                int r = 0;
                s.createRow(r++).createCell(0).setCellValue("コード内容別医療機関一覧表　" + pref);
                Row h = s.createRow(r++);
                for (int i = 0; i < HEADER.length; i++) {
                    h.createCell(i).setCellValue(HEADER[i]);
                }
                s.createRow(r++).createCell(7).setCellValue("管理者名");
                int n = 0;
                for (String[] c : e.getValue()) {
                    String code = c[1];
                    Row a = s.createRow(r++);
                    a.createCell(0).setCellValue(String.valueOf(++n));
                    a.createCell(1).setCellValue(code.substring(0, 2) + "," + code.substring(2, 6) + "," + code.charAt(6));
                    a.createCell(3).setCellValue(c[2]);
                    String post = c[3].length() == 7 ? "〒" + c[3].substring(0, 3) + "-" + c[3].substring(3) + "\n" : "";
                    a.createCell(4).setCellValue(post + c[4]);
                    a.createCell(7).setCellValue("（開設者）");
                    a.createCell(8).setCellValue("令和 5.10. 1");
                    a.createCell(9).setCellValue("内");
                    s.createRow(r++).createCell(7).setCellValue("（管理者）");
                }
                rows += r;
            }
            wb.write(o);
            wb.dispose();
        }
        System.out.printf("%s: %,d bytes%n%s: %,d sheet rows, %,d bytes%n", csv, Files.size(csv), xlsx, rows,
                Files.size(xlsx));
    }
}
