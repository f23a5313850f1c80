package org.renkei.app.knowledge.share;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.Contact;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.FacilityKey;
import org.renkei.app.domain.Verified;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a workbook written by {@link KnowledgeWorkbook} (perhaps edited by a person): the 形式 sheet must name the
 * format and version, 連携情報 and 語彙 must have their header rows; blank rows are skipped. Any other problem refuses
 * the file with the sheet, row and column.
 */
final class KnowledgeWorkbookReader {
    private final String file;
    private final DataFormatter formatter = new DataFormatter();

    private KnowledgeWorkbookReader(String file) {
        this.file = file;
    }

    static SharedKnowledge read(Path path) throws IOException {
        KnowledgeWorkbookReader r = new KnowledgeWorkbookReader(String.valueOf(path.getFileName()));
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            return r.read(wb);
        } catch (InvalidFormatException | NotOfficeXmlFileException | org.apache.poi.EmptyFileException
                 | org.apache.poi.ooxml.POIXMLException e) {
            throw new ShareRejectedException("「" + r.file + "」は Excel ブック（.xlsx）として読めません。");
        }
    }

    private SharedKnowledge read(XSSFWorkbook wb) {
        Sheet format = sheet(wb, KnowledgeWorkbook.FORMAT);
        if (!SharedKnowledge.FORMAT.equals(text(format, 0, 1))) {
            throw refuse(format, 0, 1, "連携情報のファイルではありません（形式が「" + SharedKnowledge.FORMAT + "」ではありません）");
        }
        if (!String.valueOf(SharedKnowledge.VERSION).equals(text(format, 1, 1))) {
            throw refuse(format, 1, 1, "形式の版「" + text(format, 1, 1) + "」には対応していません（対応: "
                    + SharedKnowledge.VERSION + "）");
        }
        LocalDateTime exportedAt;
        try {
            exportedAt = LocalDateTime.parse(text(format, 2, 1));
        } catch (DateTimeParseException e) {
            throw refuse(format, 2, 1, "書き出し日時「" + text(format, 2, 1) + "」が読めません");
        }
        List<CapabilityTag> vocabulary = vocabulary(sheet(wb, KnowledgeWorkbook.VOCABULARY));
        Sheet facts = sheet(wb, KnowledgeWorkbook.FACTS);
        header(facts, KnowledgeWorkbook.HEADERS);
        Map<FacilityKey, SharedFacility> byKey = new LinkedHashMap<>();
        Map<FacilityKey, List<SharedFact>> factsByKey = new LinkedHashMap<>();
        for (int r = 1; r <= facts.getLastRowNum(); r++) {
            if (blank(facts, r, KnowledgeWorkbook.HEADERS.size())) {
                continue;
            }
            FacilityKey key = new FacilityKey(required(facts, r, 0), required(facts, r, 1));
            byKey.putIfAbsent(key, new SharedFacility(key, text(facts, r, 2), text(facts, r, 3), List.of()));
            factsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(fact(facts, r));
        }
        List<SharedFacility> out = new ArrayList<>();
        byKey.forEach((key, f) -> out.add(new SharedFacility(key, f.name(), f.address(), factsByKey.get(key))));
        return new SharedKnowledge(exportedAt, text(format, 3, 1), vocabulary, out);
    }

    private SharedFact fact(Sheet s, int r) {
        String kind = required(s, r, 4);
        String tag = text(s, r, 5);
        String content = text(s, r, 7).strip();
        String origin = "シート「" + s.getSheetName() + "」" + (r + 1) + " 行目";
        Verified v = new Verified(date(s, r, 9), text(s, r, 10));
        if (!kind.equals(KnowledgeWorkbook.KIND_TAG) && !tag.isEmpty()) {
            throw refuse(s, r, 5, "種類「" + kind + "」の行にタグは書けません");
        }
        return switch (kind) {
            case KnowledgeWorkbook.KIND_TAG -> new SharedFact(FactSlot.tag(required(s, r, 5), text(s, r, 6)),
                    content, v, origin);
            case "登録医" -> new SharedFact(FactSlot.REGISTERED, switch (content) {
                case "はい" -> true;
                case "いいえ" -> false;
                default -> throw refuse(s, r, 7, "登録医は「はい」か「いいえ」です（「" + content + "」）");
            }, v, origin);
            case "連絡先" -> new SharedFact(FactSlot.CONTACT, contact(s, r, content), v, origin);
            case "備考" -> new SharedFact(FactSlot.NOTES, required(s, r, 7), v, origin);
            default -> throw refuse(s, r, 4, "種類「" + kind + "」は タグ・登録医・連絡先・備考 のいずれかです");
        };
    }

    private Contact contact(Sheet s, int r, String person) {
        String method = text(s, r, 8);
        ContactMethod m = method.isEmpty() ? null : ContactMethod.parse(method).orElseThrow(() ->
                refuse(s, r, 8, "連絡方法「" + method + "」は 電話・FAX・MCS のいずれかです"));
        if (person.isEmpty() && m == null) {
            throw refuse(s, r, 7, "連絡先の担当者も連絡方法も空です");
        }
        return new Contact(person, m);
    }

    private List<CapabilityTag> vocabulary(Sheet s) {
        header(s, KnowledgeWorkbook.VOCABULARY_HEADERS);
        List<CapabilityTag> out = new ArrayList<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            if (blank(s, r, 2)) {
                continue;
            }
            String name = required(s, r, 0);
            if (name.length() > CapabilityTag.MAX_NAME) {
                throw refuse(s, r, 0, "タグ名は " + CapabilityTag.MAX_NAME + " 文字までです");
            }
            boolean detail = switch (text(s, r, 1)) {
                case "はい" -> true;
                case "いいえ", "" -> false;
                default -> throw refuse(s, r, 1, "「はい」か「いいえ」で書いてください");
            };
            out.add(new CapabilityTag(name, detail, false));
        }
        return out;
    }

    private LocalDate date(Sheet s, int r, int col) {
        Cell c = cell(s, r, col);
        if (c != null && c.getCellType() == CellType.NUMERIC) {
            if (!DateUtil.isCellDateFormatted(c)) {
                throw refuse(s, r, col, "確認日が日付ではありません（数値 " + formatter.formatCellValue(c) + "）");
            }
            return SharedDates.notFuture(c.getLocalDateTimeCellValue().toLocalDate(), p -> refuse(s, r, col, p));
        }
        return SharedDates.parse(required(s, r, col), p -> refuse(s, r, col, p));
    }

    private void header(Sheet s, List<String> expected) {
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(text(s, 0, i))) {
                throw refuse(s, 0, i, "見出しは「" + expected.get(i) + "」のはずです（「" + text(s, 0, i) + "」）");
            }
        }
    }

    private Sheet sheet(XSSFWorkbook wb, String name) {
        Sheet s = wb.getSheet(name);
        if (s == null) {
            throw new ShareRejectedException("「" + file + "」にシート「" + name + "」がありません（連携情報の書き出しファイル"
                    + "ではないようです）。");
        }
        return s;
    }

    private boolean blank(Sheet s, int r, int columns) {
        for (int i = 0; i < columns; i++) {
            if (!text(s, r, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private String required(Sheet s, int r, int col) {
        String t = text(s, r, col);
        if (t.isEmpty()) {
            throw refuse(s, r, col, "空です");
        }
        return t;
    }

    /** The cell's text as the user sees it, trimmed; a plain number as its digits (an ID typed into Excel). */
    private String text(Sheet s, int r, int col) {
        Cell c = cell(s, r, col);
        if (c == null) {
            return "";
        }
        if (c.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(c)) {
            return BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(c).strip();
    }

    private static Cell cell(Sheet s, int r, int col) {
        Row row = s.getRow(r);
        return row == null ? null : row.getCell(col);
    }

    /** 「「F.xlsx」のシート「連携情報」 5 行目 J 列（確認日）: …」. */
    private ShareRejectedException refuse(Sheet s, int r, int col, String problem) {
        String name = s.getSheetName().equals(KnowledgeWorkbook.FACTS) ? "（" + KnowledgeWorkbook.HEADERS.get(col) + "）"
                : s.getSheetName().equals(KnowledgeWorkbook.VOCABULARY)
                ? "（" + KnowledgeWorkbook.VOCABULARY_HEADERS.get(col) + "）" : "";
        return new ShareRejectedException("「" + file + "」のシート「" + s.getSheetName() + "」" + (r + 1) + " 行目 "
                + CellReference.convertNumToColString(col) + " 列" + name + ": " + problem + "。");
    }
}
