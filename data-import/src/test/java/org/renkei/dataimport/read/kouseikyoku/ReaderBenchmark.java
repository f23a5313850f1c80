package org.renkei.dataimport.read.kouseikyoku;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityAttributes;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportSink;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: read times for the nationwide zip and a generated 100,000-institution bureau workbook.
 * Run with {@code java -Xmx256m -cp <test+main classpath> …ReaderBenchmark <nationwide.zip>}.
 */
public final class ReaderBenchmark {
    public static void main(String[] args) throws Exception {
        Path zip = Path.of(args[0]);
        Path big = Files.createTempFile("bureau-100k", ".xlsx");
        long t0 = System.nanoTime();
        int institutions = 100_000;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(big)) {
            Sheet s = wb.createSheet("東京都");
            int r = 0;
            s.createRow(r++).createCell(0).setCellValue("コード内容別医療機関一覧表　東京都");
            String[] header = {"項番", "医療機関番号", "併設", "医療機関名称", "医療機関所在地", "電話番号", "病床数", "開設者名",
                    "指定年月日", "診療科名", "備考"};
            Row h = s.createRow(r++);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            s.createRow(r++).createCell(7).setCellValue("管理者名");
            for (int i = 0; i < institutions; i++) {
                String six = String.format("%06d", i % 1_000_000);
                String code = six + InstitutionCode.luhn(six);
                Row a = s.createRow(r++);
                a.createCell(0).setCellValue(String.valueOf(i + 1));
                a.createCell(1).setCellValue(code.substring(0, 2) + "," + code.substring(2, 6) + "," + code.charAt(6));
                a.createCell(3).setCellValue("架空クリニック" + i);
                a.createCell(4).setCellValue("〒100-0001\n千代田区千代田" + (i % 9 + 1) + "番");
                a.createCell(5).setCellValue("03-0000-0000");
                a.createCell(7).setCellValue("架空　太郎");
                a.createCell(8).setCellValue("令和 5.10. 1");
                a.createCell(9).setCellValue("内 外 整外 皮");
                Row b = s.createRow(r++);
                b.createCell(7).setCellValue("架空　太郎");
                b.createCell(8).setCellValue("新規");
                b.createCell(9).setCellValue("眼 耳い");
            }
            wb.write(out);
            wb.dispose();
        }
        System.out.printf("generated %,d institutions (%,d rows, %.1f MB) in %.1f s%n", institutions,
                institutions * 2 + 3, Files.size(big) / 1e6, (System.nanoTime() - t0) / 1e9);
        for (int round = 0; round < 2; round++) {
            Counting c = new Counting();
            long t = System.nanoTime();
            MedInstCodeListReader.forFile(zip).read(zip, c);
            System.out.printf("nationwide zip: %,d facilities, %d problems, %.2f s (incl. scope scan)%n", c.n, c.p,
                    (System.nanoTime() - t) / 1e9);
            c = new Counting();
            t = System.nanoTime();
            KouseikyokuSheetReader.bundled().read(big, c);
            System.out.printf("bureau xlsx 100k: %,d facilities, %d problems, %.2f s, heap used now %.0f MB%n", c.n,
                    c.p, (System.nanoTime() - t) / 1e9,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
        }
        Files.delete(big);
    }

    private static final class Counting implements ImportSink {
        long n;
        long p;

        @Override
        public void facility(FacilityRecord f) {
            n++;
        }

        @Override
        public void departments(String source, String key, List<DepartmentEntry> d) {
        }

        @Override
        public void attributes(FacilityAttributes a) {
        }

        @Override
        public void problem(ImportProblem problem) {
            p++;
        }
    }
}
