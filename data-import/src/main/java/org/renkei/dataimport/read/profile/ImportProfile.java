package org.renkei.dataimport.read.profile;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How to read a user's own list: which sheet and rows, which column holds which field, how departments are written
 * and how facilities are identified. Saved by the app as JSON; validated here, with Japanese messages
 * ({@link IllegalArgumentException}) for the user.
 *
 * @param name         the list's display name (e.g. 内科リスト); the facilities' source is {@code own:<name>}
 * @param encoding     the CSV encoding (ignored for workbooks)
 * @param sheet        the sheet of a workbook (ignored for CSV)
 * @param headerRow    1-based row of the header, as Excel shows it (for CSV the record number)
 * @param firstDataRow 1-based row where the data starts, after the header row
 */
public record ImportProfile(String name, FileType fileType, CsvEncoding encoding, SheetRef sheet, int headerRow,
                            int firstDataRow, Map<Field, ColumnRef> columns, DepartmentSpec departments,
                            KeyPolicy keyPolicy) {
    /** Prefix of the source id of every user list. */
    public static final String SOURCE_PREFIX = "own:";
    /** Longest name (the source id is stored in 64 characters). */
    public static final int MAX_NAME = 60;

    public ImportProfile {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("取込元の名前（例: 内科リスト）を入力してください。");
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("取込元の名前は改行を含まない " + MAX_NAME + " 文字以内にしてください。");
        }
        if (fileType == null) {
            throw new IllegalArgumentException("ファイルの種類（csv / xlsx / xls）を指定してください。");
        }
        encoding = encoding == null ? CsvEncoding.AUTO : encoding;
        sheet = sheet == null ? SheetRef.at(1) : sheet;
        if (headerRow < 1) {
            throw new IllegalArgumentException("見出し行は 1 以上の行番号で指定してください。");
        }
        firstDataRow = firstDataRow == 0 ? headerRow + 1 : firstDataRow;
        if (firstDataRow <= headerRow) {
            throw new IllegalArgumentException("データの開始行（" + firstDataRow + " 行目）は見出し行（" + headerRow
                    + " 行目）より後にしてください。");
        }
        columns = columns == null || columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
        if (!columns.containsKey(Field.NAME) || !columns.containsKey(Field.ADDRESS)) {
            throw new IllegalArgumentException("「名称」と「住所」の列は必ず対応付けてください。");
        }
        if (departments == null) {
            throw new IllegalArgumentException("診療科の書き方を指定してください。");
        }
        boolean listStyle = departments.style() == DepartmentStyle.LIST
                || departments.style() == DepartmentStyle.ABBREVIATIONS;
        if (listStyle && !columns.containsKey(Field.DEPARTMENTS)) {
            throw new IllegalArgumentException("「診療科」の列を対応付けてください（診療科の書き方: 一覧または略称）。");
        }
        if (departments.style() == DepartmentStyle.NONE && columns.containsKey(Field.DEPARTMENTS)) {
            throw new IllegalArgumentException("「診療科」の列があるときは、診療科の書き方を選んでください。");
        }
        if (keyPolicy == null) {
            keyPolicy = columns.containsKey(Field.KEY) ? KeyPolicy.COLUMN : KeyPolicy.NAME_ADDRESS;
        }
        if (keyPolicy == KeyPolicy.COLUMN && !columns.containsKey(Field.KEY)) {
            throw new IllegalArgumentException("キーの列を対応付けるか、キーを「名称＋住所」にしてください。");
        }
        if (keyPolicy == KeyPolicy.NAME_ADDRESS && columns.containsKey(Field.KEY)) {
            throw new IllegalArgumentException("キーを「名称＋住所」にするときは、キーの列を対応付けないでください。");
        }
    }

    /** The source id of the facilities of this list: {@code own:<name>}. */
    public String source() {
        return SOURCE_PREFIX + name;
    }

    public Optional<ColumnRef> column(Field field) {
        return Optional.ofNullable(columns.get(field));
    }
}
