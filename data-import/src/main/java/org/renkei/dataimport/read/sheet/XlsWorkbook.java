package org.renkei.dataimport.read.sheet;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.renkei.dataimport.read.ImportRejectedException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Legacy {@code .xls} through HSSF (at most 65,536 rows a sheet, so memory stays bounded). */
final class XlsWorkbook {
    private XlsWorkbook() {
    }

    static void read(Path file, String name, RowVisitor visitor, CellGuard guard)
            throws ImportRejectedException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw Workbooks.reject(name, Workbooks.encrypted(), null);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                throw Workbooks.reject(name, "Excel ファイルではありません（Word など別の Office 文書です）。", null);
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
                DataFormatter formatter = Workbooks.formatter();
                for (Sheet sheet : wb) {
                    if (!visitor.wants(sheet.getSheetName())) {
                        guard.skippedSheet();
                        continue;
                    }
                    visitor.sheetStart(sheet.getSheetName());
                    for (Row row : sheet) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            Cell cell = row.getCell(c);
                            String text = cell == null ? "" : text(cell, formatter, guard, sheet.getSheetName());
                            if (!text.isEmpty()) {
                                text = guard.check(sheet.getSheetName(), row.getRowNum() + 1, c, text);
                            }
                            cells.add(text);
                        }
                        guard.row(sheet.getSheetName(), row.getRowNum() + 1L, cells);
                        if (!Workbooks.visit(visitor, new SheetRow(sheet.getSheetName(), row.getRowNum() + 1L, cells))) {
                            return;
                        }
                    }
                    visitor.sheetEnd(sheet.getSheetName());
                }
            }
        } catch (Workbooks.Carrier c) {
            throw c.passThrough;
        } catch (EncryptedDocumentException e) {
            throw Workbooks.reject(name, Workbooks.encrypted(), e);
        } catch (IOException | RuntimeException e) {
            throw Workbooks.reject(name, "ファイルが壊れているため読めません（.xls の構造が不正: " + e.getClass().getSimpleName()
                    + "）。", e);
        }
    }

    /**
     * Cell text as Excel shows it; a formula gives its cached result, never the formula. An error value (#REF! …)
     * rejects the file.
     */
    private static String text(Cell cell, DataFormatter formatter, CellGuard guard, String sheet)
            throws ImportRejectedException {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.ERROR) {
            throw guard.error(sheet, cell.getRowIndex() + 1L, cell.getColumnIndex(),
                    FormulaError.forInt(cell.getErrorCellValue()).getString());
        }
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        return switch (type) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

}
