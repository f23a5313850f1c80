package org.renkei.dataimport.testutil;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Builds small .xlsx files in tests. */
public final class TestWorkbooks {
    private TestWorkbooks() {
    }

    /** Writes sheets in map order (use a LinkedHashMap for several); a null row or cell is left out. */
    public static Path write(Path file, Map<String, List<List<String>>> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheets.forEach((name, rows) -> {
                Sheet s = wb.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    if (rows.get(r) != null) {
                        Row row = s.createRow(r);
                        for (int c = 0; c < rows.get(r).size(); c++) {
                            if (rows.get(r).get(c) != null) {
                                row.createCell(c).setCellValue(rows.get(r).get(c));
                            }
                        }
                    }
                }
            });
            wb.write(out);
        }
        return file;
    }
}
