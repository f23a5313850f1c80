package org.renkei.dataimport.read.kouseikyoku;

import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.DepartmentList;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.sheet.RowVisitor;
import org.renkei.dataimport.read.sheet.SheetRow;
import org.renkei.dataimport.read.sheet.Workbooks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the regional health bureau list 「コード内容別医療機関一覧表（医科）」 as published in Excel ({@code .xlsx}
 * streamed, {@code .xls} through HSSF): title rows, a two-row header (項番, 医療機関番号, 医療機関名称,
 * 医療機関所在地, 電話番号, 病床数, 開設者名/管理者名, 指定年月日/登録理由・指定期間始, 診療科名, 備考) found by its cell
 * texts wherever it is (it repeats at every page break), then each institution over 2–3 rows: the row with 項番
 * starts it, the following rows add 診療科名 and 病床数 continuations.
 *
 * <p>Key: 都道府県コード (2) + the 7-digit 医療機関番号, the same 9-digit key as {@link MedInstCodeListReader}, so both
 * files update the same facilities. The prefecture comes from the sheet name or the title row; when neither names
 * one, the key is the 7-digit code alone and a problem says so. Kind: 病院 when the beds add up to 20 or more (the
 * legal threshold), else 診療所. The address gets the prefecture in front when it lacks one. Scope is empty (not
 * treated as a full list): large prefectures are published in several files, so one workbook never closes others.
 */
public final class KouseikyokuSheetReader implements FacilityFileReader {
    public static final String SOURCE = "kouseikyoku";

    static final String SERIAL = "項番";
    static final String CODE = "医療機関番号";
    static final String NAME = "医療機関名称";
    static final String ADDRESS = "医療機関所在地";
    static final String PHONE = "電話番号";
    static final String BEDS = "病床数";
    static final String DEPARTMENTS = "診療科名";
    static final String DESIGNATED = "指定年月日";

    /** Columns an institution continues in on rows of their own (the 管理者名 line sits under 開設者名). */
    private static final List<String> FOLLOW_ON = List.of(BEDS, DEPARTMENTS, DESIGNATED, "開設者名", "備考");

    private final DepartmentList departments;

    public KouseikyokuSheetReader(DepartmentVocabulary vocabulary) {
        this.departments = new DepartmentList(Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    public static KouseikyokuSheetReader bundled() {
        return new KouseikyokuSheetReader(DepartmentVocabulary.bundled());
    }

    @Override
    public String format() {
        return "kouseikyoku-list";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String scope() {
        return "";
    }

    /** True when the row is the first header row of this layout (項番 and 医療機関番号 among its cells). */
    public static boolean isHeader(SheetRow row) {
        List<String> keys = row.cells().stream().map(Text::headerKey).toList();
        return keys.contains(SERIAL) && keys.contains(CODE);
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        String name = file.getFileName().toString();
        Parser parser = new Parser(name, sink);
        Workbooks.read(file, parser, sink);
        if (parser.headers == 0) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "",
                    "見出し行（「項番」「医療機関番号」）が見つかりません。コード内容別医療機関一覧表の形式ではありません。"));
        }
        if (parser.institutions == 0) {
            throw new ImportRejectedException(new ImportProblem(name, parser.lastHeaderSheet, parser.lastHeaderRow,
                    "", "見出し行だけでデータ行がありません。"));
        }
        sink.progress(parser.institutions);
    }

    private final class Parser implements RowVisitor {
        private final String file;
        private final ImportSink sink;
        private final Map<String, Integer> columns = new HashMap<>();
        private String sheet = "";
        private String prefecture = "";
        private String workbookPrefecture = "";
        private boolean inHeader;
        private Institution current;
        int headers;
        int institutions;
        String lastHeaderSheet = "";
        long lastHeaderRow;

        Parser(String file, ImportSink sink) {
            this.file = file;
            this.sink = sink;
        }

        @Override
        public void sheetStart(String name) {
            sheet = name;
            columns.clear();
            current = null;
            prefecture = Prefectures.find(name);
        }

        @Override
        public void sheetEnd(String name) {
            flush();
        }

        @Override
        public boolean row(SheetRow row) {
            if (row.blank()) {
                return true;
            }
            if (isHeader(row)) {
                flush();
                columns.clear();
                for (int i = 0; i < row.cells().size(); i++) {
                    String k = Text.headerKey(row.get(i));
                    if (!k.isEmpty()) {
                        columns.putIfAbsent(k.equals("所在地") ? ADDRESS : k, i);
                    }
                }
                headers++;
                lastHeaderSheet = sheet;
                lastHeaderRow = row.number();
                inHeader = true;
                return true;
            }
            if (isTitle(row)) {
                flush();
                String p = Prefectures.find(String.join(" ", row.cells()));
                if (!p.isEmpty() && prefecture.isEmpty()) {
                    prefecture = p;
                }
                if (!p.isEmpty()) {
                    workbookPrefecture = p;
                }
                return true;
            }
            String serial = row.get(col(SERIAL)).strip();
            if (inHeader && serial.isEmpty() && row.cells().stream().map(Text::headerKey)
                    .anyMatch(k -> k.equals("管理者名") || k.startsWith("登録理由"))) {
                return true; // second header row
            }
            inHeader = false;
            if (!serial.isEmpty()) {
                flush();
                String pref = prefecture.isEmpty() ? workbookPrefecture : prefecture;
                current = new Institution(sheet, row.number(), pref);
                current.code = row.get(col(CODE)).strip();
                current.name = row.get(col(NAME)).strip();
                current.address = row.get(col(ADDRESS));
                current.phone = row.get(col(PHONE)).strip();
                current.designated = row.get(col(DESIGNATED)).strip();
            } else if (current == null) {
                problem(sheet, row.number(), SERIAL, "項番のない行が医療機関の前にあります（この行は無視します）。");
                return true;
            }
            addIfPresent(current.beds, row.get(col(BEDS)));
            addIfPresent(current.depts, row.get(col(DEPARTMENTS)));
            if (++rowsSeen % 1000 == 0) {
                sink.progress(rowsSeen);
            }
            return true;
        }

        private long rowsSeen;

        /**
         * A title row: before the first header, or a row with one filled cell (repeated at a page break) unless
         * that cell continues the open institution (病床数, 診療科名, 指定年月日 … written on a row of its own).
         */
        private boolean isTitle(SheetRow row) {
            if (columns.isEmpty()) {
                return true;
            }
            if (row.filled() != 1 || Text.headerKey(row.get(col(SERIAL))).matches("\\d+")) {
                return false;
            }
            int filled = 0;
            while (row.get(filled).isBlank()) {
                filled++;
            }
            int cell = filled;
            String text = row.get(cell);
            boolean followOn = current != null && FOLLOW_ON.stream().anyMatch(c -> col(c) == cell)
                    && !text.contains("一覧") && Prefectures.find(text).isEmpty();
            return !followOn;
        }

        private void addIfPresent(List<String> list, String cell) {
            if (!cell.isBlank()) {
                list.add(cell.strip());
            }
        }

        private int col(String name) {
            return columns.getOrDefault(name, -1);
        }

        private void problem(String sheetName, long row, String column, String message) {
            sink.problem(new ImportProblem(file, sheetName, row, column, message));
        }

        private void flush() {
            Institution in = current;
            current = null;
            if (in == null) {
                return;
            }
            FacilityRecord f = in.toRecord(departments, (column, message) -> problem(in.sheet, in.row, column, message));
            if (f != null) {
                sink.facility(f, in.sheet, in.row);
                institutions++;
            }
        }
    }
}
