package org.renkei.app.knowledge.share;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.Contact;
import org.renkei.app.export.HeaderStyle;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The workbook form of shared knowledge, for a coordinator to read, filter and hand on: sheet 「連携情報」 with one row
 * per fact (bold shaded header, filters, frozen header row), 「語彙」 with the office's own tags, and 「形式」 naming
 * the format and version. {@link KnowledgeWorkbookReader} reads it back.
 */
final class KnowledgeWorkbook {
    static final String FACTS = "連携情報";
    static final String VOCABULARY = "語彙";
    static final String FORMAT = "形式";
    static final List<String> HEADERS = List.of("情報源", "施設ID", "施設名", "所在地", "種類", "タグ", "診療科", "内容",
            "連絡方法", "確認日", "確認者");
    static final List<String> VOCABULARY_HEADERS = List.of("タグ", "内容を取る");
    static final String KIND_TAG = "タグ";
    private static final int[] WIDTHS = {14, 16, 30, 36, 8, 20, 14, 36, 10, 12, 14};

    private KnowledgeWorkbook() {
    }

    static void write(SharedKnowledge k, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle head = HeaderStyle.of(wb);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet facts = sheet(wb, FACTS, HEADERS, head);
            int r = 1;
            for (SharedFacility f : k.facilities()) {
                for (SharedFact fact : f.facts()) {
                    Row row = facts.createRow(r++);
                    text(row, 0, f.key().source());
                    text(row, 1, f.key().sourceKey());
                    text(row, 2, f.name());
                    text(row, 3, f.address());
                    text(row, 4, kind(fact.slot()));
                    text(row, 5, fact.slot().tag());
                    text(row, 6, fact.slot().department());
                    text(row, 7, content(fact));
                    text(row, 8, fact.value() instanceof Contact c && c.method() != null ? c.method().label() : "");
                    Cell on = row.createCell(9);
                    on.setCellValue(fact.verified().on());
                    on.setCellStyle(date);
                    text(row, 10, fact.verified().by());
                }
            }
            finish(facts, r, HEADERS.size());
            for (int i = 0; i < WIDTHS.length; i++) {
                facts.setColumnWidth(i, WIDTHS[i] * 256);
            }
            Sheet vocabulary = sheet(wb, VOCABULARY, VOCABULARY_HEADERS, head);
            int v = 1;
            for (CapabilityTag t : k.vocabulary()) {
                Row row = vocabulary.createRow(v++);
                text(row, 0, t.name());
                text(row, 1, t.takesDetail() ? "はい" : "いいえ");
            }
            finish(vocabulary, v, VOCABULARY_HEADERS.size());
            vocabulary.setColumnWidth(0, 24 * 256);
            vocabulary.setColumnWidth(1, 12 * 256);
            Sheet format = wb.createSheet(FORMAT);
            pair(format, 0, "形式", SharedKnowledge.FORMAT, head);
            pair(format, 1, "版", String.valueOf(SharedKnowledge.VERSION), head);
            pair(format, 2, "書き出し日時", k.exportedAt().withNano(0).toString(), head);
            pair(format, 3, "書き出した施設", k.office(), head);
            format.setColumnWidth(0, 16 * 256);
            format.setColumnWidth(1, 36 * 256);
            wb.write(out);
        }
    }

    /** 種類: タグ, 登録医, 連絡先, 備考. */
    static String kind(FactSlot slot) {
        return slot.kind() == FactSlot.Kind.TAG ? KIND_TAG : slot.label();
    }

    /** 内容: はい / いいえ, the contact person, the notes, a tag's detail (empty when it takes none). */
    private static String content(SharedFact f) {
        return switch (f.slot().kind()) {
            case REGISTERED -> f.valueText();
            case CONTACT -> ((Contact) f.value()).person();
            case NOTES, TAG -> (String) f.value();
        };
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, List<String> headers, CellStyle head) {
        Sheet s = wb.createSheet(name);
        Row row = s.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(head);
        }
        return s;
    }

    private static void finish(Sheet s, int rows, int columns) {
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        s.createFreezePane(0, 1);
    }

    private static void pair(Sheet s, int r, String name, String value, CellStyle head) {
        Row row = s.createRow(r);
        Cell c = row.createCell(0);
        c.setCellValue(name);
        c.setCellStyle(head);
        row.createCell(1).setCellValue(value);
    }

    private static void text(Row row, int col, String value) {
        row.createCell(col).setCellValue(value);
    }
}
