package org.renkei.app.audit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.renkei.app.export.HeaderStyle;
import org.renkei.app.export.StagedFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The 操作記録 of a period as one .xlsx sheet: 日時, 担当者, 操作, 対象, 内容. */
public final class AuditWorkbook {
    public static final List<String> HEADERS = List.of("日時", "担当者", "操作", "対象", "内容");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final int[] WIDTHS = {20, 16, 18, 28, 36};

    private AuditWorkbook() {
    }

    /** How a time is shown in the viewer, the CLI and the workbook. */
    public static String time(AuditEntry e) {
        return TIME.format(e.at());
    }

    /** Writes the entries to {@code out} (.xlsx), through a temporary file moved into place. */
    public static void write(List<AuditEntry> entries, LocalDate from, LocalDate to, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("操作記録 " + from + "〜" + to);
            CellStyle header = HeaderStyle.of(wb);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 1;
            for (AuditEntry e : entries) {
                Row row = sheet.createRow(r++);
                String[] values = {time(e), e.staff(), e.action().label(), e.target(), e.detail()};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i]);
                }
            }
            sheet.createFreezePane(0, 1);
            StagedFiles.writeOne(out, wb::write);
        }
    }
}
