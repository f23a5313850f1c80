package org.renkei.app.export.summary;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.renkei.app.export.HeaderStyle;

/** The few cell styles of the summary workbook, made once per workbook (Excel caps the number of styles). */
final class SummaryStyles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle date;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle totalText;
    final CellStyle totalCount;
    final CellStyle totalPercent;

    SummaryStyles(Workbook wb) {
        header = HeaderStyle.of(wb);
        Font bold = wb.getFontAt(header.getFontIndex());
        text = wb.createCellStyle();
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy/mm/dd"));
        count = wb.createCellStyle();
        count.setDataFormat(wb.createDataFormat().getFormat("0"));
        percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        totalText = total(wb, bold, null);
        totalCount = total(wb, bold, "0");
        totalPercent = total(wb, bold, "0.0%");
    }

    private static CellStyle total(Workbook wb, Font bold, String format) {
        CellStyle s = wb.createCellStyle();
        s.setFont(bold);
        s.setBorderTop(BorderStyle.THIN);
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        return s;
    }
}
