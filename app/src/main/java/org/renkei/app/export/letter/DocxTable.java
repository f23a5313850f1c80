package org.renkei.app.export.letter;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;
import java.util.List;

/** The form's table in the .docx: four fixed columns, grey label cells, wide rows spanning the last three. */
final class DocxTable {
    private static final int[] COLS = {1900, 3800, 1200, LetterDocx.CONTENT_W - 6900};
    private static final double SIZE = 10.5;
    private static final String LABEL_FILL = "EBEBEB";

    private DocxTable() {
    }

    static void write(XWPFDocument doc, List<LetterRow> rows) {
        XWPFTable table = doc.createTable(rows.size(), COLS.length);
        layout(table);
        for (int i = 0; i < rows.size(); i++) {
            LetterRow r = rows.get(i);
            XWPFTableRow row = table.getRow(i);
            if (r.isPair()) {
                fill(row.getCell(0), r.label(), COLS[0], true);
                fill(row.getCell(1), r.value(), COLS[1], false);
                fill(row.getCell(2), r.label2(), COLS[2], true);
                fill(row.getCell(3), r.value2(), COLS[3], false);
            } else {
                row.removeCell(3);
                row.removeCell(2);
                fill(row.getCell(0), r.label(), COLS[0], true);
                XWPFTableCell value = row.getCell(1);
                fill(value, r.value(), COLS[1] + COLS[2] + COLS[3], false);
                value.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
            }
        }
    }

    private static void layout(XWPFTable table) {
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr()
                : table.getCTTbl().addNewTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(LetterDocx.CONTENT_W));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : COLS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(single, 6, 0, "000000");
        table.setBottomBorder(single, 6, 0, "000000");
        table.setLeftBorder(single, 6, 0, "000000");
        table.setRightBorder(single, 6, 0, "000000");
        table.setInsideHBorder(single, 4, 0, "000000");
        table.setInsideVBorder(single, 4, 0, "000000");
        table.setCellMargins(60, 100, 60, 100);
    }

    /** One paragraph per line, so a doctor editing the cell gets ordinary paragraphs. */
    private static void fill(XWPFTableCell cell, String text, int twips, boolean label) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
        if (label) {
            cell.setColor(LABEL_FILL);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setSpacingAfter(0);
            LetterDocx.run(p, lines[i], SIZE, false);
        }
    }
}
