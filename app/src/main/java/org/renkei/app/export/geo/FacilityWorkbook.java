package org.renkei.app.export.geo;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.renkei.app.export.HeaderStyle;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A facility list as one .xlsx sheet that opens cleanly in Excel: bold shaded header, filters on every column,
 * the header row frozen, column widths set; distances and coordinates as numbers.
 */
final class FacilityWorkbook {
    static final String SHEET = "施設一覧";
    static final String[] HEADERS = {"番号", "医療機関名", "診療科", "住所", "電話番号", "距離(km)", "緯度", "経度"};
    private static final int[] WIDTHS = {6, 38, 32, 42, 16, 10, 12, 12};

    private FacilityWorkbook() {
    }

    static void write(List<ExportPoint> points, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle head = HeaderStyle.of(wb);
            CellStyle km = wb.createCellStyle();
            km.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            CellStyle degrees = wb.createCellStyle();
            degrees.setDataFormat(wb.createDataFormat().getFormat("0.000000"));

            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell c = header.createCell(i);
                c.setCellValue(HEADERS[i]);
                c.setCellStyle(head);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 1;
            for (ExportPoint p : points) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(p.number());
                row.createCell(1).setCellValue(p.name());
                row.createCell(2).setCellValue(String.join("・", p.departments()));
                row.createCell(3).setCellValue(p.address());
                row.createCell(4).setCellValue(p.phone());
                number(row, 5, p.km(), km);
                number(row, 6, p.lat(), degrees);
                number(row, 7, p.lng(), degrees);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
            sheet.createFreezePane(0, 1);
            wb.write(out);
        }
    }

    private static void number(Row row, int col, Double value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
            c.setCellStyle(style);
        }
    }
}
